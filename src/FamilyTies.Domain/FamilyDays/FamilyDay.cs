using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.FamilyDays;

public enum FamilyDayType
{
    ChildrensDay, AdultFamilyDay, LifersAndIpp, CareExperienced, Veterans, Lgbtq, NoVisits, Recovery, CelebratingSuccess,
    GypsyRomaTraveller, Other,
}

/// <summary>Who may apply: everyone, or one cohort of the roll.</summary>
public enum FamilyDayCohort { Everyone, ParentsOfChildrenUnder18, CareExperienced, ForeignNationals }

/// <summary>
/// A family day (SPEC.md pathway 2): a longer, relaxed event, not a standard two-hour visit. Its places are counted on
/// the row itself (<see cref="FamiliesBooked"/>, <see cref="PeopleBooked"/>) and guarded by <see cref="Version"/>, so two
/// staff taking the last place at once cannot both succeed (FamilyDayPlaces takes and frees them).
/// </summary>
public class FamilyDay : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public string Title { get; set; } = "";
    public FamilyDayType Type { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public string Venue { get; set; } = "";
    public int CapacityFamilies { get; set; }
    public int CapacityPeople { get; set; }
    public string Organiser { get; set; } = "";
    public string Partner { get; set; } = "";
    public string Funding { get; set; } = "";

    /// <summary>Computed from the establishment's school term dates when the day is saved or the dates change.</summary>
    public bool InSchoolHours { get; set; }

    // Eligibility.
    public FamilyDayCohort Cohort { get; set; } = FamilyDayCohort.Everyone;
    public bool BasicEligible { get; set; } = true;
    public bool StandardEligible { get; set; } = true;
    public bool EnhancedEligible { get; set; } = true;
    /// <summary>No proven adjudication in this many months before the day; null when adjudications do not matter.</summary>
    public int? NoProvenAdjudicationMonths { get; set; }
    public bool AdultChildrenAllowed { get; set; }
    public bool ExtendedFamilyAllowed { get; set; }

    // Places taken (approved and offered applications), guarded by the concurrency token.
    public int FamiliesBooked { get; set; }
    public int PeopleBooked { get; set; }
    /// <summary>Concurrency token: incremented whenever places are taken or freed, checked on save.</summary>
    public int Version { get; set; }

    public bool Cancelled { get; set; }
    /// <summary>Why the day was cancelled (given by staff when cancelling).</summary>
    public string CancelReason { get; set; } = "";
    public DateTimeOffset? CancelledAt { get; set; }

    public TimeSpan Length => EndTime - StartTime;

    public bool IncentiveEligible(IncentiveLevel level) => level switch
    {
        IncentiveLevel.Basic => BasicEligible,
        IncentiveLevel.Enhanced => EnhancedEligible,
        _ => StandardEligible,
    };

    /// <summary>"4 hours", "2 hours 30 minutes".</summary>
    public static string FormatLength(TimeSpan length)
    {
        var hours = (int)length.TotalHours;
        var minutes = length.Minutes;
        var h = hours == 1 ? "1 hour" : $"{hours} hours";
        return minutes == 0 ? h : hours == 0 ? $"{minutes} minutes" : $"{h} {minutes} minutes";
    }

    public static string Describe(FamilyDayType type) => type switch
    {
        FamilyDayType.ChildrensDay => "Children's day",
        FamilyDayType.AdultFamilyDay => "Adult family day",
        FamilyDayType.LifersAndIpp => "Lifers and IPP",
        FamilyDayType.CareExperienced => "Care-experienced",
        FamilyDayType.Veterans => "Veterans",
        FamilyDayType.Lgbtq => "LGBTQ+",
        FamilyDayType.NoVisits => "Prisoners who get no visits",
        FamilyDayType.Recovery => "Recovery",
        FamilyDayType.CelebratingSuccess => "Celebrating success",
        FamilyDayType.GypsyRomaTraveller => "Gypsy, Roma and Traveller",
        _ => "Other",
    };

    public static string Describe(FamilyDayCohort cohort) => cohort switch
    {
        FamilyDayCohort.ParentsOfChildrenUnder18 => "Prisoners with children under 18",
        FamilyDayCohort.CareExperienced => "Care-experienced prisoners",
        FamilyDayCohort.ForeignNationals => "Foreign national prisoners",
        _ => "Everyone",
    };
}
