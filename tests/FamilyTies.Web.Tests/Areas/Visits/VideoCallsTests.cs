using AngleSharp.Dom;
using System.Net;
using FamilyTies.Domain;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.VideoCalls;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Web.Tests.Areas.Visits.VideoCallsTestData;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>Video calls through the real app (issue 10): the journey, each refusal, the allowance, the race, blocks, the record, isolation.</summary>
[Collection("App")]
public sealed class VideoCallsTests(AppFixture fixture)
{
    private static async Task<Restriction> Restrict(FamilyTiesApp app, Prisoner prisoner, RestrictionType type, int? contactId = null)
    {
        await using var db = app.Db(prisoner.EstablishmentId);
        var r = new Restriction
        {
            Type = type, PrisonerId = contactId is null ? prisoner.Id : null, ContactId = contactId, Reason = "Video call test", StartDate = VisitsTestData.Today.AddDays(-1),
        };
        db.Restrictions.Add(r);
        await db.SaveChangesAsync();
        return r;
    }

    [Fact]
    public async Task A_call_for_a_family_overseas_shows_their_local_time_flags_their_night_and_books_with_a_reference()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Ahead(6);
        var night = await Session(app, "WYI", date, startHour: 16);   // 16:00 London is midnight or 11pm in Manila
        var day = await Session(app, "WYI", date, startHour: 6);      // 06:00 London is the afternoon in Manila
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Overseas", nationality: "Filipino");
        var mother = await Abroad(app, prisoner, "Maria", "Philippines", "Asia/Manila");
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        var book = await staff.GetPage($"/visits/video/book?prisonNumber={prisoner.PrisonNumber}");
        Assert.Contains("Maria Visitor (Sister, age", book.QuerySelector("form[action$='/slots']")!.TextContent);
        Assert.Contains("lives in Philippines", book.QuerySelector("form[action$='/slots']")!.TextContent);

        var slots = await StaffClient.Parse(await Slots(staff, prisoner, Answers([mother.Id], mother.Id, date)));
        Assert.Empty(slots.ErrorSummary());
        var manila = TimeZoneInfo.FindSystemTimeZoneById("Asia/Manila");
        string Local(VideoSession s) => TimeZoneInfo.ConvertTime(LondonTime.ToInstant(date, s.StartTime), manila).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var nightOption = slots.QuerySelector($"input[value='{Slot(night, date)}']")!.ParentElement!;
        Assert.Contains($"Maria Visitor's time in Philippines", nightOption.TextContent);
        Assert.Contains(Local(night), nightOption.TextContent);
        Assert.NotNull(nightOption.QuerySelector("[data-testid=night]"));
        var dayOption = slots.QuerySelector($"input[value='{Slot(day, date)}']")!.ParentElement!;
        Assert.Contains(Local(day), dayOption.TextContent);
        Assert.Null(dayOption.QuerySelector("[data-testid=night]"));

