using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Areas.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// The national cohort facts (decision 0030, "Second pass"): each prisoner's latest contact is ranked against the
/// windows' first days, so a contact on a window's first day, the day before it and the day after must count as each
/// establishment's own figures count them, for two establishments whose look-backs differ (one query carries both),
/// in the month under way (windows ending today) and a past month (ending on its last day).
/// </summary>
/// <remarks>An app of its own: it adds establishments, which the shared app's national figures must not see.</remarks>
public sealed class NationalCohortFactsTests(Areas.Dashboard.SelfAssessmentTests.OwnApp fixture) : IClassFixture<Areas.Dashboard.SelfAssessmentTests.OwnApp>
{
    private static readonly string[] Keys =
    [
        "novisits.short_lookback", "novisits.long_lookback", "novisits.support_offered_pct", "foreignnationals.contact_90d_pct",
        "others.contact_90d_pct", "others.visit_last_month_pct", "careexperienced.visit_last_month_pct", "contact.regular_pct",
    ];

    private FamilyTiesApp App => fixture.App(DatabaseKind.Sqlite);

    [Fact]
    public async Task Contacts_on_either_side_of_each_windows_first_day_count_nationally_as_each_establishment_counts_them()
    {
        var today = TestClock.Today;
        var lastMonthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var a = await NoVisitsTests.Establishment(App);
        var b = await NoVisitsTests.Establishment(App);
        await using (var db = App.Db())
        {
            var other = await db.Establishments.SingleAsync(e => e.Id == b.Id);
            (other.NoVisitsShortLookbackDays, other.NoVisitsLongLookbackDays) = (60, 200);
            await db.SaveChangesAsync();
        }
        var longAgo = today.AddDays(-800);
        foreach (var (at, shortDays, longDays) in new[] { (a, 90, 180), (b, 60, 200) })
        {
            foreach (var asOf in new[] { today, lastMonthEnd })
            {
                // A look-back of d days is (asOf - d, asOf]; the 90-day contact window is [asOf - 89, asOf].
                foreach (var daysBack in new[] { shortDays - 1, shortDays, shortDays + 1, longDays - 1, longDays, longDays + 1, 89, 90, 2 })
                {
                    var p = await NoVisitsTests.Prisoner(App, at, "Back" + daysBack, longAgo, daysBack % 2 == 0 ? null : x => x.Nationality = "Polish");
                    await NoVisitsTests.Visit(App, at, p, asOf.AddDays(-daysBack));
                }
            }
            var twice = await NoVisitsTests.Prisoner(App, at, "Twice", longAgo);
            await NoVisitsTests.Visit(App, at, twice, today.AddDays(-1));
            await NoVisitsTests.Visit(App, at, twice, today.AddDays(-3));
            // An old contact (in the long look-back only) and a recent one: the recent one decides, whichever is read first.
            var oldAndNew = await NoVisitsTests.Prisoner(App, at, "OldAndNew", longAgo);
            await NoVisitsTests.Visit(App, at, oldAndNew, today.AddDays(-(longDays - 1)));
            await NoVisitsTests.Visit(App, at, oldAndNew, today.AddDays(-2));
            await NoVisitsTests.Visit(App, at, await NoVisitsTests.Prisoner(App, at, "Missed", longAgo), today.AddDays(-5), VisitOutcome.VisitorDidNotArrive);
            await NoVisitsTests.Prisoner(App, at, "Never", longAgo);
            await NoVisitsTests.Prisoner(App, at, "Recent", today.AddDays(-shortDays + 1));
        }

        foreach (var month in new[] { today, lastMonthEnd })
        {
            var now = TestClock.Provider.GetUtcNow();
            var period = MeasurePeriod.Month(month, now);
            MeasureResults national;
            await using (var db = App.Db(a.Id))
            {
                national = await MeasureRegistry.ComputeAsync(await MeasureQuery.NationalAsync(db, [period]), Keys.Select(MeasureRegistry.Get));
            }
            foreach (var at in new[] { a, b })
            {
                await using var db = App.Db(at.Id);
                var own = await MeasureRegistry.ComputeAsync(await MeasureQuery.ForCurrentAsync(db, [period]), Keys.Select(MeasureRegistry.Get));
                foreach (var key in Keys)
                {
                    Assert.Equal((key, own.Value(key, at.Id, 0)), (key, national.Value(key, at.Id, 0)));
                }
                // Not equal by being empty: each establishment has prisoners on both lists.
                Assert.True(own.Value("novisits.short_lookback", at.Id, 0).Value > 0 && own.Value("novisits.long_lookback", at.Id, 0).Value > 0);
                Assert.True(own.Value("others.contact_90d_pct", at.Id, 0).Numerator > 0 && own.Value("foreignnationals.contact_90d_pct", at.Id, 0).Numerator > 0);
            }
        }
    }
}
