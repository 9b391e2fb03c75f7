using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// Issue 13 §7, the booking journey fixes found in first use, through the real app: full sessions, closed-only
/// sessions, sessions by week, an adult main contact with their own phone, phone refusals that say why, amendments
/// that record why, and a printable confirmation for the family. Each test owns its users, prisoner and sessions.
/// </summary>
[Collection("App")]
public sealed class BookingJourneyFixesTests(AppFixture fixture)
{
    private static KeyValuePair<string, string>[] Answers(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToArray();

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffClient.Parse(response);
    }

    [Fact]
    public async Task A_full_session_is_shown_as_full_and_visits_staff_cannot_choose_it_but_a_manager_can()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 1);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        var other = await PeopleTestData.Prisoner(app, "WYI", "Otherbooked");
        await VisitsTestData.BookedVisit(app, other, session, date);
        var key = $"{session.Id}:{VisitsTestData.Iso(date)}";
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        var page = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "session", Answers(("VisitorIds", visitor.Id.ToString()))));
        var radio = page.QuerySelector($"input[name=Slot][value='{key}']")!;
        Assert.True(radio.HasAttribute("disabled"));
        Assert.Contains("Full", page.QuerySelector($"label[for='{radio.Id}']")!.TextContent);

        var refused = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "support", Answers(("VisitorIds", visitor.Id.ToString()), ("Slot", key))));
        Assert.Equal([$"The {LondonTime.FormatTimes(session.StartTime, session.EndTime)} session on {LondonTime.FormatDayAndDate(date)} is full. Select another session, or ask a visits manager to overbook it"],
            refused.ErrorSummary());

        using var manager = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "WYI");
        var managerPage = await Page(await VisitsTestData.PostStep(manager, prisoner.Id, "session", Answers(("VisitorIds", visitor.Id.ToString()))));
        var managerRadio = managerPage.QuerySelector($"input[name=Slot][value='{key}']")!;
        Assert.False(managerRadio.HasAttribute("disabled"));
        Assert.Contains("Full", managerPage.QuerySelector($"label[for='{managerRadio.Id}']")!.TextContent);
        var support = await Page(await VisitsTestData.PostStep(manager, prisoner.Id, "support", Answers(("VisitorIds", visitor.Id.ToString()), ("Slot", key))));
        Assert.Empty(support.ErrorSummary());
        Assert.NotNull(support.QuerySelector("form[action$='/contact']"));
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));
    }

    [Fact]
    public async Task A_closed_only_session_is_not_offered_for_an_open_visit_but_is_for_a_closed_one()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.ClosedOnlySession(app, closedCapacity: 2);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        var key = $"{session.Id}:{VisitsTestData.Iso(date)}";
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        var open = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "session", Answers(("VisitorIds", visitor.Id.ToString()))));
        Assert.Null(open.QuerySelector($"input[name=Slot][value='{key}']"));
        var refused = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "support", Answers(("VisitorIds", visitor.Id.ToString()), ("Slot", key))));
        Assert.Equal(["Select a session from the list: the one chosen is not offered for these visitors"], refused.ErrorSummary());

        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.Restrictions.Add(new Restriction { ContactId = visitor.Id, Type = RestrictionType.Closed, Reason = "Test", StartDate = VisitsTestData.Today });
            await db.SaveChangesAsync();
        }
        var closed = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "session", Answers(("VisitorIds", visitor.Id.ToString()))));
        Assert.NotNull(closed.QuerySelector($"input[name=Slot][value='{key}']"));
    }

    [Fact]
    public async Task Sessions_are_grouped_under_a_heading_for_each_week()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        var page = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "session", Answers(("VisitorIds", visitor.Id.ToString()))));

        // The session runs weekly: each of its dates sits under the heading of its own week, in order.
        string? week = null;
        var seen = new List<DateOnly>();
        foreach (var element in page.QuerySelectorAll("h2[data-testid=week], input[name=Slot]"))
        {
            if (element.LocalName == "h2")
            {
                week = element.TextContent.Trim();
                continue;
            }
            var value = element.GetAttribute("value")!.Split(':');
            if (value[0] != session.Id.ToString())
            {
                continue;
            }
            var day = DateOnly.ParseExact(value[1], "yyyy-MM-dd");
            seen.Add(day);
            Assert.Equal($"Week beginning {LondonTime.FormatDate(SessionTimetable.WeekStarting(day))}", week);
        }
        Assert.Contains(date, seen);
        Assert.Contains(date.AddDays(7), seen);
        var headings = page.QuerySelectorAll("h2[data-testid=week]").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(headings.Distinct().Count(), headings.Count);
    }

    [Fact]
    public async Task The_main_contact_must_be_an_adult_and_their_own_phone_is_offered()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Contactcheck");
        var (child, childLink) = await PeopleTestData.Contact(app, prisoner, "Aaron", VisitsTestData.Today.AddYears(-6));
        var (adult, _) = await PeopleTestData.Contact(app, prisoner, "Zena", new DateOnly(1982, 4, 4));
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            (await db.Contacts.SingleAsync(c => c.Id == child.Id)).Phone = "+441614960001";
            (await db.Contacts.SingleAsync(c => c.Id == adult.Id)).Phone = "+441614960002";
            (await db.PrisonerContacts.SingleAsync(l => l.Id == childLink.Id)).ChildContactApproved = true;
            await db.SaveChangesAsync();
        }
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        var answers = new List<KeyValuePair<string, string>>(Answers(("VisitorIds", child.Id.ToString()), ("VisitorIds", adult.Id.ToString()),
            ("Slot", $"{session.Id}:{VisitsTestData.Iso(date)}")));

        var page = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "contact", answers));
        var choices = page.QuerySelectorAll("input[name=MainContactId][type=radio]").ToList();
        Assert.Equal([adult.Id.ToString()], choices.Select(c => c.GetAttribute("value")));
        Assert.True(choices[0].HasAttribute("checked"));
        Assert.Equal("0161 496 0002", page.QuerySelector("input[name=MainContactPhone]")!.GetAttribute("value"));

        answers.AddRange(Answers(("MainContactId", child.Id.ToString()), ("RequestMethod", "Phone")));
        var refused = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "check", answers));
        Assert.Equal(["The main contact must be an adult: select an adult visitor"], refused.ErrorSummary());
        var notBooked = await Page(await staff.Http.PostAsync($"/visits/book/{prisoner.Id}", new FormUrlEncodedContent(
            answers.Append(new("__RequestVerificationToken", await VisitsTestData.Token(staff, prisoner.Id))))));
        Assert.Contains("The main contact must be an adult: select an adult visitor", notBooked.ErrorSummary());
        await using var check = app.Db(prisoner.EstablishmentId);
        Assert.False(await check.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));
    }

    public static TheoryData<string, string?> Phones => new()
    {
        { "0161 496", "Phone number has too few digits (7): a UK number has 10 or 11 digits, like 0161 496 0000" },
        { "0161 ABC", "Phone number must not contain letters: enter digits only, like 0161 496 0000" },
        { "0161 496 0000 00", "Phone number has too many digits (13): a UK number has 10 or 11 digits. For an international number, start with + and the country code" },
        { "161 496 0000", null }, // libphonenumber reads it as a UK number without its 0
        { "0161 496 0000", null },
        { "+48 22 123 4567", null },
    };

    [Theory]
    [MemberData(nameof(Phones))]
    public async Task A_refused_phone_number_says_why(string phone, string? message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
        booking["MainContactPhone"] = phone;

        var page = await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "check", booking));

        Assert.Equal(message is null ? [] : [message], page.ErrorSummary());
    }

    [Fact]
    public async Task The_Ofcom_drama_mobile_number_is_judged_by_libphonenumber_and_a_refusal_says_why()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        var booking = VisitsTestData.Booking(visitor.Id, session.Id, date);
        booking["MainContactPhone"] = "07700 900123";

        var errors = (await Page(await VisitsTestData.PostStep(staff, prisoner.Id, "check", booking))).ErrorSummary();

        // libphonenumber (the one judge of a number) decides; when it refuses, the page says why, not only an example.
        if (PhoneNumber.Normalise("07700 900123") is null)
        {
            Assert.Equal(["Numbers from 07700 900000 to 07700 900999 are kept by Ofcom for TV and film, so no one can be called on them: check the number"], errors);
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    [Fact]
    public async Task Amending_a_visit_needs_a_reason_which_the_history_shows()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        Assert.Equal(HttpStatusCode.Redirect, (await VisitsTestData.Book(staff, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date))).StatusCode);
        int visitId;
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            visitId = (await db.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id)).Id;
        }
        var url = $"/visits/bookings/{visitId}/amend";

        var refused = await Page(await staff.PostForm(url, url, new Dictionary<string, string> { ["HearingLoop"] = "true" }, keepPrefilled: true));
        Assert.Equal(["Select why the visit is being changed"], refused.ErrorSummary());
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            Assert.False((await db.Visits.SingleAsync(v => v.Id == visitId)).HearingLoop);
            Assert.False(await db.VisitEvents.AnyAsync(e => e.VisitId == visitId && e.Type == VisitEventType.Amended));
        }

        var saved = await staff.PostForm(url, url, new Dictionary<string, string>
        {
            ["HearingLoop"] = "true", ["AmendReason"] = "PrisonerCancelled", ["AmendDetail"] = "Asked on the wing",
        }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = (await staff.GetPage($"/visits/bookings/{visitId}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("The prisoner asked for the change: Asked on the wing. Additional support changed", history);
    }

    [Fact]
    public async Task The_confirmation_offers_a_printable_confirmation_for_the_family()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        var booked = await VisitsTestData.Book(staff, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date));
        var confirmation = await staff.GetPage(booked.Headers.Location!.ToString());
        var link = confirmation.QuerySelector("[data-testid=print-link]")!.GetAttribute("href")!;
        await using var db = app.Db(prisoner.EstablishmentId);
        var visit = await db.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id);
        var wymott = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == prisoner.EstablishmentId);

        // Nothing but the visit's id in the address.
        Assert.Equal($"/visits/bookings/{visit.Id}/print", link);
        var print = await staff.GetPage(link);

        Assert.Equal(visit.Reference, print.QuerySelector("[data-testid=reference]")!.TextContent.Trim());
        Assert.Equal(LondonTime.FormatDayAndDate(date), print.QuerySelector("[data-testid=date]")!.TextContent.Trim());
        Assert.StartsWith(LondonTime.FormatTimes(session.StartTime, session.EndTime), print.QuerySelector("[data-testid=time]")!.TextContent.Trim());
        Assert.Equal(visitor.FullName, print.QuerySelector("[data-testid=visitors]")!.TextContent.Trim());
        Assert.Contains($"Adults (aged {wymott.AdultAge} or over) must bring photo ID", print.QuerySelector("[data-testid=id-rules]")!.TextContent);
        Assert.Contains($"Children under {wymott.ChildIdAge} do not need ID", print.QuerySelector("[data-testid=id-rules]")!.TextContent);
        var change = print.QuerySelector("[data-testid=how-to-change]")!.TextContent;
        Assert.Contains(wymott.VisitsBookingNumber, change);
        Assert.Contains(visit.Reference, change);
    }
}
