using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Features.RollImport;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Features.RollImport;
using FamilyTies.Web.Tests.Features.VisitingOrders;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// Every POST action, with a user who may use it, a good form, and what it does with each bad variant. An action
/// missing from here fails <see cref="BadInputTests"/>. Rows that accept some variants say why; defects that another
/// part of issue 15 fixes are marked Known with the item, so they can be switched on when it is merged.
/// </summary>
public static class PostTable
{
    private const string VisitsManager = Roles.VisitsManager;
    private const string Booker = Roles.VisitsStaff;
    private const string Security = Roles.Security;
    private const string SaferCustody = Roles.SaferCustody;
    private const string Admin = Roles.EstablishmentAdmin;
    private const string ChangesPassword = Roles.VisitsStaff + "#password";

    /// <summary>Variants that only set text (emoji, right-to-left) or that send a date, number or option to a form of text only.</summary>
    private static readonly Bad[] AnyText = [Bad.Emoji, Bad.RightToLeft];
    private static readonly Bad[] TypeConfusion = [Bad.DateYearOne, Bad.DateYear9999, Bad.DateNotReal, Bad.Negative, Bad.Huge, Bad.Overflow, Bad.UnknownOption, Bad.UnknownOptionNumber];

    private static Dictionary<Bad, Outcome> Accept(params Bad[][] groups) => groups.SelectMany(g => g).Distinct().ToDictionary(b => b, _ => Outcome.Accepted);

    private static Dictionary<Bad, Outcome> With(this Dictionary<Bad, Outcome> expect, Outcome outcome, params Bad[] variants)
    {
        foreach (var bad in variants)
        {
            expect[bad] = outcome;
        }
        return expect;
    }

