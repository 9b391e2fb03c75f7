using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Areas.Visits;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// Every GET action (and every action on any verb), with a user who may use it and its query values: a bad value in
/// the query string gives the page (perhaps with an error summary), a 404 for an id that is not here, or the redirect
/// the row names, never a server error, and changes no row.
/// </summary>
public static class GetTable
{
    private const string VisitsManager = Roles.VisitsManager;
    private const string Booker = Roles.VisitsStaff;
    private const string Security = Roles.Security;
    private const string SaferCustody = Roles.SaferCustody;
    private const string Admin = Roles.EstablishmentAdmin;
    private const string FamilyLead = Roles.FamilyLead;

    /// <summary>Last month on the test clock, as the dashboard takes it (?month=2026-11).</summary>
    private static string Month => TestClock.Today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Year => TestClock.Today.Year.ToString(CultureInfo.InvariantCulture);

    private static GetRow Page(string action, string user, string url, params (string Key, string Value)[] query) =>
        new(action, user, _ => Task.FromResult(new GetTarget { Url = url, Query = PostTable.F(query) }));

    private static GetRow Page(string action, string user, Func<W, Task<GetTarget>> arrange) => new(action, user, arrange);

    private static async Task<GetTarget> Prisoner(W w, string url, params (string Key, string Value)[] query)
    {
        var (home, foreign) = (await w.Prisoner(), await w.Prisoner(foreign: true));
        return new GetTarget { Url = url, Route = new() { ["id"] = S(home.Id), ["prisonerId"] = S(home.Id) }, Query = PostTable.F(query),
            Foreign = new() { ["id"] = S(foreign.Id), ["prisonerId"] = S(foreign.Id) } };
    }

