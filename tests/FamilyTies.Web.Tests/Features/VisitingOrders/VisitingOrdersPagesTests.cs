using System.Net;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using static FamilyTies.Web.Tests.Features.VisitingOrders.VisitingOrdersTestData;

namespace FamilyTies.Web.Tests.Features.VisitingOrders;

/// <summary>The "Visiting orders" tab and the visits manager's changes to a balance, over HTTP.</summary>
[Collection("App")]
public sealed class VisitingOrdersPagesTests(AppFixture fixture)
{
    private const string Manager = "visitsmanager.wymott";
    private static readonly string[] Actions = ["adjust", "accumulate", "exchange", "substitute"];

    private static string Tab(Prisoner p) => $"/prisoners/{p.Id}/visiting-orders";

    private static Task<HttpResponseMessage> Submit(StaffClient client, Prisoner p, string action, Dictionary<string, string> fields) =>
        client.PostForm($"{Tab(p)}/{action}", $"{Tab(p)}/{action}", fields);

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_tab_shows_the_balance_and_history_and_is_read_only_for_visits_staff(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app, level: IncentiveLevel.Enhanced);
        await Post(app, prisoner, VisitingOrderEntryType.Allocation, 3, "March 2026 allocation (Enhanced)");
        await Post(app, prisoner, VisitingOrderEntryType.UsedForVisit, -1, "Booked for a visit");

        using var staff = await StaffClient.SignedIn(app, "visits.wymott");
        var page = await staff.GetPage(Tab(prisoner));
        Assert.Equal("Visiting orders", page.QuerySelector(".moj-sub-navigation__link[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("[data-testid=visiting-order-balance]")!.TextContent.Trim());
        Assert.Contains("3 visiting orders a month (Enhanced)", page.QuerySelector("[data-testid=visiting-order-summary]")!.TextContent);
        var rows = page.QuerySelectorAll("[data-testid=visiting-order-history] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Used for a visit", "-1", "2", "Booked for a visit", "FamilyTies (automatic)"], rows[0][1..]);
        Assert.Equal(["Monthly allocation", "+3", "3"], rows[1][1..4]);
        Assert.Matches(@"^\d{1,2} \w+ \d{4} at \d{1,2}(:\d{2})?(am|pm)$", rows[0][0]);
        Assert.Null(page.QuerySelector("[data-testid=visiting-order-actions]"));
        foreach (var action in Actions)
        {
            Assert.Contains("/error/403", (await staff.Http.GetAsync($"{Tab(prisoner)}/{action}")).Headers.Location!.ToString());
        }

        using var manager = await StaffClient.SignedIn(app, Manager);
        var managed = await manager.GetPage(Tab(prisoner));
        Assert.NotNull(managed.QuerySelector("[data-testid=visiting-order-actions]"));
        Assert.Null(managed.QuerySelector($"a[href='{Tab(prisoner)}/substitute']"));
    }

