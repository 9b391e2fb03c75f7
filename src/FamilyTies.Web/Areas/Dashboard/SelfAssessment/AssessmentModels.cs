using System.Globalization;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.SelfAssessment;

namespace FamilyTies.Web.Areas.Dashboard.SelfAssessment;

/// <summary>One linked measure's figure over the evidence period, and the score it supports.</summary>
public sealed record EvidenceFigure(Measure Measure, RequirementEvidence Link, MeasureValue Value, ScoreLevel Supports);

/// <summary>A requirement with the establishment's answer, the figures behind it and the score they support.</summary>
public sealed record RequirementRow(Requirement Requirement, AssessmentScore? Score, IReadOnlyList<EvidenceFigure> Figures)
{
    public bool Linked => Figures.Count > 0;
    public ScoreLevel? Evidence => Scoring.Evidence(Figures.Select(f => f.Supports).ToList());
    public ScoreLevel? Claimed => Score?.Agreed;
    public ScoreCheck Flag => Scoring.Flag(Claimed, Evidence, Linked);
    /// <summary>What the requirement adds to the evidence total: nothing until it is scored, so both totals cover the same requirements.</summary>
    public int EvidencePoints => Claimed is null ? 0 : Scoring.Points(Scoring.EvidenceForTotal(Evidence, Linked, Claimed));
}

/// <summary>A self-assessment's totals: the self-score, the agreed score (after moderation) and the score the evidence supports.</summary>
public sealed record AssessmentTotals(int Self, int Agreed, int Evidence, int Scored, int Flagged, int Moderated)
{
    public static AssessmentTotals Of(IReadOnlyCollection<RequirementRow> rows) => new(
        rows.Sum(r => Scoring.Points(r.Score?.SelfScore)),
        rows.Sum(r => Scoring.Points(r.Claimed)),
        rows.Sum(r => r.EvidencePoints),
        rows.Count(r => r.Score?.SelfScore is not null),
        rows.Count(r => r.Flag != ScoreCheck.None),
        rows.Count(r => r.Score?.ModeratedScore is not null));
}

/// <summary>An establishment's self-assessment for a year.</summary>
public sealed record AssessmentModel(
    string EstablishmentName, int Year, MeasurePeriod EvidencePeriod, IReadOnlyList<RequirementRow> Rows,
    IReadOnlyList<ActionPlanItem> Actions, DateOnly Today, bool CanScore, bool CanModerate)
{
    public AssessmentTotals Totals { get; } = AssessmentTotals.Of(Rows);
    public int MostPoints => Rows.Count * 3;

    public static string FlagText(ScoreCheck flag) => flag switch
    {
        ScoreCheck.Overclaim => "The evidence does not back this score",
        ScoreCheck.FullyMetWithoutEvidence => "Fully met with no linked evidence",
        _ => "",
    };

    public static string Threshold(Measure m, decimal value) =>
        (m.Better == Better.Lower ? "at most " : "at least ") + m.Format(value);

    public static string Year4(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One requirement's page: the answer, the evidence, the moderation history and the action plan items.</summary>
public sealed record RequirementPageModel(AssessmentModel Assessment, RequirementRow Row, IReadOnlyList<(ScoreModeration Moderation, string By)> History,
    IReadOnlyList<ActionPlanItem> Actions, ScoreForm ScoreForm, ModerateForm ModerateForm);
