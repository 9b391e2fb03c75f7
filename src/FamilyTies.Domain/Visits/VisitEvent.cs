
namespace FamilyTies.Domain.Visits;

public enum VisitEventType { Booked, Amended, Cancelled, FlaggedForReview, ReviewKept, ReviewCancelled }

/// <summary>A line of a visit's history, shown on its page.</summary>
public class VisitEvent
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public VisitEventType Type { get; set; }
    public string Detail { get; set; } = "";
}