    public static Dictionary<string, string[]> F(params (string Key, string Value)[] pairs) =>
        pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToArray());

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string D(DateOnly date) => W.Date(date);

    private static DateOnly Today => W.Today;

    private static string Year => Today.Year.ToString(CultureInfo.InvariantCulture);

    private static string SlotOf(Dictionary<string, string> booking) => booking["Slot"];

    private static Dictionary<string, string[]> PrisonerFields(string prisonNumber) => F(
        ("PrisonNumber", prisonNumber), ("FirstName", "Tobias"), ("LastName", "Badinput"), ("DateOfBirth", "2/4/1988"),
        ("Location", "A-1-001"), ("IncentiveLevel", "Standard"), ("Category", "C"), ("LegalStatus", "Convicted"), ("Status", "Active"),
        ("ReceptionDate", D(Today.AddDays(-40))), ("EarliestReleaseDate", D(Today.AddDays(400))), ("Nationality", "British"),
        ("Languages", "English"), ("InterpreterNeeded", "false"), ("CareExperienced", "false"), ("ChildrenUnder18", "1"),
        ("HomeArea", "Preston"), ("DistanceFromHomeMiles", "12"), ("KeyWorker", "Officer Pell"), ("PrisonOffenderManager", "R. Castleton"));

    private static Dictionary<string, string[]> ContactFields(int n) => F(
        ("FirstName", "Badinput" + n), ("LastName", "Visitor"), ("DateOfBirth", "4/5/1979"), ("AddressLine1", "1 Test Street"),
        ("Town", "Preston"), ("Postcode", "PR26 8LW"), ("Phone", "0161 496 0123"), ("Email", "visitor@example.com"), ("Language", "English"));

    public static IEnumerable<PostRow> Rows() =>
    [
        new("Features.Account.AccountController.SignInSubmit POST", W.Anonymous, async w => new PostTarget
        {
            Url = "/sign-in", FormPage = "/sign-in",
            Fields = F(("UserName", await w.UserName(Roles.NationalViewer)), ("Password", FamilyTiesApp.Password), ("ReturnUrl", "/")),
        }) { FreshClient = true },

        new("Features.Account.AccountController.SignOutUser POST", Roles.FamilyServices + "@SHI", _ => Task.FromResult(new PostTarget { Url = "/sign-out" }))
        {
            FreshClient = true, SignsOut = true,
            Expect = Accept(Enum.GetValues<Bad>()),
            Why = "Sign-out reads nothing from the form: whatever else is posted, the user is signed out",
        },

        new("Features.Account.AccountController.ChangePassword POST", ChangesPassword, w =>
        {
            // The good form changes the password; the next target (after it was accepted) starts from the new one.
            var current = w.Passwords.GetValueOrDefault(ChangesPassword, FamilyTiesApp.Password);
            var next = "Badinput new password " + w.Next();
            w.Passwords[ChangesPassword] = next;
            return Task.FromResult(new PostTarget
            {
                Url = "/account/password", FormPage = "/account/password",
                Fields = F(("CurrentPassword", current), ("NewPassword", next), ("ConfirmPassword", next)),
            });
        })
        {
            Why = "Its own account: changing the password ends the account's other sessions",
        },

        new("Features.Establishments.EstablishmentsController.Switch POST", Roles.FamilyServices + "@WYI+SHI", async w => new PostTarget
        {
            Url = "/establishment/switch",
            Fields = F(("establishmentId", S(w.Home)), ("returnUrl", "/prisoners")),
            Foreign = new() { ["establishmentId"] = S(await w.App.EstablishmentId("LHI")) },
        })
        {
            Expect = Accept(AnyText, [Bad.TooLong, Bad.Nul]).With(Outcome.NotFound, [Bad.Missing, Bad.Empty, Bad.Array, Bad.MissingId, Bad.ForeignId, .. TypeConfusion]),
            Why = "returnUrl is only a hint (anything not local goes to the start page); an establishment the user does not belong to is not found",
        },

        new("Features.Prisoners.PrisonersController.Create POST", VisitsManager, _ => Task.FromResult(new PostTarget
        {
            Url = "/prisoners/new", FormPage = "/prisoners/new", Fields = PrisonerFields(PeopleTestData.NewPrisonNumber()),
        })),

        new("Features.Prisoners.PrisonersController.Edit POST", VisitsManager, async w =>
        {
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/prisoners/{id}/edit", Route = new() { ["id"] = S(prisoner.Id) }, FormPage = $"/prisoners/{prisoner.Id}/edit",
                Fields = PrisonerFields(prisoner.PrisonNumber), Foreign = new() { ["id"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        }),

        new("Features.Contacts.ContactsController.Create POST", VisitsManager, async w =>
        {
            var prisoner = await w.Prisoner();
            var fields = ContactFields(w.Next());
            fields["PrisonerId"] = [S(prisoner.Id)];
            fields["Relationship"] = ["Sister"];
            fields["ConfirmedNew"] = ["true"];
            return new PostTarget
            {
                Url = "/contacts/new", FormPage = $"/contacts/new?prisonerId={prisoner.Id}", Fields = fields,
                Foreign = new() { ["PrisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        })
        {
            Expect = new Dictionary<Bad, Outcome>().With(Outcome.NotFound, Bad.MissingId, Bad.ForeignId, Bad.Negative, Bad.Huge),
            Why = "The form has no number but the prisoner's id: -1 or 2147483647 names no prisoner, so not found",
        },

        new("Features.Contacts.ContactsController.Edit POST", VisitsManager, async w =>
        {
            var (contact, _) = await w.Contact(await w.Prisoner());
            var (foreign, _) = await w.Contact(await w.Prisoner(foreign: true));
            return new PostTarget
            {
                Url = "/contacts/{id}/edit", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/contacts/{contact.Id}/edit",
                Fields = ContactFields(w.Next()), Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }),

        new("Features.Contacts.ContactsController.Link POST", VisitsManager, async w =>
        {
            var (contact, _) = await w.Contact(await w.Prisoner());
            var other = await w.Prisoner();
            var (foreignContact, _) = await w.Contact(await w.Prisoner(foreign: true));
            return new PostTarget
            {
                Url = "/contacts/{id}/link", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/contacts/{contact.Id}/link?prisonerId={other.Id}",
                Fields = F(("prisonerId", S(other.Id)), ("ContactId", S(contact.Id)), ("Relationship", "Cousin"), ("RelationshipDetail", "Second cousin"), ("NextOfKin", "false")),
                Foreign = new() { ["id"] = S(foreignContact.Id), ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        })
        {
            Expect = Accept(AnyText).With(Outcome.NotFound, [Bad.Missing, Bad.Empty, Bad.Array, Bad.DateYearOne, Bad.DateYear9999, Bad.DateNotReal,
                Bad.Negative, Bad.Huge, Bad.Overflow]),
            Why = "The link is to the prisoner named in the form: without one that is here it is not found; the relationship detail is free text",
        },

        new("Features.Contacts.ContactsController.EditLink POST", VisitsManager, async w =>
        {
            var (_, link) = await w.Contact(await w.Prisoner());
            var (_, foreign) = await w.Contact(await w.Prisoner(foreign: true));
            return new PostTarget
            {
                Url = "/contacts/links/{linkId}", Route = new() { ["linkId"] = S(link.Id) }, FormPage = $"/contacts/links/{link.Id}",
                Fields = F(("ContactId", S(link.ContactId)), ("Relationship", "Brother"), ("RelationshipDetail", ""), ("NextOfKin", "true"), ("Active", "true")),
                Foreign = new() { ["linkId"] = S(foreign.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The relationship detail is free text" },

        new("Features.Restrictions.RestrictionsController.Create POST", Security, async w =>
        {
            var prisoner = await w.Prisoner();
            var foreign = await w.Prisoner(foreign: true);
            var (foreignContact, foreignLink) = await w.Contact(foreign);
            return new PostTarget
            {
                Url = "/restrictions/new", FormPage = $"/restrictions/new?prisonerId={prisoner.Id}",
                Fields = F(("PrisonerId", S(prisoner.Id)), ("Type", "Closed"), ("Reason", "Intelligence report"), ("StartDate", D(Today)), ("ReviewDate", D(Today.AddDays(30)))),
                Foreign = new() { ["PrisonerId"] = S(foreign.Id), ["ContactId"] = S(foreignContact.Id), ["LinkId"] = S(foreignLink.Id) },
            };
        })
        {
            Expect = Accept(AnyText).With(Outcome.NotFound, Bad.Missing, Bad.Empty, Bad.Array, Bad.MissingId, Bad.ForeignId, Bad.Negative, Bad.Huge, Bad.Overflow),
            Why = "The reason is free text; a restriction on nobody (no prisoner, contact or link id, or one that is not here) is not found",
        },

        new("Features.Restrictions.RestrictionsController.End POST", Security, async w =>
        {
            var restriction = await w.Restriction(await w.Prisoner());
            return new PostTarget
            {
                Url = "/restrictions/{id}/end", Route = new() { ["id"] = S(restriction.Id) }, FormPage = $"/restrictions/{restriction.Id}/end",
                Fields = F(("Reason", "Appeal upheld")), Foreign = new() { ["id"] = S((await w.Restriction(await w.Prisoner(foreign: true))).Id) },
            };
        }) { Expect = Accept(AnyText, TypeConfusion), Why = "The form is one free-text reason: any text is a reason" },

        new("Features.NonAssociations.NonAssociationsController.Create POST", Security, async w =>
        {
            var prisoner = await w.Prisoner();
            var other = await w.Prisoner();
            return new PostTarget
            {
                Url = "/non-associations/new", FormPage = $"/non-associations/new?prisonerId={prisoner.Id}",
                Fields = F(("PrisonerId", S(prisoner.Id)), ("OtherPrisonNumber", other.PrisonNumber), ("Reason", "Co-defendants"), ("StartDate", D(Today))),
                Foreign = new() { ["PrisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        })
        {
            Expect = new Dictionary<Bad, Outcome>().With(Outcome.NotFound, Bad.Missing, Bad.Empty, Bad.Array, Bad.MissingId, Bad.ForeignId,
                Bad.Negative, Bad.Huge, Bad.Overflow, Bad.UnknownOption, Bad.UnknownOptionNumber),
            Why = "A non-association for a prisoner who is not here (or no prisoner id at all: the form's only number and option is the prisoner's id) is not found",
        },

        new("Features.NonAssociations.NonAssociationsController.End POST", Security, async w =>
        {
            var n = await w.NonAssociation();
            return new PostTarget
            {
                Url = "/non-associations/{id}/end", Route = new() { ["id"] = S(n.Id) }, FormPage = $"/non-associations/{n.Id}/end",
                Fields = F(("Reason", "Moved to another wing")), Foreign = new() { ["id"] = S((await w.NonAssociation(foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText, TypeConfusion), Why = "The form is one free-text reason: any text is a reason" },

        // The booking journey's steps: each is a POST carrying every answer so far (nothing personal in an address).
        JourneyStep("Visitors", "visitors"),
        JourneyStep("Session", "session"),
        JourneyStep("Support", "support"),
        JourneyStep("MainContact", "contact"),
        JourneyStep("Check", "check", carriesLaterAnswers: false),

        new("Areas.Visits.Bookings.BookingsController.Book POST", Booker, async w =>
        {
            var (session, date) = await VisitsTestData.Session(w.App, openCapacity: 30);
            var (prisoner, visitor) = await w.BookablePrisoner();
            var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
            var foreign = await w.Prisoner(foreign: true);
            return new PostTarget
            {
                Url = "/visits/book/{prisonerId}", Route = new() { ["prisonerId"] = S(prisoner.Id) }, FormPage = $"/visits/book/{prisoner.Id}/visitors",
                Fields = booking.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }), Foreign = new() { ["prisonerId"] = S(foreign.Id) },
                Extras =
                [
                    ("Slot in year 9999", F(("VisitorIds", S(visitor.Id)), ("Slot", $"{session.Id}:9999-12-31"), ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone")), Outcome.Refused),
                    ("Slot in year 1", F(("VisitorIds", S(visitor.Id)), ("Slot", $"{session.Id}:0001-01-01"), ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone")), Outcome.Refused),
                    ("Slot of a session not here", F(("VisitorIds", S(visitor.Id)), ("Slot", $"{BadValues.NotFoundId}:{date:yyyy-MM-dd}"), ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone")), Outcome.Refused),
                    ("Other support of 10,000 characters", F(("VisitorIds", S(visitor.Id)), ("Slot", SlotOf(booking)), ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone"),
                        ("OtherSupport", new string('x', 10_000))), Outcome.Refused),
                    ("Interpreter language of 10,000 characters", F(("VisitorIds", S(visitor.Id)), ("Slot", SlotOf(booking)), ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone"),
                        ("InterpreterLanguage", new string('x', 10_000))), Outcome.Refused),
                ],
            };
        })
        {
            Why = "§2 every length limit holds on every path: the booking POST's 100/500-character limits on support text hold (TooLong refused)",
        },

        // The same action for a remand prisoner, who has no visiting-order balance row (issue 15 §2.1).
        new("Areas.Visits.Bookings.BookingsController.Book POST", Booker, async w =>
        {
            var (session, date) = await VisitsTestData.Session(w.App, openCapacity: 30);
            var prisoner = await w.Prisoner();
            await using (var db = w.App.Db(prisoner.EstablishmentId))
            {
                var tracked = await db.Prisoners.SingleAsync(p => p.Id == prisoner.Id);
                tracked.LegalStatus = FamilyTies.Domain.People.LegalStatus.Remand;
                await db.SaveChangesAsync();
            }
            var (visitor, _) = await w.Contact(prisoner);
            var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
            var (full, fullDate) = await VisitsTestData.Session(w.App, openCapacity: 0);
            return new PostTarget
            {
                Url = "/visits/book/{prisonerId}", Route = new() { ["prisonerId"] = S(prisoner.Id) }, FormPage = $"/visits/book/{prisoner.Id}/visitors",
                Fields = booking.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }), Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
                Extras =
                [
                    ("Refused by the booking rules (a session with no open tables)", F(("VisitorIds", S(visitor.Id)), ("Slot", $"{full.Id}:{fullDate:yyyy-MM-dd}"),
                        ("MainContactId", S(visitor.Id)), ("RequestMethod", "Phone")), Outcome.Refused),
                ],
            };
        })
        {
            Why = "A remand prisoner: no visiting-order balance row; refused bookings for one (issue 15 §2.1) must not give 500",
        },

        new("Areas.Visits.BookedVisit.BookedVisitController.Cancel POST", Booker, async w =>
        {
            var visit = await w.Visit();
            return new PostTarget
            {
                Url = "/visits/bookings/{id}/cancel", Route = new() { ["id"] = S(visit.Id) }, FormPage = $"/visits/bookings/{visit.Id}/cancel",
                Fields = F(("Reason", "VisitorCancelled"), ("Detail", "Car broke down")), Foreign = new() { ["id"] = S((await w.Visit(foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The details are free text" },

        new("Areas.Visits.BookedVisit.BookedVisitController.Amend POST", Booker, async w =>
        {
            var visit = await w.Visit();
            return new PostTarget
            {
                Url = "/visits/bookings/{id}/amend", Route = new() { ["id"] = S(visit.Id) }, FormPage = $"/visits/bookings/{visit.Id}/amend", Prefill = true,
                Fields = F(("AmendReason", "DetailsChanged")),
                Foreign = new() { ["id"] = S((await w.Visit(foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "Support details and notes are free text" },

        new("Areas.Visits.BookedVisit.BookedVisitController.Keep POST", Booker, async w =>
        {
            var visit = await w.Visit(needsReview: true);
            return new PostTarget
            {
                Url = "/visits/bookings/{id}/keep", Route = new() { ["id"] = S(visit.Id) }, FormPage = "/visits/needs-review",
                Fields = F(("note", "Checked with the governor")), Foreign = new() { ["id"] = S((await w.Visit(foreign: true, needsReview: true)).Id) },
            };
        }) { Expect = Accept(AnyText, TypeConfusion), Why = "The form is one free-text note" },

        VisitingOrders("adjust", F(("Direction", "Add"), ("Number", "1"), ("Reason", "GovernorAdjustment"), ("Detail", "Approved by the governor"))),
        VisitingOrders("accumulate", F(("Number", "1"), ("ApprovedBy", "Head of operations"), ("Reason", "Transfer closer to home"))),
        VisitingOrders("exchange", F(("ExchangeFor", "PhoneCredit"), ("Detail", "£5 credit"))),
        VisitingOrders("substitute", F(("Substitution", "VideoCallsInstead"), ("Detail", "Family abroad")), nationality: "Polish"),

        new("Features.RollImport.RollImportController.Upload POST", VisitsManager, _ =>
        {
            var number = PeopleTestData.NewPrisonNumber();
            return Task.FromResult(new PostTarget
            {
                Url = "/prisoners/import", FormPage = "/prisoners/import", Fields = F(("FullRoll", "false")),
                File = bad => RollFile(bad, number),
            });
        }),

        new("Features.RollImport.RollImportController.Confirm POST", VisitsManager, async w =>
        {
            // A token for a full roll of another establishment's user: damaged, expired and foreign tokens are all refused alike.
            var protector = w.App.Services.GetRequiredService<IDataProtectionProvider>();
            var foreign = PendingFullRoll.Protect(protector, new PendingFullRoll(w.Foreign, await w.UserId(Roles.VisitsManager + "@SHI"), 0, [1, 2, 3]), TimeProvider.System);
            var elsewhere = PendingFullRoll.Protect(protector, new PendingFullRoll(w.Home, await w.UserId(Roles.EstablishmentAdmin), 0, [1, 2, 3]), TimeProvider.System);
            return new PostTarget
            {
                Url = "/prisoners/import/confirm", FormPage = "/prisoners/import",
                Fields = F(("Token", "not-a-token")),
                Extras = [("Token of another establishment", F(("Token", foreign)), Outcome.Refused), ("Token of another user", F(("Token", elsewhere)), Outcome.Refused)],
            };
        })
        {
            NoBaseline = true,
            Why = "A good token comes only from a full-roll upload, and confirming it would mark the rest of the roll as left; RollImport tests cover it",
        },

        new("Areas.Visits.Blocks.BlocksController.Create POST", VisitsManager, async w =>
        {
            var session = await w.Session();
            return new PostTarget
            {
                Url = "/visits/blocks/new", FormPage = "/visits/blocks/new", 
                Fields = F(("Date", D(Today.AddDays(5 + 7 * 6))), ("SessionTemplateId", S(session.Id)), ("Reason", "Staff training")),
                Foreign = new() { ["SessionTemplateId"] = S((await w.Session(foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The reason is free text" },

        new("Areas.Visits.Blocks.BlocksController.ConfirmRemove POST", VisitsManager, async w =>
        {
            var block = await w.Block();
            return new PostTarget
            {
                Url = "/visits/blocks/{id}/remove", Route = new() { ["id"] = S(block.Id) }, FormPage = $"/visits/blocks/{block.Id}/remove",
                Foreign = new() { ["id"] = S((await w.Block(foreign: true)).Id) },
            };
        }) { Expect = Accept(Enum.GetValues<Bad>()).With(Outcome.NotFound, Bad.MissingId, Bad.ForeignId), Why = "Removing reads nothing from the form" },

        new("Areas.Visits.Sessions.SessionsController.Create POST", VisitsManager, async w =>
        {
            var room = await w.Room();
            return new PostTarget
            {
                Url = "/visits/sessions/new", FormPage = "/visits/sessions/new",
                Fields = F(("Name", "Badinput session " + w.Next()), ("RoomId", S(room.Id)), ("DayOfWeek", "Wednesday"), ("StartTime", "18:00"), ("EndTime", "19:30"),
                    ("ValidFrom", D(Today)), ("WeeklyFrequency", "1"), ("OpenCapacity", "10"), ("ClosedCapacity", "1"), ("VisitType", "Social"), ("Locations", "A, B")),
                Foreign = new() { ["RoomId"] = S((await w.Room(foreign: true)).Id) },
            };
        }),

        new("Areas.Visits.Sessions.SessionsController.Edit POST", VisitsManager, async w =>
        {
            var session = await w.Session();
            return new PostTarget
            {
                Url = "/visits/sessions/{id}", Route = new() { ["id"] = S(session.Id) }, FormPage = $"/visits/sessions/{session.Id}", Prefill = true,
                Foreign = new() { ["id"] = S((await w.Session(foreign: true)).Id), ["RoomId"] = S((await w.Room(foreign: true)).Id) },
            };
        }),

        new("Areas.Visits.Sessions.SessionsController.ConfirmDeactivate POST", VisitsManager, async w =>
        {
            var session = await w.Session();
            return new PostTarget
            {
                Url = "/visits/sessions/{id}/deactivate", Route = new() { ["id"] = S(session.Id) }, FormPage = $"/visits/sessions/{session.Id}/deactivate",
                Foreign = new() { ["id"] = S((await w.Session(foreign: true)).Id) },
            };
        }) { Expect = Accept(Enum.GetValues<Bad>()).With(Outcome.NotFound, Bad.MissingId, Bad.ForeignId), Why = "Switching off reads nothing from the form" },

        new("Areas.Visits.Sessions.SessionsController.Reactivate POST", VisitsManager, async w =>
        {
            var session = await w.Session(active: false);
            return new PostTarget
            {
                Url = "/visits/sessions/{id}/reactivate", Route = new() { ["id"] = S(session.Id) }, FormPage = $"/visits/sessions/{session.Id}",
                Foreign = new() { ["id"] = S((await w.Session(foreign: true, active: false)).Id) },
            };
        }) { Expect = Accept(Enum.GetValues<Bad>()).With(Outcome.NotFound, Bad.MissingId, Bad.ForeignId), Why = "Switching on reads nothing from the form" },

        new("Areas.Visits.Rooms.RoomsController.Create POST", VisitsManager, w => Task.FromResult(new PostTarget
        {
            Url = "/visits/rooms/new", FormPage = "/visits/rooms/new",
            Fields = F(("Name", "Badinput room " + w.Next()), ("Kind", "VisitsHall"), ("Tables", "12"), ("ClosedBooths", "2"), ("Facilities", "Play area"), ("Active", "true")),
        })) { Expect = Accept(AnyText), Why = "A room's name and facilities are free text" },

        new("Areas.Visits.Rooms.RoomsController.Edit POST", VisitsManager, async w =>
        {
            // A room's name is free text but unique: a room another row named with a bad value is renamed first, so
            // the variant's answer does not depend on which rows ran before it in this world.
            await w.RenameRoomsNamed(BadValues.Emoji, BadValues.RightToLeft);
            var room = await w.Room();
            return new PostTarget
            {
                Url = "/visits/rooms/{id}", Route = new() { ["id"] = S(room.Id) }, FormPage = $"/visits/rooms/{room.Id}", Prefill = true,
                Foreign = new() { ["id"] = S((await w.Room(foreign: true)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "A room's name and facilities are free text" },

        new("Areas.SaferCustody.Contacts.ContactsController.Create POST", SaferCustody, async w =>
        {
            var prisoner = await w.Prisoner();
            var check = await w.Add(w.Home, new FamilyTies.Domain.SaferCustody.VoicemailCheck { CheckedAt = DateTimeOffset.UtcNow.AddMinutes(-5), MessagesFound = 1 });
            var foreignCheck = await w.Add(w.Foreign, new FamilyTies.Domain.SaferCustody.VoicemailCheck { CheckedAt = DateTimeOffset.UtcNow.AddMinutes(-5), MessagesFound = 1 });
            var fields = Areas.SaferCustody.SaferCustodyTestData.Contact(DateTimeOffset.UtcNow.AddMinutes(-30), prisoner.PrisonNumber)
                .ToDictionary(kv => kv.Key, kv => new[] { kv.Value });
            fields["VoicemailCheckId"] = [S(check.Id)];
            fields["Channel"] = ["Voicemail"];
            return new PostTarget
            {
                Url = "/safercustody/contacts/new", FormPage = $"/safercustody/contacts/new?voicemailCheckId={check.Id}", Fields = fields,
                Foreign = new() { ["VoicemailCheckId"] = S(foreignCheck.Id) },
            };
        }) { Expect = new Dictionary<Bad, Outcome>().With(Outcome.NotFound, Bad.MissingId, Bad.ForeignId), Why = "A voicemail check that is not here is not found" },

        new("Areas.SaferCustody.Contacts.ContactsController.AddAction POST", SaferCustody, async w =>
        {
            var contact = await w.SaferCustodyContact();
            var foreign = await w.SaferCustodyContact(foreign: true);
            var at = DateTimeOffset.UtcNow.AddMinutes(-10);
            return new PostTarget
            {
                Url = "/safercustody/contacts/{id}/actions/new", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/safercustody/contacts/{contact.Id}/actions/new",
                Fields = F(("Kind", "WelfareCheck"), ("OccurredDate", LondonTime.DateInput(at)), ("OccurredTime", LondonTime.TimeInput(at)), ("Notes", "Checked on the wing")),
                Foreign = new() { ["id"] = S(foreign.Id), ["CorrectsId"] = S((await w.ContactAction(foreign)).Id) },
            };
        }),

        new("Areas.SaferCustody.Contacts.ContactsController.TellCaller POST", SaferCustody, async w =>
        {
            var contact = await w.SaferCustodyContact();
            var foreign = await w.SaferCustodyContact(foreign: true);
            var at = DateTimeOffset.UtcNow.AddMinutes(-10);
            return new PostTarget
            {
                Url = "/safercustody/contacts/{id}/caller/new", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/safercustody/contacts/{contact.Id}/caller/new",
                Fields = F(("Result", "NotToldOther"), ("OccurredDate", LondonTime.DateInput(at)), ("OccurredTime", LondonTime.TimeInput(at)), ("Notes", "Caller asked for news only")),
                Foreign = new() { ["id"] = S(foreign.Id), ["CorrectsId"] = S((await w.CallerFeedback(foreign)).Id) },
            };
        }),

        new("Areas.SaferCustody.Contacts.ContactsController.Close POST", SaferCustody, async w =>
        {
            var contact = await w.SaferCustodyContact();
            return new PostTarget
            {
                Url = "/safercustody/contacts/{id}/close", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/safercustody/contacts/{contact.Id}/close",
                Fields = F(("Outcome", "Resolved with the caller")), Foreign = new() { ["id"] = S((await w.SaferCustodyContact(foreign: true)).Id) },
            };
        })
        {
            Expect = Accept(AnyText, [Bad.Negative, Bad.Huge, Bad.UnknownOptionNumber]),
            Why = "The form is one free-text outcome (the contact's id in the form is refused when it is not a number, and the route's id wins)",
        },

        new("Areas.SaferCustody.Contacts.ContactsController.Correct POST", SaferCustody, async w =>
        {
            var contact = await w.SaferCustodyContact(prisoner: await w.Prisoner());
            return new PostTarget
            {
                Url = "/safercustody/contacts/{id}/correct", Route = new() { ["id"] = S(contact.Id) }, FormPage = $"/safercustody/contacts/{contact.Id}/correct", Prefill = true,
                Fields = F(("CallerName", "Zelda Corrected"), ("Reason", "Caller spelt their name")),
                Foreign = new() { ["id"] = S((await w.SaferCustodyContact(foreign: true)).Id) },
            };
        }),

        new("Areas.SaferCustody.Voicemail.VoicemailController.Record POST", SaferCustody, _ => Task.FromResult(new PostTarget
        {
            Url = "/safercustody/voicemail", FormPage = "/safercustody/voicemail", Fields = F(("Form.MessagesFound", "0")),
        })),

        new("Areas.SaferCustody.Cases.CasesController.Open POST", SaferCustody, async w =>
        {
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/safercustody/cases/new", FormPage = $"/safercustody/cases/new?prisonNumber={prisoner.PrisonNumber}",
                Fields = F(("PrisonNumber", prisoner.PrisonNumber), ("Kind", "Acct"), ("OpenedOn", D(Today)), ("Reference", "BI-" + w.Next())),
            };
        }),

        new("Areas.SaferCustody.Cases.CasesController.Entry POST", SaferCustody, async w =>
        {
            var safetyCase = await w.Case();
            var foreign = await w.Case(foreign: true);
            return new PostTarget
            {
                Url = "/safercustody/cases/{id}/entries/new", Route = new() { ["id"] = S(safetyCase.Id) }, FormPage = $"/safercustody/cases/{safetyCase.Id}/entries/new",
                Fields = F(("Kind", "FamilyUpdated"), ("OccurredOn", D(Today)), ("Notes", "Sister told of the review")),
                Foreign = new() { ["id"] = S(foreign.Id), ["CorrectsId"] = S((await w.Entry(foreign)).Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The notes are free text" },

        new("Areas.SaferCustody.Cases.CasesController.Close POST", SaferCustody, async w =>
        {
            var safetyCase = await w.Case();
            return new PostTarget
            {
                Url = "/safercustody/cases/{id}/close", Route = new() { ["id"] = S(safetyCase.Id) }, FormPage = $"/safercustody/cases/{safetyCase.Id}/close",
                Fields = F(("ClosedOn", D(Today))), Foreign = new() { ["id"] = S((await w.Case(foreign: true)).Id) },
            };
        }),

        // Self-assessment (decision 0022)
        new("Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement POST", Roles.FamilyLead, _ => Task.FromResult(new PostTarget
        {
            Url = "/dashboard/self-assessment/{year}/{number}", Route = new() { ["year"] = Year, ["number"] = "21" },
            FormPage = $"/dashboard/self-assessment/{Year}/21", Fields = F(("SelfScore", "FullyMet"), ("HowWell", "Reviewed at the monthly meeting")),
        }))
        {
            Expect = Accept(AnyText),
            Why = "How well it is working is free text",
        },
        new("Areas.Dashboard.SelfAssessment.SelfAssessmentController.Moderate POST", Roles.PrisonGroupDirector, async w =>
        {
            await Areas.Dashboard.SelfAssessmentTestData.Score(w.App, "WYI", Today.Year, 22, FamilyTies.Domain.SelfAssessment.ScoreLevel.FullyMet);
            return new PostTarget
            {
                Url = "/dashboard/self-assessment/{year}/{number}/moderate", Route = new() { ["year"] = Year, ["number"] = "22" },
                FormPage = $"/dashboard/self-assessment/{Year}/22", Fields = F(("Score", "MostlyMet"), ("Reason", "The evidence does not support fully met")),
            };
        })
        {
            Expect = Accept(AnyText),
            Why = "The reason is free text",
        },
        new("Areas.Dashboard.SelfAssessment.SelfAssessmentController.NewAction POST", Roles.FamilyLead, _ => Task.FromResult(new PostTarget
        {
            Url = "/dashboard/self-assessment/{year}/actions/new", Route = new() { ["year"] = Year }, FormPage = $"/dashboard/self-assessment/{Year}/actions/new",
            Fields = F(("Requirement", "14"), ("Action", "Pilot an evening session"), ("Owner", "Visits manager"), ("DueDate", D(Today.AddDays(30))), ("Status", "NotStarted")),
        }))
        {
            Expect = Accept(AnyText),
            Why = "The action and its owner are free text",
        },
        new("Areas.Dashboard.SelfAssessment.SelfAssessmentController.EditAction POST", Roles.FamilyLead, async w =>
        {
            var item = await Areas.Dashboard.SelfAssessmentTestData.ActionItem(w.App, "WYI");
            var foreign = await Areas.Dashboard.SelfAssessmentTestData.ActionItem(w.App, "SHI");
            return new PostTarget
            {
                Url = "/dashboard/self-assessment/actions/{id}", Route = new() { ["id"] = S(item.Id) }, FormPage = $"/dashboard/self-assessment/actions/{item.Id}",
                Prefill = true, Foreign = new() { ["id"] = S(foreign.Id) },
            };
        })
        {
            Expect = Accept(AnyText),
            Why = "The action and its owner are free text",
        },
        new("Areas.Dashboard.Framework.FrameworkController.Edit POST", Roles.NationalViewer, _ => Task.FromResult(new PostTarget
        {
            Url = "/dashboard/national/framework/{number}", Route = new() { ["number"] = "46" }, FormPage = "/dashboard/national/framework/46", Prefill = true,
        }))
        {
            Expect = Accept(AnyText),
            Why = "The theme, the requirement and its source are free text",
        },
        // Care-experienced and foreign-national prisoners (issue 12).
        new("Areas.CareExperienced.Register.RegisterController.Register POST", Roles.FamilyServices, async w =>
        {
            var prisoner = await w.Prisoner();
            return new PostTarget
            {
                Url = "/careexperienced/register", FormPage = "/careexperienced/register",
                Fields = F(("PrisonNumber", prisoner.PrisonNumber), ("RegisteredOn", D(Today)), ("IdentifiedBy", "Referral"), ("IdentifiedByDetail", "Key worker"),
                    ("LookedAfterFrom", "1/9/2003"), ("LookedAfterTo", "1/9/2006"), ("ConsentToShare", "true"), ("LocalAuthority", "Lancashire"),
                    ("PersonalAdviserName", "Mo Adviser"), ("PersonalAdviserPhone", "01772 442000"), ("PersonalAdviserEmail", "mo@example.gov.uk"),
                    ("PathwayPlanHeld", "true"), ("PathwayPlanDate", D(Today.AddDays(-100))), ("SinglePointOfContact", "Officer Pell"), ("FollowUpBy", "Pact worker"),
                    ("SettingUpHomeGrantOn", D(Today.AddDays(-400))), ("BursaryOn", ""), ("OtherSupport", "Clothing grant"), ("OtherSupportOn", D(Today.AddDays(-30)))),
            };
        }),

        new("Areas.CareExperienced.Register.RegisterController.Contact POST", Roles.FamilyServices, async w =>
        {
            var (record, foreign) = (await Areas.CareForeign.CareForeignTestData.Record(w.App), await Areas.CareForeign.CareForeignTestData.Record(w.App, "SHI"));
            return new PostTarget
            {
                Url = "/careexperienced/{id}/contacts/new", Route = new() { ["id"] = S(record.Id) }, FormPage = $"/careexperienced/{record.Id}/contacts/new",
                Fields = F(("OccurredOn", D(Today)), ("Method", "Phone"), ("Who", "Mo Adviser, personal adviser"), ("Notes", "Talked about housing")),
                Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "Who and what was discussed are free text" },

        new("Areas.CareExperienced.Register.RegisterController.Consent POST", Roles.FamilyServices, async w =>
        {
            var (record, foreign) = (await Areas.CareForeign.CareForeignTestData.Record(w.App), await Areas.CareForeign.CareForeignTestData.Record(w.App, "SHI"));
            return new PostTarget
            {
                Url = "/careexperienced/{id}/consent", Route = new() { ["id"] = S(record.Id) }, FormPage = $"/careexperienced/{record.Id}/consent",
                Fields = F(("ConsentToShare", "false"), ("On", D(Today))), Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }),

        ForeignNational("family", F(("Name", "Agnieszka Testowa"), ("Relationship", "Mother"), ("Country", "Poland"), ("TimeZone", "Europe/Warsaw")),
            "Family POST"),
        ForeignNational("credit", F(("Kind", "Granted"), ("OccurredOn", D(Today)), ("Amount", "5.00"), ("Reason", "No social visits")), "Credit POST"),
        ForeignNational("officials", F(("Kind", "TranslatedMaterial"), ("OccurredOn", D(Today)), ("Detail", "Visits booklet"), ("Language", "Polish")), "Official POST")
            with { Expect = Accept(AnyText), Why = "The details and the language are free text" },
        ForeignNational("interpreters", F(("For", "Call"), ("Language", "Polish"), ("NeededOn", D(Today.AddDays(7))), ("Outcome", "Pending")), "Interpreter POST")
            with { Expect = Accept(AnyText), Why = "The language is free text" },

        new("Areas.ForeignNationals.Records.RecordsController.NightCall POST", Roles.FamilyServices, async w =>
        {
            var (home, foreign) = (await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App), await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, "SHI"));
            var (family, foreignFamily) = (await Areas.CareForeign.CareForeignTestData.Family(w.App, home, "Asia/Ho_Chi_Minh"), await Areas.CareForeign.CareForeignTestData.Family(w.App, foreign));
            return new PostTarget
            {
                Url = "/foreignnationals/{id}/family/{familyId}/nightcalls/new", Route = new() { ["id"] = S(home.Id), ["familyId"] = S(family.Id) },
                FormPage = $"/foreignnationals/{home.Id}/family/{family.Id}/nightcalls/new",
                Fields = F(("RequestedOn", D(Today.AddDays(-1))), ("RequestedBy", "The prisoner"), ("Reason", "Mother works nights")),
                Foreign = new() { ["id"] = S(foreign.Id), ["familyId"] = S(foreignFamily.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The reason and who asked are free text" },

        // Drop-in sessions and deciding night-call requests (issue 12, t12-dropins).
        new("Areas.ForeignNationals.Records.RecordsController.DecideNightCall POST", Roles.FamilyServices, async w =>
        {
            var (home, foreign) = (await Areas.CareForeign.CareForeignTestData.NightCall(w.App), await Areas.CareForeign.CareForeignTestData.NightCall(w.App, "SHI"));
            var form = $"/foreignnationals/{home.FamilyAbroad!.PrisonerId}/family/{home.FamilyAbroadId}/nightcalls/{home.Id}/decision";
            return new PostTarget
            {
                Url = "/foreignnationals/{id}/family/{familyId}/nightcalls/{callId}/decision", FormPage = form,
                Route = new() { ["id"] = S(home.FamilyAbroad!.PrisonerId), ["familyId"] = S(home.FamilyAbroadId), ["callId"] = S(home.Id) },
                Fields = F(("Decision", "Refused"), ("RefusalReason", "Family can be called at 8am UK time")),
                Foreign = new() { ["id"] = S(foreign.FamilyAbroad!.PrisonerId), ["familyId"] = S(foreign.FamilyAbroadId), ["callId"] = S(foreign.Id) },
            };
        }) { Expect = Accept(AnyText), Why = "The reason for refusing is free text" },

        new("Areas.CareExperienced.DropIns.DropInsController.Create POST", Roles.FamilyServices, _ => Task.FromResult(new PostTarget
        {
            Url = "/careexperienced/dropins/new", FormPage = "/careexperienced/dropins/new",
            Fields = F(("Date", D(Today.AddDays(14))), ("StartTime", "10am"), ("EndTime", "11:30"), ("Place", "Library"), ("RunWith", "Durham County Council leaving care team")),
        })),

        new("Areas.CareExperienced.DropIns.DropInsController.Attendance POST", Roles.FamilyServices, async w =>
        {
            var (record, foreignRecord) = (await Areas.CareForeign.CareForeignTestData.Record(w.App), await Areas.CareForeign.CareForeignTestData.Record(w.App, "SHI"));
            var (session, foreign) = (await Areas.CareForeign.CareForeignTestData.DropIn(w.App), await Areas.CareForeign.CareForeignTestData.DropIn(w.App, "SHI"));
            return new PostTarget
            {
                Url = "/careexperienced/dropins/{id}/attendance", Route = new() { ["id"] = S(session.Id) }, FormPage = $"/careexperienced/dropins/{session.Id}/attendance",
                Fields = F(("Attended", S(record.Id))), Foreign = new() { ["id"] = S(foreign.Id), ["Attended"] = S(foreignRecord.Id) },
            };
        }) { Expect = Accept([Bad.Missing]), Why = "No prisoner ticked records that nobody came" },

        new("Areas.Admin.Staff.StaffController.Create POST", Admin, async w => new PostTarget
        {
            Url = "/admin/staff/new", FormPage = "/admin/staff/new",
            Fields = F(("UserName", "badinput.new" + w.Next()), ("DisplayName", "Badinput Newstarter"), ("Email", "new@justice.gov.uk"),
                ("Memberships[0].EstablishmentId", S(w.Home)), ("Memberships[0].Roles", "VisitsStaff"), ("Password", "badinput-first-password")),
            Foreign = new() { ["Memberships[0].EstablishmentId"] = S(await w.App.EstablishmentId("LHI")) },
        }),

        new("Areas.Admin.Staff.StaffController.Edit POST", Admin, async w =>
        {
            var user = await w.StaffUser();
            return new PostTarget
            {
                Url = "/admin/staff/{id}", Route = new() { ["id"] = user.Id }, FormPage = $"/admin/staff/{user.Id}", Prefill = true,
                Foreign = new() { ["id"] = (await w.StaffUser(foreign: true)).Id, ["Memberships[0].EstablishmentId"] = S(await w.App.EstablishmentId("LHI")) },
            };
        }),

        new("Areas.Admin.Settings.SettingsController.Edit POST", Admin, _ => Task.FromResult(new PostTarget
        {
            Url = "/admin/settings", FormPage = "/admin/settings", Prefill = true,
        })),

        // The visit day (issue 13).
        .. VisitDayRows.Posts(),
        // Family days, forums, schemes and surveys (issue 11).
        .. FamilyDaysRows.Posts(),
        // No visits, Help with Prison Visits, hall tables (issue 13 §5, §6, §3).
        .. NoVisitsRows.Posts(),
        // Video calls (issue 10).
        .. VideoCallsRows.Posts(),
    ];

    /// <summary>A step of the booking journey, posted with a whole good booking (its answers travel in the body).</summary>
    private static PostRow JourneyStep(string action, string step, bool carriesLaterAnswers = true) =>
        new($"Areas.Visits.Bookings.BookingsController.{action} POST", Booker, async w =>
        {
            var (session, date) = await VisitsTestData.Session(w.App, openCapacity: 30);
            var (prisoner, visitor) = await w.BookablePrisoner();
            var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
            return new PostTarget
            {
                Url = "/visits/book/{prisonerId}/" + step, Route = new() { ["prisonerId"] = S(prisoner.Id) },
                FormPage = $"/visits/book/{prisoner.Id}/visitors",
                Fields = booking.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }),
                Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
            };
        })
        {
            JourneyStep = true,
            CarriesLaterAnswers = carriesLaterAnswers,
            Why = carriesLaterAnswers
                ? "A journey step checks the answers up to it; later answers are carried forward as hidden fields and refused at the check step, which this table checks strictly"
                : "The check step checks every answer and saves nothing: a good booking shows the check page",
        };

    /// <summary>A foreign national's create form: a new foreign national here, and one at Stoke Heath for the foreign id.</summary>
    private static PostRow ForeignNational(string path, Dictionary<string, string[]> fields, string action) =>
        new($"Areas.ForeignNationals.Records.RecordsController.{action}", Roles.FamilyServices, async w =>
        {
            var (home, foreign) = (await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App), await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, "SHI"));
            return new PostTarget
            {
                Url = $"/foreignnationals/{{id}}/{path}/new", Route = new() { ["id"] = S(home.Id) }, FormPage = $"/foreignnationals/{home.Id}/{path}/new",
                Fields = fields, Foreign = new() { ["id"] = S(foreign.Id) },
            };
        });

    private static PostRow VisitingOrders(string step, Dictionary<string, string[]> fields, string nationality = "British")
    {
        var action = char.ToUpperInvariant(step[0]) + step[1..];
        return new PostRow($"Features.VisitingOrders.VisitingOrdersController.{action} POST", VisitsManager, async w =>
        {
            var prisoner = await VisitingOrdersTestData.Prisoner(w.App, nationality: nationality);
            await VisitingOrdersTestData.Post(w.App, prisoner, VisitingOrderEntryType.ManualAdjustment, 4);
            var foreign = await VisitingOrdersTestData.Prisoner(w.App, "SHI", nationality: nationality);
            return new PostTarget
            {
                Url = "/prisoners/{prisonerId}/visiting-orders/" + step, Route = new() { ["prisonerId"] = S(prisoner.Id) },
                FormPage = $"/prisoners/{prisoner.Id}/visiting-orders/{step}", Fields = fields, Foreign = new() { ["prisonerId"] = S(foreign.Id) },
            };
        })
        {
            Expect = Accept(AnyText),
            Why = "The details, the reason and who approved it are free text",
        };
    }

    /// <summary>The roll file for a variant: one good line, or a line whose every cell of the variant's kind holds the bad value.</summary>
    private static byte[]? RollFile(Bad bad, string prisonNumber)
    {
        var row = RollCsv.Row(prisonNumber);
        string[] dates = [FamilyTies.Domain.People.RollImport.RollColumns.DateOfBirth, FamilyTies.Domain.People.RollImport.RollColumns.ReceptionDate,
            FamilyTies.Domain.People.RollImport.RollColumns.EarliestReleaseDate];
        string[] numbers = [FamilyTies.Domain.People.RollImport.RollColumns.ChildrenUnder18, FamilyTies.Domain.People.RollImport.RollColumns.DistanceFromHomeMiles];
        string[] options = [FamilyTies.Domain.People.RollImport.RollColumns.IncentiveLevel, FamilyTies.Domain.People.RollImport.RollColumns.LegalStatus,
            FamilyTies.Domain.People.RollImport.RollColumns.InterpreterNeeded, FamilyTies.Domain.People.RollImport.RollColumns.CareExperienced];
        var columns = BadValues.Targets(bad) switch
        {
            [FieldKind.Date] => dates,
            [FieldKind.Number] => numbers,
            [FieldKind.Choice, ..] => options,
            _ => row.Keys.Except(dates).Except(numbers).Except(options).ToArray(),
        };
        switch (bad)
        {
            case Bad.Baseline:
                return RollCsv.Bytes(RollCsv.Text([row]));
            case Bad.Missing:
                return null;
            case Bad.Empty:
                return [];
            case Bad.Array:
                return RollCsv.Bytes(RollCsv.Text([row, row]));
            case Bad.MissingId or Bad.ForeignId:
                return RollCsv.Bytes(RollCsv.Text([row]));
        }
        foreach (var column in columns)
        {
            row[column] = BadValues.Value(bad, row[column]) ?? row[column];
        }
        return RollCsv.Bytes(RollCsv.Text([row]));
    }
}
