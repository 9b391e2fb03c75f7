using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.CareExperienced;

/// <summary>How the prisoner's care experience came to light.</summary>
public enum IdentifiedBy { InductionQuestionnaire, FirstNight, Referral, Other }

/// <summary>
/// A prisoner on the care-experienced register (self-declared): how identified, the time looked after (for the
/// care-leaver status), consent to share with the local authority, the local authority and personal adviser, the
/// pathway plan, the single point of contact and the support given. One per prisoner.
/// </summary>
public class CareExperiencedRecord : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public IdentifiedBy IdentifiedBy { get; set; }
    public string IdentifiedByDetail { get; set; } = "";

    /// <summary>The time looked after since the 14th birthday, as the prisoner or local authority gave it.</summary>
    public DateOnly? LookedAfterFrom { get; set; }
    /// <summary>Null while still looked after (or when only the start is known).</summary>
    public DateOnly? LookedAfterTo { get; set; }

    /// <summary>Consent to share with the local authority: given on a date, and withdrawn on a later one.</summary>
    public bool ConsentToShare { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }
    public DateOnly? ConsentWithdrawnOn { get; set; }

    public string LocalAuthority { get; set; } = "";
    public string PersonalAdviserName { get; set; } = "";
    public string PersonalAdviserPhone { get; set; } = "";
    public string PersonalAdviserEmail { get; set; } = "";

    public bool PathwayPlanHeld { get; set; }
    public DateOnly? PathwayPlanDate { get; set; }
    public string SinglePointOfContact { get; set; } = "";
    /// <summary>Who follows up a registered prisoner with no visit (the worklist).</summary>
    public string FollowUpBy { get; set; } = "";

    public DateOnly? SettingUpHomeGrantOn { get; set; }
    public DateOnly? BursaryOn { get; set; }
    public string OtherSupport { get; set; } = "";
    public DateOnly? OtherSupportOn { get; set; }

    public List<PersonalAdviserContact> Contacts { get; set; } = [];

    /// <summary>The local authority and adviser may be shown (and shared) only while consent stands.</summary>
    public bool MayShare => ConsentToShare && ConsentWithdrawnOn is null;

    public IEnumerable<LookedAfterPeriod> LookedAfter =>
        LookedAfterFrom is { } from ? [new LookedAfterPeriod(from, LookedAfterTo)] : [];

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
