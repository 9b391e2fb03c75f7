using System.Net;
using AngleSharp.Dom;
using FamilyTies.Domain.Establishments;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Admin;

[Collection("App")]
public sealed class EstablishmentSettingsTests(AppFixture fixture)
{
    [Fact]
    public async Task The_settings_page_shows_the_establishment_s_real_values()
    {
        using var admin = await StaffClient.SignedIn(fixture.App(DatabaseKind.Sqlite), "admin.littlehey");
        var page = await admin.GetPage("/admin/settings");
        Assert.Equal("HMP Littlehey", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value);
        Assert.Equal("3", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#MaxAdultsPerVisit")!.Value);
        Assert.Equal("40.00", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#SpendPerAdult")!.Value);
        Assert.Equal("5.00", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#SpendPerChild")!.Value);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_valid_change_is_saved_and_audited(DatabaseKind db)
    {
        var app = fixture.App(db);
        using var admin = await StaffClient.SignedIn(app, "admin.stokeheath");
        var response = await admin.PostForm("/admin/settings", "/admin/settings", new Dictionary<string, string>
        {
            ["VisitsBookingNumber"] = "01630 636001",
            ["FamilyDaysPerYearTarget"] = "14",
            ["SpendPerAdult"] = "35.50",
        }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var data = app.Db();
        var stokeHeath = await data.Establishments.SingleAsync(e => e.Code == "SHI");
        Assert.Equal("01630 636001", stokeHeath.VisitsBookingNumber);
        Assert.Equal(14, stokeHeath.FamilyDaysPerYearTarget);
        Assert.Equal(35.50m, stokeHeath.SpendPerAdult);
        var audit = await data.AuditEvents.Where(a => a.EntityType == "Establishment" && a.EntityId == stokeHeath.Id.ToString())
            .OrderByDescending(a => a.Id).FirstAsync();
        Assert.Contains("VisitsBookingNumber", audit.Changes);
    }

    [Fact]
    public async Task The_safer_custody_line_hours_are_saved_and_shown_again()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var admin = await StaffClient.SignedIn(app, "admin.littlehey");
        var before = await admin.GetPage("/admin/settings");
        Assert.Equal("09:00", before.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#SaferCustodyLineOpens")!.Value);

        var form = new List<KeyValuePair<string, string>>
        {
            new("SaferCustodyLineOpens", "7:30"),
            new("SaferCustodyLineCloses", "20:00"),
            new("SaferCustodyLineDays", "Monday"),
            new("SaferCustodyLineDays", "Saturday"),
            new("SaferCustodyLineDays", "Sunday"),
        };
        var response = await admin.PostForm("/admin/settings", "/admin/settings", form, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var data = app.Db();
        var littlehey = await data.Establishments.AsNoTracking().SingleAsync(e => e.Code == "LHI");
        Assert.Equal(new TimeOnly(7, 30), littlehey.SaferCustodyLineOpens);
        Assert.Equal(new TimeOnly(20, 0), littlehey.SaferCustodyLineCloses);
        Assert.Equal(Weekdays.Monday | Weekdays.Saturday | Weekdays.Sunday, littlehey.SaferCustodyLineDays);

        var after = await admin.GetPage("/admin/settings");
        Assert.Equal("07:30", after.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#SaferCustodyLineOpens")!.Value);
        var ticked = after.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=SaferCustodyLineDays]").Where(i => i.IsChecked).Select(i => i.Value);
        Assert.Equal(["Monday", "Saturday", "Sunday"], ticked);

        // Put the demo hours back for the other tests.
        await using var restore = app.Db();
        var row = await restore.Establishments.SingleAsync(e => e.Code == "LHI");
        row.SaferCustodyLineOpens = new TimeOnly(9, 0);
        row.SaferCustodyLineCloses = new TimeOnly(17, 0);
        row.SaferCustodyLineDays = WeekdaysExtensions.MondayToFriday;
        await restore.SaveChangesAsync();
    }

    [Fact]
    public async Task Unticking_every_day_is_refused()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");
        var page = await admin.GetPage("/admin/settings");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form[action='/admin/settings'] input[name=__RequestVerificationToken]")!.Value;
        var fields = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("form[action='/admin/settings'] input")
            .Where(i => i.Name is { Length: > 0 } n && n != "__RequestVerificationToken" && n != "SaferCustodyLineDays" && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Append(new("Type", "MaleCategoryC"))
            .Append(new("__RequestVerificationToken", token));
        var response = await admin.Http.PostAsync("/admin/settings", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select the days the safer custody line is staffed"], (await StaffClient.Parse(response)).ErrorSummary());
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Name", "", "Enter the name" },
        { "Code", "W1", "Establishment code must be 3 capital letters, like WYI" },
        { "Code", "LHI", "Another establishment already has that code" },
        { "Type", "NotAType", "Select the type of establishment" },
        { "OperationalCapacity", "abc", "Operational capacity must be a number, like 12" },
        { "OperationalCapacity", "0", "Operational capacity must be between 1 and 5000" },
        { "SwitchboardNumber", "12345", "Enter the switchboard number as a UK telephone number, like 01772 442000" },
        { "SwitchboardHours", "", "Enter the switchboard hours" },
        { "VisitsBookingNumber", "", "Enter the visits booking number" },
        { "MaxVisitorsPerVisit", "11", "Most visitors on one visit must be between 1 and 10" },
        { "MaxAdultsPerVisit", "5", "Most adults on one visit cannot be more than most visitors on one visit" },
        { "AdultAge", "22", "Age at which a visitor counts as an adult must be between 16 and 21" },
        { "ChildIdAge", "19", "Age from which a child needs ID must be no more than the adult age" },
        { "MaxBookingNoticeDays", "0", "Most days ahead a visit can be booked must be between 1 and 365" },
        { "SpendPerAdult", "12.345", "Spend allowed per adult must be in pounds and pence, like 40.00" },
        { "SpendPerChild", "-1", "Spend allowed per child must be between £0 and £500" },
        { "VisitingOrdersBasic", "5", "Standard must give at least as many visiting orders as Basic" },
        { "VisitingOrdersEnhanced", "27", "Visiting orders a month on Enhanced must be between 0 and 26" },
        { "VideoCallMinutesPerMonth", "90", "Video-call minutes a month must be between 0 and 60 (the national policy maximum)" },
        { "VideoCallsPerMonth", "11", "Video calls a month must be between 0 and 10" },
        { "MaxVideoCallParticipants", "5", "Most people on one video call must be between 1 and 4 (the national policy maximum)" },
        { "ForumIntervalMaxMonths", "1", "Longest gap between forums must be at least the shortest gap" },
        { "SurveyIntervalMonths", "13", "Months between surveys must be between 1 and 12" },
        { "NoVisitsLongLookbackDays", "30", "The long look-back must be longer than the short look-back" },
        { "VoicemailCheckIntervalMinutes", "2", "Voicemail check interval must be between 5 and 1440" },
        { "WebFormPickupHours", "96", "Web-form pick-up must be between 1 and 72 hours (the service level is 72 hours at most)" },
        { "CallbackTargetHours", "", "Enter the call-back target" },
        { "UrgentFirstActionMinutes", "0", "First action on an urgent contact must be between 1 and 240" },
        { "RoutineFirstActionHours", "100", "First action on a routine contact must be between 1 and 72" },
        { "SaferCustodyLineOpens", "", "Enter the time the safer custody line is staffed from" },
        { "SaferCustodyLineOpens", "8am", "Enter the time the safer custody line is staffed from in the 24-hour clock, like 08:00" },
        { "SaferCustodyLineCloses", "07:00", "The safer custody line must be staffed until a time later than it opens" },
        { "SaferCustodyLineDays", "Someday", "Select days from the list" },
        // Care-experienced and foreign-national settings (issue 12).
        { "PersonalAdviserContactIntervalWeeks", "0", "Weeks between personal adviser contacts must be between 1 and 26" },
        { "PersonalAdviserContactIntervalWeeks", "27", "Weeks between personal adviser contacts must be between 1 and 26" },
        { "PhoneHoursOpen", "8am", "Enter the time prisoners' phones are on from in the 24-hour clock, like 08:00" },
        { "PhoneHoursClose", "07:00", "Prisoners' phones must be off at a time later than they are on from" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Each_bad_setting_is_named_in_the_error_summary_and_nothing_is_saved(string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await using var data = app.Db();
        var before = await data.Establishments.AsNoTracking().SingleAsync(e => e.Code == "WYI");
        using var admin = await StaffClient.SignedIn(app, "admin.wymott");

        var response = await admin.PostForm("/admin/settings", "/admin/settings",
            new Dictionary<string, string> { [field] = value, ["OutOfHoursHours"] = "Changed but must not be saved" }, keepPrefilled: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal([message], page.ErrorSummary());
        var after = await data.Establishments.AsNoTracking().SingleAsync(e => e.Code == "WYI");
        Assert.Equal(before.OutOfHoursHours, after.OutOfHoursHours);
    }
}
