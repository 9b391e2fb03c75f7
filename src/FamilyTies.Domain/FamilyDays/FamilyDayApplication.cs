using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

public enum ApplicationStatus { Applied, Approved, WaitingList, Offered, Declined, Withdrawn, DayCancelled }

public enum CheckResult { NotDone, NotNeeded, Passed, Refused }

/// <summary>
/// A prisoner's application for a family day, recorded by staff, with the family members to invite. It passes the
/// security check and, when a child is invited, the public protection check, then is approved (taking places),
/// put on the waiting list (no places left) or declined with a reason. Every change adds an event.
/// </summary>
public class FamilyDayApplication : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int FamilyDayId { get; set; }
    public FamilyDay? FamilyDay { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Applied;
    public CheckResult SecurityCheck { get; set; } = CheckResult.NotDone;
    public string SecurityNote { get; set; } = "";
    public CheckResult ChildCheck { get; set; } = CheckResult.NotDone;
    public string ChildCheckNote { get; set; } = "";
    public string DeclineReason { get; set; } = "";
    /// <summary>When it joined the waiting list: the first to join is offered the first freed place.</summary>
    public DateTimeOffset? WaitingSince { get; set; }
    public bool? PrisonerAttended { get; set; }
    public string Feedback { get; set; } = "";
    public List<FamilyDayGuest> Guests { get; set; } = [];
    public List<FamilyDayApplicationEvent> Events { get; set; } = [];

    /// <summary>The people this family brings: the invited family members (the prisoner is already inside).</summary>
    public int People => Guests.Count;

    /// <summary>Still in play: not declined, withdrawn or closed by the day's cancellation.</summary>
    public bool Open => Status is ApplicationStatus.Applied or ApplicationStatus.Approved or ApplicationStatus.WaitingList or ApplicationStatus.Offered;

    public bool HoldsPlaces => Status is ApplicationStatus.Approved or ApplicationStatus.Offered;

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;

    public static string Describe(ApplicationStatus status) => status switch
    {
        ApplicationStatus.WaitingList => "Waiting list",
        ApplicationStatus.Offered => "Offered a freed place",
        ApplicationStatus.DayCancelled => "Family day cancelled",
        _ => status.ToString(),
    };

    public static string Describe(CheckResult result) => result switch
    {
        CheckResult.NotDone => "Not done",
        CheckResult.NotNeeded => "Not needed",
        _ => result.ToString(),
    };
}
