using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

public enum ForumActionStatus { Open, InProgress, Done }

/// <summary>"You said, we did": what families raised at a forum, who owns the answer, by when, and what was done.</summary>
public class ForumAction : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public int ForumId { get; set; }
    public Forum? Forum { get; set; }
    public string YouSaid { get; set; } = "";
    public string WeDid { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public ForumActionStatus Status { get; set; } = ForumActionStatus.Open;
    /// <summary>The day it was marked done (so a past month's overdue count stays what it was).</summary>
    public DateOnly? DoneOn { get; set; }

    /// <summary>Past its due date and not done by then.</summary>
    public bool IsOverdue(DateOnly today) => DueDate < today && (DoneOn is null || DoneOn > today);

    public static string Describe(ForumActionStatus status) => status == ForumActionStatus.InProgress ? "In progress" : status.ToString();
}