        var booked = await Book(staff, prisoner, Answers([mother.Id], mother.Id, date, Slot(day, date)));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        await using var db = app.Db(prisoner.EstablishmentId);
        var call = await db.VideoCalls.Include(c => c.Participants).SingleAsync(c => c.PrisonerId == prisoner.Id);
        Assert.Equal($"/visits/video/{call.Id}", booked.Headers.Location!.ToString());
        Assert.Equal(VideoCallStatus.Booked, call.Status);
        Assert.Equal(date, call.Date);
        Assert.True(Assert.Single(call.Participants).MainCaller);
        Assert.Equal(1, (await db.VideoSlots.SingleAsync(s => s.VideoSessionId == day.Id && s.Date == date)).Booked);
        var page = await staff.GetPage($"/visits/video/{call.Id}");
        Assert.Equal(call.Reference, page.QuerySelector("[data-testid=reference]")!.TextContent);
    }

    [Fact]
    public async Task Each_participant_rule_refuses_by_name_and_an_allowed_group_is_offered_times()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Ahead(5);
        await Session(app, "WYI", date, startHour: 11);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        async Task<IReadOnlyList<string>> Refusals(Prisoner p, IEnumerable<int> ids, int main) =>
            (await StaffClient.Parse(await Slots(staff, p, Answers(ids, main, date)))).ErrorSummary();

        // Allowed: an adult main caller with a child and two more adults (4 people).
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Videorules");
        var (adult, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Adele");
        var (child, _) = await PeopleTestData.VisitorAged(app, prisoner, 9, "Chloe");
        var (second, _) = await PeopleTestData.VisitorAged(app, prisoner, 30, "Sam");
        var (third, _) = await PeopleTestData.VisitorAged(app, prisoner, 50, "Terry");
        var allowed = await StaffClient.Parse(await Slots(staff, prisoner, Answers([adult.Id, child.Id, second.Id, third.Id], adult.Id, date)));
        Assert.Empty(allowed.ErrorSummary());
        Assert.NotNull(allowed.QuerySelector("[data-testid=slots]"));

        // Up to 4 people.
        var (fifth, _) = await PeopleTestData.VisitorAged(app, prisoner, 60, "Fifth");
        Assert.Contains(await Refusals(prisoner, [adult.Id, child.Id, second.Id, third.Id, fifth.Id], adult.Id),
            m => m.StartsWith("No more than 4 people can take part in one video call", StringComparison.Ordinal));

        // The main caller 18 or over.
        var (teen, _) = await PeopleTestData.VisitorAged(app, prisoner, 16, "Teen");
        Assert.Contains("Teen Visitor cannot be the main caller: the main caller must be 18 or over", await Refusals(prisoner, [teen.Id, adult.Id], teen.Id));

        // All approved visitors of this prisoner.
        var (unapproved, _) = await PeopleTestData.Contact(app, prisoner, "Unapproved", new DateOnly(1970, 1, 1), approved: false);
        Assert.Contains("Select people from the list: only approved visitors of this prisoner can take part", await Refusals(prisoner, [adult.Id, unapproved.Id], adult.Id));

        // A banned visitor.
        var (banned, _) = await PeopleTestData.VisitorAged(app, prisoner, 35, "Banned");
        await Restrict(app, prisoner, RestrictionType.Ban, banned.Id);
        Assert.Contains(await Refusals(prisoner, [banned.Id], banned.Id), m => m.StartsWith("Banned Visitor is banned from visiting", StringComparison.Ordinal));

        // Children only as approved: a prisoner with a child-contact restriction needs public protection's approval.
        var restricted = await PeopleTestData.Prisoner(app, "WYI", "Childcontact");
        var (parent, _) = await PeopleTestData.VisitorAged(app, restricted, 40, "Parent");
        var (kid, _) = await PeopleTestData.VisitorAged(app, restricted, 8, "Kid");
        await Restrict(app, restricted, RestrictionType.ChildContact);
        Assert.Contains(await Refusals(restricted, [parent.Id, kid.Id], parent.Id), m => m.StartsWith("Kid Visitor is a child and", StringComparison.Ordinal));
        Assert.Empty(await Refusals(restricted, [parent.Id], parent.Id));

        // A non-contact restriction on the prisoner refuses every call.
        var noContact = await PeopleTestData.Prisoner(app, "WYI", "Noncontact");
        var (friend, _) = await PeopleTestData.VisitorAged(app, noContact, 40, "Friend");
        await Restrict(app, noContact, RestrictionType.NonContact);
        Assert.Contains(await Refusals(noContact, [friend.Id], friend.Id), m => m.Contains("has a non-contact restriction", StringComparison.Ordinal));

        // The final booking checks the same rules again and saves nothing when refused.
        var session = await Session(app, "WYI", date, startHour: 12);
        var refused = await Book(staff, prisoner, Answers([teen.Id, adult.Id], teen.Id, date, Slot(session, date)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Teen Visitor cannot be the main caller: the main caller must be 18 or over", (await StaffClient.Parse(refused)).ErrorSummary());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.VideoCalls.AnyAsync(c => c.PrisonerId == prisoner.Id));
        Assert.False(await db.VideoSlots.AnyAsync(s => s.VideoSessionId == session.Id));
    }

    [Fact]
    public async Task The_allowance_is_counted_per_London_month_and_an_exchange_just_after_midnight_counts_to_the_new_month()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var march31 = new DateOnly(2027, 3, 31);   // clocks went forward on 28 March 2027: London is UTC+1
        var session = await Session(app, "WYI", march31, startHour: 10);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Monthend", nationality: "Polish");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Monthend");
        var other = await Session(app, "WYI", march31, startHour: 11);
        await Call(app, prisoner, session, march31, caller.Id);
        await Call(app, prisoner, other, march31, caller.Id);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            // 23:30 UTC on 31 March is 00:30 on 1 April in London: April's exchange, not March's.
            db.VisitingOrderEntries.Add(new VisitingOrderEntry
            {
                PrisonerId = prisoner.Id, At = new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero), Type = VisitingOrderEntryType.ForeignNationalSubstitution,
                Change = -1, Reason = "Video calls instead of a visit",
            });
            await db.SaveChangesAsync();
        }
        await using var read = app.Db(prisoner.EstablishmentId);
        var loader = new VideoCallLoader(read, FamilyTies.Testing.TestClock.Provider);
        var third = await Session(app, "WYI", march31, startHour: 12);
        VideoAllowance On(VideoCallLoaded? l) => l!.Context.Allowance;
        var march = On(await loader.Load(new VideoCallRequest(prisoner.Id, third.Id, march31, [caller.Id], caller.Id, VideoCallKind.Allowance, "")));
        Assert.Equal((2, 60, 2, 60), (march.Calls, march.Minutes, march.UsedCalls, march.UsedMinutes));
        Assert.False(march.Fits(30));
        var april = On(await loader.Load(new VideoCallRequest(prisoner.Id, third.Id, march31.AddDays(1), [caller.Id], caller.Id, VideoCallKind.Allowance, "")));
        Assert.Equal((3, 90, 0, 0), (april.Calls, april.Minutes, april.UsedCalls, april.UsedMinutes));
        Assert.Equal(0, await loader.OrdersExchanged(prisoner.Id, march31));
        Assert.Equal(1, await loader.OrdersExchanged(prisoner.Id, march31.AddDays(1)));
    }

    [Fact]
    public async Task A_used_allowance_refuses_until_a_wellbeing_extra_or_an_exchanged_order_adds_to_it_and_compassionate_calls_sit_outside_it()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Ahead(4);
        var first = await Session(app, "WYI", date, startHour: 8);
        var second = await Session(app, "WYI", date, startHour: 9);
        var wanted = await Session(app, "WYI", date, startHour: 15);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Allowance");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Allowance");
        await Call(app, prisoner, first, date, caller.Id);
        await Call(app, prisoner, second, date, caller.Id);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        var refused = await Book(staff, prisoner, Answers([caller.Id], caller.Id, date, Slot(wanted, date)));
        Assert.Contains(
            "Tobias Allowance has used this month's video calls: 2 of 2 calls and 60 of 60 minutes. A visits manager can grant a wellbeing extra",
            (await StaffClient.Parse(refused)).ErrorSummary());

        // A compassionate call (a funeral) is outside the allowance, with who arranged it.
        var compassionate = await Book(staff, prisoner, Answers([caller.Id], caller.Id, date, Slot(wanted, date), kind: "Compassionate", arrangedBy: "Chaplaincy, Revd Ann Smith"));
        Assert.Equal(HttpStatusCode.Redirect, compassionate.StatusCode);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var call = await db.VideoCalls.SingleAsync(c => c.PrisonerId == prisoner.Id && c.Kind == VideoCallKind.Compassionate);
            Assert.Equal("Chaplaincy, Revd Ann Smith", call.ArrangedBy);
        }

        // A wellbeing extra, granted by a visits manager with a reason, lets another call through.
        using var manager = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "WYI");
        var month = date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var noReason = await manager.PostForm($"/visits/video/prisoners/{prisoner.Id}", $"/visits/video/prisoners/{prisoner.Id}/extra",
            new Dictionary<string, string> { ["Extra.Month"] = month, ["Extra.Calls"] = "1", ["Extra.Minutes"] = "30", ["Extra.Reason"] = "" });
        Assert.Contains("Enter the reason for the wellbeing extra", (await StaffClient.Parse(noReason)).ErrorSummary());
        var granted = await manager.PostForm($"/visits/video/prisoners/{prisoner.Id}", $"/visits/video/prisoners/{prisoner.Id}/extra",
            new Dictionary<string, string> { ["Extra.Month"] = month, ["Extra.Calls"] = "1", ["Extra.Minutes"] = "30", ["Extra.Reason"] = "Bereavement support" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var late = await Session(app, "WYI", date, startHour: 17);
        Assert.Equal(HttpStatusCode.Redirect, (await Book(staff, prisoner, Answers([caller.Id], caller.Id, date, Slot(late, date)))).StatusCode);

        // Visits staff may not grant extras.
        var forbidden = await VisitsTestData.PostAnyway(staff, $"/visits/video/prisoners/{prisoner.Id}/extra",
            new Dictionary<string, string> { ["Extra.Month"] = month, ["Extra.Calls"] = "1", ["Extra.Minutes"] = "30", ["Extra.Reason"] = "Not mine to give" });
        Assert.True(forbidden.StatusCode == HttpStatusCode.Forbidden
                    || (forbidden.StatusCode == HttpStatusCode.Redirect && !forbidden.Headers.Location!.ToString().StartsWith("/visits/video", StringComparison.Ordinal)));
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            Assert.Equal(1, await db.VideoCallExtras.CountAsync(x => x.PrisonerId == prisoner.Id));
        }

        // Used again; a foreign national's order exchanged for video calls that month adds a call.
        var evening = await Session(app, "WYI", date, startHour: 18);
        Assert.Equal(HttpStatusCode.OK, (await Book(staff, prisoner, Answers([caller.Id], caller.Id, date, Slot(evening, date)))).StatusCode);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            db.VisitingOrderEntries.Add(new VisitingOrderEntry
            {
                PrisonerId = prisoner.Id, At = LondonTime.ToInstant(new DateOnly(date.Year, date.Month, 1), new TimeOnly(12, 0)),
                Type = VisitingOrderEntryType.ForeignNationalSubstitution, Change = VisitingOrderRules.ChangeFor(ForeignNationalSubstitution.VideoCallsInstead),
                Reason = "Video calls instead of a visit",
            });
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Redirect, (await Book(staff, prisoner, Answers([caller.Id], caller.Id, date, Slot(evening, date)))).StatusCode);
        var page = await staff.GetPage($"/visits/video/prisoners/{prisoner.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=extras]"));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_staff_taking_the_last_booth_at_the_same_moment_exactly_one_succeeds(DatabaseKind kind)
    {
        var app = fixture.App(kind);
        var date = Ahead(7);
        var session = await Session(app, "WYI", date, startHour: 19);
        var a = await PeopleTestData.Prisoner(app, "WYI", "Racea");
        var b = await PeopleTestData.Prisoner(app, "WYI", "Raceb");
        var (ca, _) = await PeopleTestData.VisitorAged(app, a, 40, "Racea");
        var (cb, _) = await PeopleTestData.VisitorAged(app, b, 40, "Raceb");
        using var first = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        using var second = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "WYI");
        string Token(AngleSharp.Html.Dom.IHtmlDocument home) =>
            home.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form[action='/sign-out'] input[name=__RequestVerificationToken]")!.Value;
        var tokenA = Token(await first.GetPage("/"));
        var tokenB = Token(await second.GetPage("/"));

        var responses = await Task.WhenAll(
            first.Http.PostAsync($"/visits/video/book/{a.Id}", new FormUrlEncodedContent(Answers([ca.Id], ca.Id, date, Slot(session, date)).Append(new("__RequestVerificationToken", tokenA)))),
            second.Http.PostAsync($"/visits/video/book/{b.Id}", new FormUrlEncodedContent(Answers([cb.Id], cb.Id, date, Slot(session, date)).Append(new("__RequestVerificationToken", tokenB)))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var lost = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains((await StaffClient.Parse(lost)).ErrorSummary(), m => m.Contains("is already booked at", StringComparison.Ordinal));
        await using var db = app.Db(a.EstablishmentId);
        Assert.Equal(1, (await db.VideoSlots.SingleAsync(s => s.VideoSessionId == session.Id && s.Date == date)).Booked);
        Assert.Equal(1, await db.VideoCalls.CountAsync(c => c.Slot!.VideoSessionId == session.Id));
    }

    [Fact]
    public async Task Blocking_a_booth_moves_its_booked_calls_to_needs_review_and_takes_it_off_the_times_offered()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Ahead(9);
        var session = await Session(app, "WYI", date, startHour: 13);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Blockedcall");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Blockedcall");
        var call = await Call(app, prisoner, session, date, caller.Id);
        var elsewhere = await Session(app, "WYI", date, startHour: 13);
        var untouched = await Call(app, prisoner, elsewhere, date, caller.Id);
        using var manager = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "WYI");

        var response = await manager.PostForm("/visits/video/resources/blocks/new", "/visits/video/resources/blocks/new", new Dictionary<string, string>
        {
            ["ResourceId"] = session.VideoResourceId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["FromDate"] = VisitsTestData.Input(date),
            ["ToDate"] = VisitsTestData.Input(date.AddDays(1)), ["Reason"] = "Booth broken: screen cracked",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Blocked. 1 booked call moved to needs review", await VisitsTestData.SuccessBanner(manager, response));
        await using var db = app.Db(prisoner.EstablishmentId);
        var flagged = await db.VideoCalls.SingleAsync(c => c.Id == call.Id);
        Assert.Equal(VideoCallStatus.NeedsReview, flagged.Status);
        Assert.Equal("Blocked: Booth broken: screen cracked", flagged.ReviewReason);
        Assert.Equal(VideoCallStatus.Booked, (await db.VideoCalls.SingleAsync(c => c.Id == untouched.Id)).Status);

        var other = await PeopleTestData.Prisoner(app, "WYI", "Afterblock");
        var (otherCaller, _) = await PeopleTestData.VisitorAged(app, other, 40, "Afterblock");
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        var slots = await StaffClient.Parse(await Slots(staff, other, Answers([otherCaller.Id], otherCaller.Id, date)));
        Assert.Null(slots.QuerySelector($"input[value='{Slot(session, date)}']"));
        var index = await manager.GetPage("/visits/video");
        Assert.Contains(flagged.Reference, index.QuerySelector("[data-testid=needs-review]")!.TextContent);
    }

    [Fact]
    public async Task A_call_past_its_end_with_no_record_is_unresolved_until_recorded_and_a_bad_record_saves_nothing()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = VisitsTestData.Today.AddDays(-2);
        var session = await Session(app, "WYI", date, startHour: 10);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Unresolved");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Unresolved");
        var call = await Call(app, prisoner, session, date, caller.Id);
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");

        Assert.Contains(call.Reference, (await staff.GetPage("/visits/video")).QuerySelector("[data-testid=unresolved]")!.TextContent);
        Assert.Equal("Not recorded", (await staff.GetPage($"/visits/video/{call.Id}")).QuerySelector("[data-testid=outcome]")!.TextContent.Trim());

        var bad = await staff.PostForm($"/visits/video/{call.Id}/record", $"/visits/video/{call.Id}/record", new Dictionary<string, string>
        {
            ["Outcome"] = "Delivered", ["DeliveredMinutes"] = "", ["EndedEarly"] = "TerminatedByStaff", ["EndedEarlyDetail"] = "",
        });
        var summary = (await StaffClient.Parse(bad)).ErrorSummary();
        Assert.Contains("Enter the minutes the call delivered", summary);
        Assert.Contains("Enter why staff ended the call", summary);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            Assert.Null((await db.VideoCalls.SingleAsync(c => c.Id == call.Id)).Outcome);
        }

        var recorded = await staff.PostForm($"/visits/video/{call.Id}/record", $"/visits/video/{call.Id}/record", new Dictionary<string, string>
        {
            ["Outcome"] = "Delivered", ["DeliveredMinutes"] = "22", ["StartedLateMinutes"] = "3", ["EndedEarly"] = "MovementDetection", ["EndedEarlyDetail"] = "",
            ["Dropped"] = "true", ["FamilyRating"] = "2", ["Participants[0].ContactId"] = caller.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Participants[0].JoinedAt"] = "10:03", ["Participants[0].LeftAt"] = "10:25",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await using (var db = app.Db(prisoner.EstablishmentId))
        {
            var saved = await db.VideoCalls.Include(c => c.Participants).SingleAsync(c => c.Id == call.Id);
            Assert.Equal((VideoCallOutcome.Delivered, 22, 3, VideoCallEndedEarly.MovementDetection, true, 2),
                (saved.Outcome!.Value, saved.DeliveredMinutes!.Value, saved.StartedLateMinutes, saved.EndedEarly!.Value, saved.Dropped, saved.FamilyRating!.Value));
            Assert.Equal((new TimeOnly(10, 3), new TimeOnly(10, 25)), (saved.Participants[0].JoinedAt!.Value, saved.Participants[0].LeftAt!.Value));
        }
        Assert.DoesNotContain(call.Reference, (await staff.GetPage("/visits/video")).QuerySelector("[data-testid=unresolved]")?.TextContent ?? "");

        // A call cannot be recorded before it starts.
        var future = await Call(app, prisoner, await Session(app, "WYI", Ahead(3), startHour: 10), Ahead(3), caller.Id);
        var early = await staff.PostForm($"/visits/video/{future.Id}/record", $"/visits/video/{future.Id}/record", new Dictionary<string, string>
        {
            ["Outcome"] = "NoShow",
        });
        Assert.Contains("A call cannot be recorded before it starts", (await StaffClient.Parse(early)).ErrorSummary());
    }

    [Fact]
    public async Task A_search_with_no_free_slot_records_the_unmet_request()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Nodemand");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Nodemand");
        using var staff = await StaffClient.SignedInAsNew(app, Roles.VisitsStaff, "WYI");
        // From a date past the booking window (28 days at Wymott): nothing can be offered.
        var page = await StaffClient.Parse(await Slots(staff, prisoner, Answers([caller.Id], caller.Id, Ahead(60), band: "Evening")));
        Assert.NotNull(page.QuerySelector("[data-testid=no-slot]"));
        await using var db = app.Db(prisoner.EstablishmentId);
        var demand = await db.VideoCallDemands.SingleAsync(d => d.PrisonerId == prisoner.Id);
        Assert.Equal((VisitsTestData.Today, VideoTimeBand.Evening), (demand.Date, demand.Band));
    }

    [Fact]
    public async Task Another_establishments_calls_prisoners_and_resources_are_not_found()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var date = Ahead(8);
        var session = await Session(app, "WYI", date, startHour: 20);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI", "Isolated");
        var (caller, _) = await PeopleTestData.VisitorAged(app, prisoner, 40, "Isolated");
        var call = await Call(app, prisoner, session, date, caller.Id);
        using var stoke = await StaffClient.SignedInAsNew(app, Roles.VisitsManager, "SHI");

        Assert.Equal(HttpStatusCode.NotFound, (await stoke.Http.GetAsync($"/visits/video/{call.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stoke.Http.GetAsync($"/visits/video/prisoners/{prisoner.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stoke.Http.GetAsync($"/visits/video/resources/{session.VideoResourceId}/sessions/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Book(stoke, prisoner, Answers([caller.Id], caller.Id, date, Slot(session, date)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(stoke, $"/visits/video/{call.Id}/record", [new("Outcome", "NoShow")])).StatusCode);
        Assert.DoesNotContain(call.Reference, (await stoke.GetPage("/visits/video")).TextContent);
    }
}
