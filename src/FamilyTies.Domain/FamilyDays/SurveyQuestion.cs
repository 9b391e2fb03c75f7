using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

/// <summary>
/// One question of a round and the share who answered positively. The same wording in another round is the same
/// question, tracked across rounds. A question may carry a measure key: the measured figure for the same months is
/// shown beside it when the measures layer has that measure.
/// </summary>
public class SurveyQuestion : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int SurveyRoundId { get; set; }
    public SurveyRound? SurveyRound { get; set; }
    public string Text { get; set; } = "";
    public decimal PercentPositive { get; set; }
    public string MeasureKey { get; set; } = "";

    /// <summary>The question every establishment asks about punctuality (surveys.visit_started_on_time_pct).</summary>
    public const string VisitStartedOnTime = "Did your visit start on time?";

    /// <summary>How the same question is recognised in another round: its wording, trimmed, case ignored.</summary>
    public static string Normalise(string text) => text.Trim().ToUpperInvariant();
}
