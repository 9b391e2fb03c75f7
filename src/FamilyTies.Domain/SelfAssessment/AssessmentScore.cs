using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.SelfAssessment;

/// <summary>
/// An establishment's answer to one requirement in one year's self-assessment: the family lead's score and note, and
/// the group director's moderated score. A year's self-assessment is the establishment's answers for that year.
/// </summary>
public class AssessmentScore : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int Year { get; set; }
    public int RequirementId { get; set; }
    public Requirement? Requirement { get; set; }
    public ScoreLevel? SelfScore { get; set; }
    /// <summary>"How well is it working": the quality of the work, not only that a system exists (HMIP §7.15).</summary>
    public string? HowWell { get; set; }
    public ScoreLevel? ModeratedScore { get; set; }

    /// <summary>The score that counts: the moderated one where the group director changed it, else the self-score.</summary>
    public ScoreLevel? Agreed => ModeratedScore ?? SelfScore;
}

/// <summary>A group director's change to a score, with the reason: the moderation history, never changed.</summary>
public class ScoreModeration : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int AssessmentScoreId { get; set; }
    public ScoreLevel? From { get; set; }
    public ScoreLevel To { get; set; }
    public string Reason { get; set; } = "";
}

public enum ActionStatus { NotStarted, InProgress, Done }

/// <summary>One item of an establishment's action plan: what will be done about a requirement, by whom and when.</summary>
public class ActionPlanItem : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int Year { get; set; }
    public int RequirementId { get; set; }
    public Requirement? Requirement { get; set; }
    public string Action { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }

    public bool IsOverdue(DateOnly today) => Status != ActionStatus.Done && DueDate < today;

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        _ => "Done",
    };
}
