namespace FamilyTies.Data.Generation;

/// <summary>
/// The one data generator's history (issue 14 §1, docs/decisions/0033-one-generator.md): for one establishment, visits
/// with their visitors, events, session runs and outcomes; safer custody contacts, voicemail checks and ACCT cases;
/// video calls and the searches that found no slot. Deterministic: the plan's seed and "now" decide every row. The demo
/// data is this at <see cref="GenerationSize.Demo"/>, the bench's national database at <see cref="GenerationSize.National"/>.
/// Writes through <paramref name="writer"/>; the caller flushes and commits. Returns the visits written.
/// </summary>
public static class HistoryGenerator
{
    public static long Write(BulkWriter writer, HistoryPlan plan)
    {
        var visits = VisitHistory.Write(writer, plan);
        SaferCustodyHistory.Write(writer, plan);
        VideoCallHistory.Write(writer, plan);
        return visits;
    }
}
