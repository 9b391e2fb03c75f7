using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

public enum ApplicationEventType
{
    Applied, SecurityChecked, ChildChecked, Approved, WaitingListed, Offered, OfferAccepted, Declined, Withdrawn, AttendanceRecorded, DayChanged, DayCancelled,
}

/// <summary>A line of an application's history: every state change, who made it and when.</summary>
public class FamilyDayApplicationEvent : IEstablishmentOwned
{
    public int Id { get; set; }
    public int EstablishmentId { get; set; }
    public int FamilyDayApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public ApplicationEventType Type { get; set; }
    public string Detail { get; set; } = "";
}
