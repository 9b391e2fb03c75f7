using FamilyTies.Domain.SelfAssessment;

namespace FamilyTies.Domain.Tests.SelfAssessment;

public sealed class ScoringTests
{
    [Fact]
    public void The_scale_is_0_2_3_so_48_requirements_total_144()
    {
        Assert.Equal(0, Scoring.Points(ScoreLevel.NotMet));
        Assert.Equal(2, Scoring.Points(ScoreLevel.MostlyMet));
        Assert.Equal(3, Scoring.Points(ScoreLevel.FullyMet));
        Assert.Equal(0, Scoring.Points(null));
        Assert.Equal(144, Scoring.MostPoints);
    }

    [Theory]
    // Higher is better: mostly met from 25, fully met from 40.
    [InlineData(45, true, ScoreLevel.FullyMet)]
    [InlineData(40, true, ScoreLevel.FullyMet)]
    [InlineData(39.9, true, ScoreLevel.MostlyMet)]
    [InlineData(25, true, ScoreLevel.MostlyMet)]
    [InlineData(24.9, true, ScoreLevel.NotMet)]
    public void A_figure_supports_the_score_its_thresholds_reach_when_more_is_better(double value, bool higher, ScoreLevel expected) =>
        Assert.Equal(expected, Scoring.Supported((decimal)value, higher, 25, 40));

    [Theory]
    // Lower is better (days waited): mostly met at 14 or fewer, fully met at 7 or fewer.
    [InlineData(3, ScoreLevel.FullyMet)]
    [InlineData(7, ScoreLevel.FullyMet)]
    [InlineData(8, ScoreLevel.MostlyMet)]
    [InlineData(14, ScoreLevel.MostlyMet)]
    [InlineData(15, ScoreLevel.NotMet)]
    public void A_figure_supports_the_score_its_thresholds_reach_when_less_is_better(int value, ScoreLevel expected) =>
        Assert.Equal(expected, Scoring.Supported(value, higherIsBetter: false, 14, 7));

    [Fact]
    public void No_figure_supports_nothing_and_the_lowest_linked_measure_decides()
    {
        Assert.Equal(ScoreLevel.NotMet, Scoring.Supported(null, true, 1, 2));
        Assert.Equal(ScoreLevel.MostlyMet, Scoring.Evidence([ScoreLevel.FullyMet, ScoreLevel.MostlyMet]));
        Assert.Null(Scoring.Evidence([]));
    }

    [Fact]
    public void Claims_above_the_evidence_and_fully_met_without_evidence_are_flagged()
    {
        Assert.Equal(ScoreCheck.Overclaim, Scoring.Flag(ScoreLevel.FullyMet, ScoreLevel.MostlyMet, linked: true));
        Assert.Equal(ScoreCheck.Overclaim, Scoring.Flag(ScoreLevel.MostlyMet, ScoreLevel.NotMet, linked: true));
        Assert.Equal(ScoreCheck.None, Scoring.Flag(ScoreLevel.MostlyMet, ScoreLevel.FullyMet, linked: true));
        Assert.Equal(ScoreCheck.FullyMetWithoutEvidence, Scoring.Flag(ScoreLevel.FullyMet, null, linked: false));
        Assert.Equal(ScoreCheck.None, Scoring.Flag(ScoreLevel.MostlyMet, null, linked: false));
        Assert.Equal(ScoreCheck.None, Scoring.Flag(null, ScoreLevel.NotMet, linked: true));
        // Without linked evidence the evidence total counts a claim as mostly met at most.
        Assert.Equal(ScoreLevel.MostlyMet, Scoring.EvidenceForTotal(null, linked: false, ScoreLevel.FullyMet));
        Assert.Equal(ScoreLevel.NotMet, Scoring.EvidenceForTotal(ScoreLevel.NotMet, linked: true, ScoreLevel.FullyMet));
    }

    [Fact]
    public void An_action_plan_item_is_overdue_after_its_due_date_until_it_is_done()
    {
        var item = new ActionPlanItem { DueDate = new DateOnly(2026, 12, 1), Status = ActionStatus.InProgress };
        Assert.False(item.IsOverdue(new DateOnly(2026, 12, 1)));
        Assert.True(item.IsOverdue(new DateOnly(2026, 12, 2)));
        item.Status = ActionStatus.Done;
        Assert.False(item.IsOverdue(new DateOnly(2026, 12, 2)));
    }
}