    [Fact]
    public async Task A_remand_prisoner_s_tab_says_they_are_not_allocated_orders()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await Prisoner(app, legalStatus: LegalStatus.Remand);
        using var staff = await StaffClient.SignedIn(app, "familylead.wymott");
        var page = await staff.GetPage(Tab(prisoner));
        Assert.Contains("remand prisoners are not allocated visiting orders", page.QuerySelector("[data-testid=visiting-order-summary]")!.TextContent);
        Assert.Contains("No visiting orders have been allocated", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_establishment_s_prisoner_is_not_found_on_any_page(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var theirs = await Prisoner(app, "LHI");
        await Post(app, theirs, VisitingOrderEntryType.ManualAdjustment, 2);
        using var manager = await StaffClient.SignedIn(app, Manager);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync(Tab(theirs))).StatusCode);
        foreach (var action in Actions)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"{Tab(theirs)}/{action}")).StatusCode);
        }

        // Posting with a token from one of our own pages changes nothing there either.
        var ours = await Prisoner(app);
        var page = await manager.GetPage($"{Tab(ours)}/adjust");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await manager.Http.PostAsync($"{Tab(theirs)}/adjust", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Direction"] = "Remove", ["Number"] = "2", ["Reason"] = "CorrectiveAction",
        }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(2, await ConsistentBalance(app, theirs));
    }

    [Fact]
    public async Task A_manual_adjustment_needs_a_reason_and_cannot_take_the_balance_below_zero()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        using var manager = await StaffClient.SignedIn(app, Manager);

        var noReason = await Submit(manager, prisoner, "adjust", new() { ["Direction"] = "Add", ["Number"] = "2" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal(["Select the reason for the adjustment"], (await StaffClient.Parse(noReason)).ErrorSummary());
        var other = await Submit(manager, prisoner, "adjust", new() { ["Direction"] = "Add", ["Number"] = "2", ["Reason"] = "Other" });
        Assert.Equal(["Enter details of the reason for the adjustment"], (await StaffClient.Parse(other)).ErrorSummary());
        Assert.Empty((await Ledger(app, prisoner)).Entries);

        var added = await Submit(manager, prisoner, "adjust", new()
        {
            ["Direction"] = "Add", ["Number"] = "2", ["Reason"] = "BalanceTransferFromPreviousPrison", ["Detail"] = "From HMP Garth",
        });
        Assert.Equal(Tab(prisoner), added.Headers.Location!.ToString());
        var tab = await manager.GetPage(Tab(prisoner));
        Assert.Contains("2 visiting orders added. Osian Ledgerwood now has 2 visiting orders", tab.QuerySelector(".govuk-notification-banner")!.TextContent);

        var tooMany = await Submit(manager, prisoner, "adjust", new() { ["Direction"] = "Remove", ["Number"] = "3", ["Reason"] = "CorrectiveAction" });
        Assert.Equal(["Osian Ledgerwood has 2 visiting orders. You cannot remove more than that"], (await StaffClient.Parse(tooMany)).ErrorSummary());
        await Submit(manager, prisoner, "adjust", new() { ["Direction"] = "Remove", ["Number"] = "1", ["Reason"] = "GovernorAdjustment" });

        Assert.Equal(1, await ConsistentBalance(app, prisoner));
        var entries = (await Ledger(app, prisoner)).Entries;
        Assert.Equal([("Balance transferred from previous prison: From HMP Garth", 2), ("Governor's adjustment", -1)],
            entries.Select(e => (e.Reason, e.Change)));
        Assert.All(entries, e => Assert.Equal(VisitingOrderEntryType.ManualAdjustment, e.Type));
        Assert.All(entries, e => Assert.NotEqual("system", e.UserId));
        Assert.Contains("Visits manager (HMP Wymott)", (await manager.GetPage(Tab(prisoner))).QuerySelector("[data-testid=visiting-order-history]")!.TextContent);
    }

    [Fact]
    public async Task An_exchange_takes_one_order_and_is_refused_at_a_zero_balance()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        using var manager = await StaffClient.SignedIn(app, Manager);

        var refused = await Submit(manager, prisoner, "exchange", new() { ["ExchangeFor"] = "PhoneCredit" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Osian Ledgerwood has no visiting orders to exchange"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Empty((await Ledger(app, prisoner)).Entries);

        await Post(app, prisoner, VisitingOrderEntryType.Allocation, 2);
        Assert.Equal(HttpStatusCode.Redirect, (await Submit(manager, prisoner, "exchange", new() { ["ExchangeFor"] = "PhoneCredit", ["Detail"] = "£5 credit" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Submit(manager, prisoner, "exchange", new() { ["ExchangeFor"] = "Letter" })).StatusCode);
        var last = await Submit(manager, prisoner, "exchange", new() { ["ExchangeFor"] = "Letter" });
        Assert.Equal(["Osian Ledgerwood has no visiting orders to exchange"], (await StaffClient.Parse(last)).ErrorSummary());

        Assert.Equal(0, await ConsistentBalance(app, prisoner));
        Assert.Equal([VisitingOrderEntryType.Allocation, VisitingOrderEntryType.ExchangedForPhoneCredit, VisitingOrderEntryType.ExchangedForLetter],
            (await Ledger(app, prisoner)).Entries.Select(e => e.Type));
    }

    [Fact]
    public async Task Accumulated_visits_add_the_approved_orders_up_to_the_national_maximum()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var prisoner = await Prisoner(app);
        await Post(app, prisoner, VisitingOrderEntryType.Allocation, 2);
        using var manager = await StaffClient.SignedIn(app, Manager);

        var missing = await Submit(manager, prisoner, "accumulate", new() { ["Number"] = "4" });
        Assert.Equal(["Enter who approved the accumulated visits", "Enter the reason for the accumulated visits"], (await StaffClient.Parse(missing)).ErrorSummary());

        var approved = await Submit(manager, prisoner, "accumulate", new()
        {
            ["Number"] = "4", ["ApprovedBy"] = "R. Haworth, Head of Operations", ["Reason"] = "Temporary transfer to HMP Cardiff to see family",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var entry = (await Ledger(app, prisoner)).Entries[^1];
        Assert.Equal((VisitingOrderEntryType.Accumulation, 4, 6), (entry.Type, entry.Change, entry.BalanceAfter));
        Assert.Equal("Approved by R. Haworth, Head of Operations: Temporary transfer to HMP Cardiff to see family", entry.Reason);

        var over = await Submit(manager, prisoner, "accumulate", new() { ["Number"] = "21", ["ApprovedBy"] = "OMU", ["Reason"] = "Test" });
        Assert.Equal(["Osian Ledgerwood has 6 visiting orders. Accumulated visits cannot take the balance above 26"], (await StaffClient.Parse(over)).ErrorSummary());
        Assert.Equal(6, await ConsistentBalance(app, prisoner));
    }

    [Fact]
    public async Task Foreign_nationals_may_swap_an_order_for_video_calls_or_get_an_extra_one_when_family_visit_the_UK()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        await StartupAllocation(app);
        var foreign = await Prisoner(app, nationality: "Polish");
        using var manager = await StaffClient.SignedIn(app, Manager);
        Assert.NotNull((await manager.GetPage(Tab(foreign))).QuerySelector($"a[href='{Tab(foreign)}/substitute']"));

        var noOrders = await Submit(manager, foreign, "substitute", new() { ["Substitution"] = "VideoCallsInstead", ["Detail"] = "Calls to Gdańsk" });
        Assert.Equal(["Osian Ledgerwood has no visiting orders to exchange for video calls"], (await StaffClient.Parse(noOrders)).ErrorSummary());

        await Submit(manager, foreign, "substitute", new() { ["Substitution"] = "FamilyVisitingUk", ["Detail"] = "Mother in the UK 3 to 17 May" });
        await Submit(manager, foreign, "substitute", new() { ["Substitution"] = "FamilyVisitingUk", ["Detail"] = "Brother in the UK in June" });
        await Submit(manager, foreign, "substitute", new() { ["Substitution"] = "VideoCallsInstead", ["Detail"] = "Two video calls in July" });
        Assert.Equal(1, await ConsistentBalance(app, foreign));
        var entries = (await Ledger(app, foreign)).Entries;
        Assert.All(entries, e => Assert.Equal(VisitingOrderEntryType.ForeignNationalSubstitution, e.Type));
        Assert.Equal("Video calls instead of a visit: Two video calls in July", entries[^1].Reason);

        var british = await Prisoner(app, nationality: "British");
        await Post(app, british, VisitingOrderEntryType.Allocation, 2);
        var refused = await Submit(manager, british, "substitute", new() { ["Substitution"] = "VideoCallsInstead", ["Detail"] = "Test" });
        Assert.Equal(["Substitutions are for foreign nationals. Osian Ledgerwood's nationality is recorded as British"], (await StaffClient.Parse(refused)).ErrorSummary());
        Assert.Equal(2, await ConsistentBalance(app, british));
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "adjust", "Number", "abc", "Number of visiting orders must be a number, like 12" },
        { "adjust", "Number", "99999999999999", "Number of visiting orders must be a number, like 12" },
        { "adjust", "Number", "-3", "Number of visiting orders must be between 1 and 26" },
        { "adjust", "Number", "", "Enter the number of visiting orders" },
        { "adjust", "Direction", "Sideways", "Select whether to add or remove visiting orders" },
        { "adjust", "Reason", "7", "Select the reason for the adjustment" },
        { "adjust", "Reason", "GovernorAdjustment,Other", "Select the reason for the adjustment" },
        { "adjust", "Detail", new string('x', 401), "Details must be 400 characters or fewer" },
        { "accumulate", "Number", "0", "Number of visiting orders accumulated must be between 1 and 26" },
        { "accumulate", "ApprovedBy", new string('x', 101), "Approved by must be 100 characters or fewer" },
        { "exchange", "ExchangeFor", "Cash", "Select what the visiting order is exchanged for" },
        { "substitute", "Substitution", "", "Select the substitution" },
        { "substitute", "Detail", "", "Enter details of the substitution" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_saved(string action, string field, string value, string message)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await Prisoner(app, nationality: "Romanian");
        await Post(app, prisoner, VisitingOrderEntryType.Allocation, 2);
        using var manager = await StaffClient.SignedIn(app, Manager);
        var form = action switch
        {
            "adjust" => new Dictionary<string, string> { ["Direction"] = "Add", ["Number"] = "1", ["Reason"] = "GovernorAdjustment" },
            "accumulate" => new() { ["Number"] = "1", ["ApprovedBy"] = "OMU", ["Reason"] = "Approved" },
            "exchange" => new() { ["ExchangeFor"] = "Letter" },
            _ => new() { ["Substitution"] = "FamilyVisitingUk", ["Detail"] = "Visit" },
        };
        form[field] = value;

        var response = await Submit(manager, prisoner, action, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.Parse(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal($"#{field}", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Single((await Ledger(app, prisoner)).Entries);
    }
}
