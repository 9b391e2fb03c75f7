namespace FamilyTies.Domain.SelfAssessment;

/// <summary>The three-point scale of the national self-assessment (HMIP §7.13): not met, mostly met, fully met.</summary>
public enum ScoreLevel { NotMet = 0, MostlyMet = 1, FullyMet = 2 }

/// <summary>Why a score is flagged.</summary>
public enum ScoreCheck
{
    None,
    /// <summary>The self-score (or agreed score) is above the score the live evidence supports.</summary>
    Overclaim,
    /// <summary>"Fully met" claimed for a requirement with no linked evidence.</summary>
    FullyMetWithoutEvidence,
}

/// <summary>
/// The rules of the evidence-checked self-assessment (docs/decisions/0022-self-assessment.md). Points: not met 0,
/// mostly met 2, fully met 3, so the national framework of 48 requirements totals 144.
/// </summary>
public static class Scoring
{
    public const int RequirementCount = 48;
    public const int MostPoints = RequirementCount * 3;

    public static int Points(ScoreLevel? level) => level switch
    {
        ScoreLevel.FullyMet => 3,
        ScoreLevel.MostlyMet => 2,
        _ => 0,
    };

    public static string Describe(ScoreLevel? level) => level switch
    {
        ScoreLevel.FullyMet => "Fully met",
        ScoreLevel.MostlyMet => "Mostly met",
        ScoreLevel.NotMet => "Not met",
        _ => "Not scored",
    };

    /// <summary>
    /// The score one figure supports: "fully met" at or beyond its threshold, "mostly met" at or beyond the other,
    /// else "not met"; beyond means above when higher is better and below when lower is. No figure supports nothing.
    /// </summary>
    public static ScoreLevel Supported(decimal? value, bool higherIsBetter, decimal mostlyMet, decimal fullyMet)
    {
        if (value is not { } v)
        {
            return ScoreLevel.NotMet;
        }
        bool Reaches(decimal threshold) => higherIsBetter ? v >= threshold : v <= threshold;
        return Reaches(fullyMet) ? ScoreLevel.FullyMet : Reaches(mostlyMet) ? ScoreLevel.MostlyMet : ScoreLevel.NotMet;
    }

    /// <summary>
    /// The score a requirement's evidence supports: the lowest of its measures' (every figure must back the claim).
    /// Null when no measure is linked: then nothing is evidenced and "fully met" cannot be backed.
    /// </summary>
    public static ScoreLevel? Evidence(IReadOnlyCollection<ScoreLevel> supported) =>
        supported.Count == 0 ? null : supported.Min();

    /// <summary>The score the evidence total counts: the evidence's, or for a requirement with no linked evidence at most "mostly met".</summary>
    public static ScoreLevel? EvidenceForTotal(ScoreLevel? evidence, bool linked, ScoreLevel? claimed) =>
        linked ? evidence : claimed is { } c ? (c > ScoreLevel.MostlyMet ? ScoreLevel.MostlyMet : c) : null;

    public static ScoreCheck Flag(ScoreLevel? claimed, ScoreLevel? evidence, bool linked) => claimed switch
    {
        null => ScoreCheck.None,
        ScoreLevel.FullyMet when !linked => ScoreCheck.FullyMetWithoutEvidence,
        { } c when linked && evidence is { } e && c > e => ScoreCheck.Overclaim,
        _ => ScoreCheck.None,
    };
}
