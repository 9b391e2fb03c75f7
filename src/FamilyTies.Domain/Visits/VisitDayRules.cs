namespace FamilyTies.Domain.Visits;

/// <summary>The decision on a visitor's ID: whether they may go in, whether none was needed, and the rule in words.</summary>
public sealed record IdDecision(bool Accepted, bool NoneNeeded, string Rule);

/// <summary>
/// The visit day's rules (issue 13 §3, §4), in plain C#: the national ID rules with the establishment's child ID age,
/// when a session counts as late, the minutes a family loses, when an outcome may be recorded, and which visits are
/// unresolved.
/// </summary>
public static class VisitDayRules
{
    /// <summary>A session that starts more than this many minutes after its scheduled start is late and needs a cause.</summary>
    public const int LateAfterMinutes = 5;

    /// <summary>
    /// National rules: an adult shows one document from List A (photo ID), or one from List B with one from List C, or
    /// the establishment accepts exceptional circumstances. A child under the establishment's ID age who comes with an
    /// adult needs none. A visitor whose age is not known is treated as needing ID.
    /// </summary>
    public static IdDecision CheckId(int? age, bool withAnAdult, int childIdAge, IdEvidence evidence)
    {
        if (age is { } a && a < childIdAge && withAnAdult)
        {
            return new IdDecision(true, true, $"Under {childIdAge} and with an adult: no ID needed");
        }
        return evidence switch
        {
            IdEvidence.ListA => new IdDecision(true, false, "One document from List A"),
            IdEvidence.ListBAndC => new IdDecision(true, false, "One document from List B and one from List C"),
            IdEvidence.Exceptional => new IdDecision(true, false, "Exceptional circumstances accepted"),
            _ => new IdDecision(false, false, age is { } y && y < childIdAge
                ? $"Under {childIdAge} without an adult: ID from List A, or Lists B and C, needed"
                : "ID from List A, or Lists B and C, needed"),
        };
    }

    /// <summary>Whole minutes after the scheduled start (0 when on time or early).</summary>
    public static int MinutesLate(DateTimeOffset scheduledStart, DateTimeOffset started) =>
        started <= scheduledStart ? 0 : (int)Math.Ceiling((started - scheduledStart).TotalMinutes);

    /// <summary>True when the start is more than <see cref="LateAfterMinutes"/> minutes late: a delay cause is needed.</summary>
    public static bool IsLate(DateTimeOffset scheduledStart, DateTimeOffset started) => MinutesLate(scheduledStart, started) > LateAfterMinutes;

    /// <summary>
    /// The visiting time each family lost: the late start plus any early end, never more than the session's length.
    /// An end not yet recorded loses nothing.
    /// </summary>
    public static int MinutesLost(DateTimeOffset scheduledStart, DateTimeOffset scheduledEnd, DateTimeOffset started, DateTimeOffset? ended)
    {
        var length = Math.Max(0, (int)(scheduledEnd - scheduledStart).TotalMinutes);
        var late = MinutesLate(scheduledStart, started);
        var early = ended is { } e && e < scheduledEnd ? (int)Math.Ceiling((scheduledEnd - e).TotalMinutes) : 0;
        return Math.Min(length, late + early);
    }

    /// <summary>Why an outcome cannot be recorded for the visit now, or null when it can.</summary>
    public static string? OutcomeRefusal(VisitStatus status, DateTimeOffset visitStart, DateTimeOffset now) =>
        status == VisitStatus.Cancelled ? "A cancelled visit takes no outcome"
        : now < visitStart ? "The visit has not started yet: record its outcome once it has"
        : null;

    /// <summary>A booked visit past its end with no outcome: on the worklist, never counted as attended.</summary>
    public static bool IsUnresolved(VisitStatus status, VisitOutcome? outcome, DateTimeOffset visitEnd, DateTimeOffset now) =>
        status == VisitStatus.Booked && outcome is null && visitEnd <= now;

    /// <summary>The visit took place (it may have been ended early by staff).</summary>
    public static bool Attended(VisitOutcome? outcome) => outcome is VisitOutcome.Completed or VisitOutcome.TerminatedByStaff;

    /// <summary>
    /// "All who arrived completed": the outcome a visit takes in the session's one-step recording, from its visitors'
    /// arrivals: someone let in, completed; everyone who came refused, turned away; nobody came, did not arrive.
    /// </summary>
    public static VisitOutcome BulkOutcome(IReadOnlyCollection<(bool Arrived, bool Refused)> visitors) =>
        visitors.Any(v => v.Arrived && !v.Refused) ? VisitOutcome.Completed
        : visitors.Any(v => v.Arrived) ? VisitOutcome.TurnedAway
        : VisitOutcome.VisitorDidNotArrive;

    public static string Describe(VisitOutcome outcome) => outcome switch
    {
        VisitOutcome.Completed => "Completed",
        VisitOutcome.VisitorDidNotArrive => "Visitor did not arrive",
        VisitOutcome.PrisonerRefused => "Prisoner refused",
        VisitOutcome.TurnedAway => "Turned away",
        VisitOutcome.TerminatedByStaff => "Ended by staff",
        _ => outcome.ToString(),
    };

    public static string Describe(DelayCause cause) => cause switch
    {
        DelayCause.RollCheck => "Roll check",
        DelayCause.NoEscortStaff => "No escort staff",
        DelayCause.SearchQueue => "Search queue",
        DelayCause.IdProblems => "ID problems",
        DelayCause.IT => "IT",
        _ => "Other",
    };

    public static string Describe(RefusalReason reason) => reason switch
    {
        RefusalReason.Id => "ID",
        RefusalReason.DressCode => "Dress code",
        RefusalReason.DrugsDogIndication => "Drugs dog indication",
        RefusalReason.LateArrival => "Late arrival",
        RefusalReason.UnderTheInfluence => "Under the influence",
        _ => "Other",
    };

    public static string Describe(IdEvidence evidence) => evidence switch
    {
        IdEvidence.ListA => "One document from List A (photo ID)",
        IdEvidence.ListBAndC => "One from List B and one from List C",
        IdEvidence.Exceptional => "Exceptional circumstances",
        _ => "No ID shown",
    };

    public static string Describe(NoVisitsSupportKind kind) => kind switch
    {
        NoVisitsSupportKind.NewBridgeBefriending => "New Bridge befriending",
        NoVisitsSupportKind.OfficialPrisonVisitor => "Official Prison Visitor",
        NoVisitsSupportKind.PatDog => "PAT dog",
        NoVisitsSupportKind.CommunityDay => "\"No visit visits\" or community day",
        NoVisitsSupportKind.PenPal => "Pen pal",
        NoVisitsSupportKind.ExtraPhoneCredit => "Extra phone credit",
        NoVisitsSupportKind.Samaritans => "Samaritans",
        _ => "Other",
    };
}
