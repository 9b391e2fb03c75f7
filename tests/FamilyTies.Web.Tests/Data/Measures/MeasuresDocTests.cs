using FamilyTies.Data.Measures;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>docs/measures.md and the registry list the same measures, with the same titles, units and directions.</summary>
public sealed class MeasuresDocTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(relative);
    }

    [Fact]
    public void The_measures_document_and_the_registry_agree()
    {
        var rows = File.ReadAllLines(RepositoryFile("docs/measures.md"))
            .SkipWhile(l => l != "## The measures").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c[1].Contains('.', StringComparison.Ordinal))
            .Select(c => (Key: c[1].Trim('`'), Title: c[2], Unit: c[3], Better: c[4]))
            .ToList();
        var registry = MeasureRegistry.All.Select(m => (m.Key, m.Title, Unit: m.UnitName, Better: m.Better.ToString().ToLowerInvariant())).ToList();
        Assert.Equal(registry, rows);
    }

    [Fact]
    public void Every_key_of_issue_9_is_a_measure()
    {
        string[] keys =
        [
            "visits.booked", "visits.cancelled", "visits.capacity_used_pct", "visits.evening_capacity_share_pct", "visits.weekend_capacity_share_pct",
            "visits.next_weekend_slot_wait_days", "contact.regular_pct", "needs.children_pct", "needs.children_unknown_pct", "needs.far_from_home_pct",
            "needs.distance_unknown_pct", "safercustody.contacts", "safercustody.first_action_median_minutes", "safercustody.first_action_p90_minutes",
            "safercustody.caller_told_pct", "safercustody.overdue", "safercustody.voicemail_longest_gap_minutes", "safercustody.acct_family_asked_pct",
        ];
        Assert.All(keys, k => Assert.NotNull(MeasureRegistry.Find(k)));
        // Issue 13's keys, exactly.
        Assert.All(VisitDayMeasuresTests.Issue13Keys, k => Assert.NotNull(MeasureRegistry.Find(k)));
        Assert.Equal(MeasureRegistry.All.Count, MeasureRegistry.All.Select(m => m.Key).Distinct().Count());
    }
}