    /// <summary>A booking journey step with the answers so far, for a bookable prisoner.</summary>
    private static async Task<GetTarget> Step(W w, string step)
    {
        var (session, date) = await VisitsTestData.Session(w.App, openCapacity: 30);
        var (prisoner, visitor) = await w.BookablePrisoner();
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
        return new GetTarget
        {
            Url = "/visits/book/{prisonerId}/" + step, Route = new() { ["prisonerId"] = S(prisoner.Id) },
            Query = booking.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }),
            Foreign = new() { ["prisonerId"] = S((await w.Prisoner(foreign: true)).Id) },
        };
    }

    private static async Task<GetTarget> Record<T>(Func<bool, Task<T>> make, Func<T, int> id, string url, params (string Key, string Value)[] query)
    {
        var (home, foreign) = (await make(false), await make(true));
        return new GetTarget { Url = url, Route = new() { ["id"] = S(id(home)) }, Query = PostTable.F(query), Foreign = new() { ["id"] = S(id(foreign)) } };
    }

    public static IEnumerable<GetRow> Rows() =>
    [
        Page("Features.Account.AccountController.SignInPage GET", W.Anonymous, "/sign-in", ("returnUrl", "/prisoners")),
        Page("Features.Account.AccountController.ChangePassword GET", Booker, "/account/password"),
        Page("Features.Errors.ErrorsController.Show ANY", W.Anonymous, _ => Task.FromResult(new GetTarget { Url = "/error/{code}", Route = new() { ["code"] = "404" } }))
            with { Statuses = [404], IdStatuses = [404] },
        Page("Features.Home.HomeController.Index GET", Booker, "/"),

        Page("Features.Prisoners.PrisonersController.Index GET", Booker, "/prisoners", ("q", "Badinput"), ("page", "1")),
        Page("Features.Prisoners.PrisonersController.Details GET", Booker, w => Prisoner(w, "/prisoners/{id}")),
        Page("Features.Prisoners.PrisonersController.ContactsTab GET", Booker, w => Prisoner(w, "/prisoners/{id}/contacts")),
        Page("Features.Prisoners.PrisonersController.RestrictionsTab GET", Booker, w => Prisoner(w, "/prisoners/{id}/restrictions")),
        Page("Features.Prisoners.PrisonersController.Create GET", VisitsManager, "/prisoners/new"),
        Page("Features.Prisoners.PrisonersController.Edit GET", VisitsManager, w => Prisoner(w, "/prisoners/{id}/edit")),

        Page("Features.Contacts.ContactsController.Index GET", Booker, "/contacts", ("q", "Badinput"), ("page", "1")),
        Page("Features.Contacts.ContactsController.Details GET", Booker, w => Record(async f => await w.Contact(await w.Prisoner(f)), c => c.Contact.Id, "/contacts/{id}")),
        Page("Features.Contacts.ContactsController.Create GET", Booker, async w =>
        {
            var t = await Prisoner(w, "/contacts/new");
            return new GetTarget { Url = t.Url, Query = PostTable.F(("prisonerId", t.Route["prisonerId"])), Foreign = t.Foreign };
        }),
        Page("Features.Contacts.ContactsController.Edit GET", Booker, w => Record(async f => await w.Contact(await w.Prisoner(f)), c => c.Contact.Id, "/contacts/{id}/edit")),
        Page("Features.Contacts.ContactsController.Link GET", Booker, async w =>
        {
            var t = await Record(async f => await w.Contact(await w.Prisoner(f)), c => c.Contact.Id, "/contacts/{id}/link");
            var (other, foreign) = (await w.Prisoner(), await w.Prisoner(foreign: true));
            t.Query["prisonerId"] = [S(other.Id)];
            t.Foreign["prisonerId"] = S(foreign.Id);
            return t;
        }),
        Page("Features.Contacts.ContactsController.EditLink GET", Booker, async w =>
        {
            var t = await Record(async f => await w.Contact(await w.Prisoner(f)), c => c.Link.Id, "/contacts/links/{linkId}");
            return new GetTarget { Url = t.Url, Route = new() { ["linkId"] = t.Route["id"] }, Foreign = new() { ["linkId"] = t.Foreign["id"] } };
        }),

        Page("Features.Restrictions.RestrictionsController.Create GET", Security, async w =>
        {
            var t = await Prisoner(w, "/restrictions/new");
            return new GetTarget { Url = t.Url, Query = PostTable.F(("prisonerId", t.Route["prisonerId"])), Foreign = t.Foreign };
        }),
        Page("Features.Restrictions.RestrictionsController.End GET", Security, w => Record(async f => await w.Restriction(await w.Prisoner(f)), r => r.Id, "/restrictions/{id}/end")),
        Page("Features.NonAssociations.NonAssociationsController.Create GET", Security, async w =>
        {
            var t = await Prisoner(w, "/non-associations/new");
            return new GetTarget { Url = t.Url, Query = PostTable.F(("prisonerId", t.Route["prisonerId"])), Foreign = t.Foreign };
        }),
        Page("Features.NonAssociations.NonAssociationsController.End GET", Security, w => Record(f => w.NonAssociation(f), n => n.Id, "/non-associations/{id}/end")),

        Page("Features.Audit.AuditController.Index GET", FamilyLead, "/audit", ("Person", "Badinput"), ("User", "visits"), ("From", "1/11/2026"), ("To", "30/11/2026"), ("Older", "0-1"), ("Newer", "0-1")),

        Page("Areas.Visits.Bookings.BookingsController.FindPrisoner GET", Booker, "/visits/book", ("q", "Badinput")),
        Page("Areas.Visits.Bookings.BookingsController.Start GET", Booker, w => Step(w, "visitors")),
        // A later step's address opened directly: whatever the query holds is not read; back to the first step.
        Page("Areas.Visits.Bookings.BookingsController.Restart GET", Booker, w => Step(w, "check")) with { Statuses = [302], IdStatuses = [302] },

        Page("Areas.Visits.BookedVisit.BookedVisitController.Details GET", Booker, w => Record(f => w.Visit(f), v => v.Id, "/visits/bookings/{id}")),
        Page("Areas.Visits.BookedVisit.BookedVisitController.Confirmation GET", Booker, w => Record(f => w.Visit(f), v => v.Id, "/visits/bookings/{id}/confirmation")),
        Page("Areas.Visits.BookedVisit.BookedVisitController.NeedsReview GET", Booker, "/visits/needs-review"),
        Page("Areas.Visits.BookedVisit.BookedVisitController.Cancel GET", Booker, w => Record(f => w.Visit(f), v => v.Id, "/visits/bookings/{id}/cancel")),
        Page("Areas.Visits.BookedVisit.BookedVisitController.Amend GET", Booker, w => Record(f => w.Visit(f), v => v.Id, "/visits/bookings/{id}/amend")),
        Page("Areas.Visits.BookedVisit.BookedVisitController.Print GET", Booker, w => Record(f => w.Visit(f), v => v.Id, "/visits/bookings/{id}/print")),

        Page("Features.VisitingOrders.VisitingOrdersController.Index GET", Booker, w => Prisoner(w, "/prisoners/{prisonerId}/visiting-orders", ("page", "1"))),
        Page("Features.VisitingOrders.VisitingOrdersController.Adjust GET", VisitsManager, w => Prisoner(w, "/prisoners/{prisonerId}/visiting-orders/adjust")),
        Page("Features.VisitingOrders.VisitingOrdersController.Accumulate GET", VisitsManager, w => Prisoner(w, "/prisoners/{prisonerId}/visiting-orders/accumulate")),
        Page("Features.VisitingOrders.VisitingOrdersController.Exchange GET", VisitsManager, w => Prisoner(w, "/prisoners/{prisonerId}/visiting-orders/exchange")),
        Page("Features.VisitingOrders.VisitingOrdersController.Substitute GET", VisitsManager, w => Prisoner(w, "/prisoners/{prisonerId}/visiting-orders/substitute")),

        Page("Features.RollImport.RollImportController.Upload GET", VisitsManager, "/prisoners/import"),
        Page("Features.RollImport.RollImportController.Result GET", VisitsManager, "/prisoners/import/result") with { Statuses = [302] },

        Page("Areas.Visits.Home.HomeController.Index ANY", Booker, "/visits"),
        Page("Areas.Visits.Timetable.TimetableController.Index GET", Booker, "/visits/timetable", ("week", VisitsTestData.Iso(VisitsTestData.ThisMonday))),
        Page("Areas.Visits.Blocks.BlocksController.Index GET", Booker, "/visits/blocks"),
        Page("Areas.Visits.Blocks.BlocksController.Create GET", VisitsManager, async w =>
        {
            var (home, foreign) = (await w.Session(), await w.Session(foreign: true));
            return new GetTarget { Url = "/visits/blocks/new", Query = PostTable.F(("date", W.Date(W.Today.AddDays(20))), ("sessionTemplateId", S(home.Id))),
                Foreign = new() { ["sessionTemplateId"] = S(foreign.Id) } };
        }) with { IdStatuses = [200] },
        Page("Areas.Visits.Blocks.BlocksController.Remove GET", VisitsManager, w => Record(f => w.Block(f), b => b.Id, "/visits/blocks/{id}/remove")),

        Page("Areas.Visits.Sessions.SessionsController.Index GET", VisitsManager, "/visits/sessions"),
        Page("Areas.Visits.Sessions.SessionsController.Create GET", VisitsManager, "/visits/sessions/new"),
        Page("Areas.Visits.Sessions.SessionsController.Edit GET", VisitsManager, w => Record(f => w.Session(f), s => s.Id, "/visits/sessions/{id}")),
        Page("Areas.Visits.Sessions.SessionsController.Deactivate GET", VisitsManager, w => Record(f => w.Session(f), s => s.Id, "/visits/sessions/{id}/deactivate")),

        Page("Areas.Visits.Rooms.RoomsController.Index GET", VisitsManager, "/visits/rooms"),
        Page("Areas.Visits.Rooms.RoomsController.Create GET", VisitsManager, "/visits/rooms/new"),
        Page("Areas.Visits.Rooms.RoomsController.Edit GET", VisitsManager, w => Record(f => w.Room(f), r => r.Id, "/visits/rooms/{id}")),

        Page("Areas.Visits.Visiting.VisitingController.Index GET", W.Anonymous, "/visiting"),
        Page("Areas.Visits.Visiting.VisitingController.Establishment GET", W.Anonymous, _ => Task.FromResult(new GetTarget { Url = "/visiting/{code}", Route = new() { ["code"] = "WYI" } })),

        Page("Areas.FamilyDays.Home.HomeController.Index ANY", FamilyLead, "/familydays"),
        Page("Areas.SaferCustody.Home.HomeController.Index ANY", SaferCustody, "/safercustody"),
        Page("Areas.SaferCustody.Contacts.ContactsController.Index GET", SaferCustody, "/safercustody/contacts"),
        Page("Areas.SaferCustody.Contacts.ContactsController.Closed GET", SaferCustody, "/safercustody/contacts/closed", ("page", "1")),
        Page("Areas.SaferCustody.Contacts.ContactsController.Create GET", SaferCustody, async w =>
        {
            var (home, foreign) = (await w.Add(w.Home, new FamilyTies.Domain.SaferCustody.VoicemailCheck { CheckedAt = DateTimeOffset.UtcNow, MessagesFound = 1 }),
                await w.Add(w.Foreign, new FamilyTies.Domain.SaferCustody.VoicemailCheck { CheckedAt = DateTimeOffset.UtcNow, MessagesFound = 1 }));
            return new GetTarget { Url = "/safercustody/contacts/new", Query = PostTable.F(("voicemailCheckId", S(home.Id))), Foreign = new() { ["voicemailCheckId"] = S(foreign.Id) } };
        }) with { IdStatuses = [200] },
        Page("Areas.SaferCustody.Contacts.ContactsController.Details GET", SaferCustody, w => Record(f => w.SaferCustodyContact(f), c => c.Id, "/safercustody/contacts/{id}")),
        Page("Areas.SaferCustody.Contacts.ContactsController.AddAction GET", SaferCustody, w => Record(f => w.SaferCustodyContact(f), c => c.Id, "/safercustody/contacts/{id}/actions/new")),
        Page("Areas.SaferCustody.Contacts.ContactsController.TellCaller GET", SaferCustody, w => Record(f => w.SaferCustodyContact(f), c => c.Id, "/safercustody/contacts/{id}/caller/new")),
        Page("Areas.SaferCustody.Contacts.ContactsController.Close GET", SaferCustody, w => Record(f => w.SaferCustodyContact(f), c => c.Id, "/safercustody/contacts/{id}/close")),
        Page("Areas.SaferCustody.Contacts.ContactsController.Correct GET", SaferCustody, w => Record(f => w.SaferCustodyContact(f), c => c.Id, "/safercustody/contacts/{id}/correct",
            ("q", "Badinput"), ("prisonNumber", "A1234BC"))),
        Page("Areas.SaferCustody.Voicemail.VoicemailController.Index GET", SaferCustody, "/safercustody/voicemail"),
        Page("Areas.SaferCustody.Cases.CasesController.Index GET", SaferCustody, "/safercustody/cases"),
        Page("Areas.SaferCustody.Cases.CasesController.Open GET", SaferCustody, "/safercustody/cases/new", ("prisonNumber", "A1234BC")),
        Page("Areas.SaferCustody.Cases.CasesController.Details GET", SaferCustody, w => Record(f => w.Case(f), c => c.Id, "/safercustody/cases/{id}")),
        Page("Areas.SaferCustody.Cases.CasesController.Entry GET", SaferCustody, w => Record(f => w.Case(f), c => c.Id, "/safercustody/cases/{id}/entries/new")),
        Page("Areas.SaferCustody.Cases.CasesController.Close GET", SaferCustody, w => Record(f => w.Case(f), c => c.Id, "/safercustody/cases/{id}/close")),
        Page("Areas.SaferCustody.Meeting.MeetingController.Index GET", SaferCustody, "/safercustody/meeting"),

        Page("Areas.CareExperienced.Home.HomeController.Index ANY", FamilyLead, "/careexperienced"),
        Page("Areas.ForeignNationals.Home.HomeController.Index ANY", FamilyLead, "/foreignnationals"),
        Page("Areas.CareExperienced.Register.RegisterController.Register GET", Roles.FamilyServices, "/careexperienced/register", ("prisonNumber", "A1234BC")),
        Page("Areas.CareExperienced.Register.RegisterController.Details GET", FamilyLead, w => Record(f => Areas.CareForeign.CareForeignTestData.Record(w.App, f ? "SHI" : "WYI"), r => r.Id, "/careexperienced/{id}")),
        Page("Areas.CareExperienced.Register.RegisterController.Contact GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.Record(w.App, f ? "SHI" : "WYI"), r => r.Id, "/careexperienced/{id}/contacts/new")),
        Page("Areas.CareExperienced.Register.RegisterController.Consent GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.Record(w.App, f ? "SHI" : "WYI"), r => r.Id, "/careexperienced/{id}/consent")),
        Page("Areas.CareExperienced.Register.RegisterController.Worklist GET", FamilyLead, "/careexperienced/worklist"),
        Page("Areas.ForeignNationals.Records.RecordsController.Details GET", FamilyLead, w => Record(f => Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, f ? "SHI" : "WYI"), p => p.Id, "/foreignnationals/{id}",
            ("date", W.Date(W.Today.AddDays(30))))),
        Page("Areas.ForeignNationals.Records.RecordsController.Worklist GET", FamilyLead, "/foreignnationals/worklist"),
        Page("Areas.ForeignNationals.Records.RecordsController.Family GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, f ? "SHI" : "WYI"), p => p.Id, "/foreignnationals/{id}/family/new")),
        Page("Areas.ForeignNationals.Records.RecordsController.Credit GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, f ? "SHI" : "WYI"), p => p.Id, "/foreignnationals/{id}/credit/new")),
        Page("Areas.ForeignNationals.Records.RecordsController.Official GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, f ? "SHI" : "WYI"), p => p.Id, "/foreignnationals/{id}/officials/new")),
        Page("Areas.ForeignNationals.Records.RecordsController.Interpreter GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, f ? "SHI" : "WYI"), p => p.Id, "/foreignnationals/{id}/interpreters/new")),
        Page("Areas.ForeignNationals.Records.RecordsController.NightCall GET", Roles.FamilyServices, async w =>
        {
            var (home, foreign) = (await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App), await Areas.CareForeign.CareForeignTestData.ForeignNational(w.App, "SHI"));
            var (family, foreignFamily) = (await Areas.CareForeign.CareForeignTestData.Family(w.App, home), await Areas.CareForeign.CareForeignTestData.Family(w.App, foreign));
            return new GetTarget
            {
                Url = "/foreignnationals/{id}/family/{familyId}/nightcalls/new", Route = new() { ["id"] = S(home.Id), ["familyId"] = S(family.Id) },
                Foreign = new() { ["id"] = S(foreign.Id), ["familyId"] = S(foreignFamily.Id) },
            };
        }),
        // Drop-in sessions and deciding night-call requests (issue 12, t12-dropins).
        Page("Areas.CareExperienced.DropIns.DropInsController.Index GET", FamilyLead, "/careexperienced/dropins"),
        Page("Areas.CareExperienced.DropIns.DropInsController.Create GET", Roles.FamilyServices, "/careexperienced/dropins/new"),
        Page("Areas.CareExperienced.DropIns.DropInsController.Details GET", FamilyLead, w => Record(f => Areas.CareForeign.CareForeignTestData.DropIn(w.App, f ? "SHI" : "WYI"), s => s.Id, "/careexperienced/dropins/{id}")),
        Page("Areas.CareExperienced.DropIns.DropInsController.Attendance GET", Roles.FamilyServices, w => Record(f => Areas.CareForeign.CareForeignTestData.DropIn(w.App, f ? "SHI" : "WYI"), s => s.Id, "/careexperienced/dropins/{id}/attendance")),
        Page("Areas.ForeignNationals.Records.RecordsController.DecideNightCall GET", Roles.FamilyServices, async w =>
        {
            var (home, foreign) = (await Areas.CareForeign.CareForeignTestData.NightCall(w.App), await Areas.CareForeign.CareForeignTestData.NightCall(w.App, "SHI"));
            return new GetTarget
            {
                Url = "/foreignnationals/{id}/family/{familyId}/nightcalls/{callId}/decision",
                Route = new() { ["id"] = S(home.FamilyAbroad!.PrisonerId), ["familyId"] = S(home.FamilyAbroadId), ["callId"] = S(home.Id) },
                Foreign = new() { ["id"] = S(foreign.FamilyAbroad!.PrisonerId), ["familyId"] = S(foreign.FamilyAbroadId), ["callId"] = S(foreign.Id) },
            };
        }),
        Page("Areas.Dashboard.Home.HomeController.Index GET", FamilyLead, "/dashboard", ("month", Month)),
        Page("Areas.Dashboard.Home.HomeController.Measure GET", FamilyLead, "/dashboard/measures/visits.booked", ("month", Month), ("page", "1")),
        Page("Areas.Dashboard.Home.HomeController.RowsCsv GET", FamilyLead, "/dashboard/measures/visits.booked/rows.csv", ("month", Month)) with { Statuses = [200, 404] },
        Page("Areas.Dashboard.Home.HomeController.RowsXlsx GET", FamilyLead, "/dashboard/measures/needs.children_pct/rows.xlsx", ("month", Month)) with { Statuses = [200, 404] },
        Page("Areas.Dashboard.Home.HomeController.MeasuresCsv GET", FamilyLead, "/dashboard/measures.csv", ("month", Month)) with { Statuses = [200, 404] },
        Page("Areas.Dashboard.Home.HomeController.MeasuresXlsx GET", FamilyLead, "/dashboard/measures.xlsx", ("month", Month)) with { Statuses = [200, 404] },
        Page("Areas.Dashboard.Home.HomeController.Report GET", FamilyLead, "/dashboard/report", ("month", Month)),
        Page("Areas.Dashboard.National.NationalController.Index GET", Roles.NationalViewer, "/dashboard/national", ("month", Month), ("sort", "contact.regular_pct"), ("order", "desc")),
        Page("Areas.Dashboard.National.NationalController.MeasuresCsv GET", Roles.NationalViewer, "/dashboard/national/measures.csv", ("month", Month)) with { Statuses = [200, 404] },
        // Self-assessment (decision 0022)
        Page("Areas.Dashboard.SelfAssessment.SelfAssessmentController.Index GET", FamilyLead, "/dashboard/self-assessment", ("year", Year)) with { Statuses = [200, 404] },
        Page("Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement GET", FamilyLead, _ => Task.FromResult(new GetTarget
            { Url = "/dashboard/self-assessment/{year}/{number}", Route = new() { ["year"] = Year, ["number"] = "14" } })),
        Page("Areas.Dashboard.SelfAssessment.SelfAssessmentController.NewAction GET", FamilyLead, _ => Task.FromResult(new GetTarget
            { Url = "/dashboard/self-assessment/{year}/actions/new", Route = new() { ["year"] = Year }, Query = PostTable.F(("requirement", "14")) })),
        Page("Areas.Dashboard.SelfAssessment.SelfAssessmentController.EditAction GET", FamilyLead, async w => new GetTarget
        {
            Url = "/dashboard/self-assessment/actions/{id}", Route = new() { ["id"] = S((await Areas.Dashboard.SelfAssessmentTestData.ActionItem(w.App, "WYI")).Id) },
            Foreign = new() { ["id"] = S((await Areas.Dashboard.SelfAssessmentTestData.ActionItem(w.App, "SHI")).Id) },
        }),
        Page("Areas.Dashboard.Framework.FrameworkController.Index GET", Roles.NationalViewer, "/dashboard/national/framework"),
        Page("Areas.Dashboard.Framework.FrameworkController.Edit GET", Roles.NationalViewer, _ => Task.FromResult(new GetTarget
            { Url = "/dashboard/national/framework/{number}", Route = new() { ["number"] = "14" } })),
        Page("Areas.Admin.Home.HomeController.Index ANY", Admin, "/admin"),
        Page("Areas.Admin.Staff.StaffController.Index GET", Admin, "/admin/staff"),
        Page("Areas.Admin.Staff.StaffController.Create GET", Admin, "/admin/staff/new"),
        Page("Areas.Admin.Staff.StaffController.Edit GET", Admin, async w =>
        {
            var (home, foreign) = (await w.StaffUser(), await w.StaffUser(foreign: true));
            return new GetTarget { Url = "/admin/staff/{id}", Route = new() { ["id"] = home.Id }, Foreign = new() { ["id"] = foreign.Id } };
        }),
        Page("Areas.Admin.Settings.SettingsController.Edit GET", Admin, "/admin/settings"),

        // The visit day (issue 13).
        Page("Areas.Visits.FindVisit.FindVisitController.Find GET", Booker, "/visits/find", ("q", "Badinput"), ("date", W.Date(W.Today))),
        Page("Areas.Visits.FindVisit.PrisonerVisitsController.Index GET", Booker, w => Prisoner(w, "/prisoners/{prisonerId}/visits")),
        Page("Areas.Visits.VisitDay.VisitDayController.Day GET", Booker, "/visits/day", ("date", W.Date(W.Today))),
        Page("Areas.Visits.VisitDay.VisitDayController.PrintDay GET", Booker, "/visits/day/print", ("date", W.Date(W.Today))) with { Statuses = [200, 302] },
        Page("Areas.Visits.VisitDay.VisitDayController.Session GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.SessionSlotId, "/visits/day/sessions/{id}")),
        Page("Areas.Visits.VisitDay.VisitDayController.Print GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.SessionSlotId, "/visits/day/sessions/{id}/print")),
        Page("Areas.Visits.VisitDay.VisitDayController.Passes GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.SessionSlotId, "/visits/day/sessions/{id}/passes")),
        Page("Areas.Visits.VisitDay.VisitDayController.Run GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.SessionSlotId, "/visits/day/sessions/{id}/run")),
        Page("Areas.Visits.VisitDay.VisitDayController.Arrival GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.Id, "/visits/day/visits/{id}/arrival")),
        Page("Areas.Visits.VisitDay.VisitDayController.Outcome GET", Booker, w => Record(f => VisitDayRows.PastVisit(w, f), v => v.Id, "/visits/day/visits/{id}/outcome")),
        Page("Areas.Visits.VisitDay.VisitDayController.Correct GET", VisitsManager, w => Record(f => VisitDayRows.PastVisit(w, f, Domain.Visits.VisitOutcome.Completed), v => v.Id, "/visits/day/visits/{id}/correct")),
        Page("Areas.Visits.VisitDay.VisitDayController.Unresolved GET", Booker, "/visits/unresolved"),
        // Family days, forums, schemes and surveys (issue 11).
        .. FamilyDaysRows.Gets(),
        // No visits, Help with Prison Visits, hall tables (issue 13 §5, §6, §3).
        .. NoVisitsRows.Gets(),
        // Video calls (issue 10).
        .. VideoCallsRows.Gets(),
    ];
}
