namespace FamilyTies.Domain.Establishments;

public enum EstablishmentType
{
    MaleCategoryB,
    MaleCategoryC,
    MaleCategoryD,
    MaleLocal,
    YoungOffenderInstitution,
    Female,
    HighSecurity,
}

/// <summary>
/// A prison and every setting SPEC.md says is per establishment. Nothing here is hard-coded elsewhere:
/// visit rules, allowances, targets and service levels are read from this row.
/// </summary>
public class Establishment
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public EstablishmentType Type { get; set; }
    public int OperationalCapacity { get; set; }

    // Telephone numbers and the hours they are answered.
    public string SwitchboardNumber { get; set; } = "";
    public string SwitchboardHours { get; set; } = "";
    public string OutOfHoursNumber { get; set; } = "";
    public string OutOfHoursHours { get; set; } = "";
    public string VisitsBookingNumber { get; set; } = "";
    public string VisitsBookingHours { get; set; } = "";
    public string SaferCustodyNumber { get; set; } = "";
    public string SaferCustodyHours { get; set; } = "";
    public string FamilyServiceProvider { get; set; } = "";

    // Visit rules.
    public int MaxVisitorsPerVisit { get; set; } = 3;
    public int MaxAdultsPerVisit { get; set; } = 3;
    public int AdultAge { get; set; } = 18;
    public int ChildIdAge { get; set; } = 16;
    public int MinBookingNoticeDays { get; set; } = 1;
    public int MaxBookingNoticeDays { get; set; } = 28;
    public decimal SpendPerAdult { get; set; } = 40m;
    public decimal SpendPerChild { get; set; } = 5m;

    // Visiting orders a month by incentive level, and video-call minutes a month.
    public int VisitingOrdersBasic { get; set; } = 2;
    public int VisitingOrdersStandard { get; set; } = 2;
    public int VisitingOrdersEnhanced { get; set; } = 3;
    public int VideoCallMinutesPerMonth { get; set; } = 60;
    // Video calls (issue 10): calls a month and the most people on one call.
    public int VideoCallsPerMonth { get; set; } = 2;
    public int MaxVideoCallParticipants { get; set; } = 4;

    // Targets.
    public int FamilyDaysPerYearTarget { get; set; } = 8;
    public int ForumIntervalMinMonths { get; set; } = 2;
    public int ForumIntervalMaxMonths { get; set; } = 3;
    public int SurveyIntervalMonths { get; set; } = 6;
    /// <summary>Share of prisoners with more than one visit or video call a month (contact.regular_pct).</summary>
    public int RegularContactTargetPercent { get; set; } = 50;
    /// <summary>Most days to the next free weekend table (HMIP found waits of over two weeks).</summary>
    public int WeekendWaitTargetDays { get; set; } = 14;
    /// <summary>Share of callers who asked for a call back and were told the outcome.</summary>
    public int CallerToldTargetPercent { get; set; } = 90;
    /// <summary>Share of prisoners on an ACCT asked whether family should be involved.</summary>
    public int AcctFamilyAskedTargetPercent { get; set; } = 100;

    // Needs data.
    /// <summary>A prisoner further than this from home counts as far from home (needs.far_from_home_pct).</summary>
    public int FarFromHomeMiles { get; set; } = 50;

    // "No visits" look-back periods.
    public int NoVisitsShortLookbackDays { get; set; } = 90;
    public int NoVisitsLongLookbackDays { get; set; } = 180;

    // Safer custody service levels.
    public int VoicemailCheckIntervalMinutes { get; set; } = 60;
    public int WebFormPickupHours { get; set; } = 72;
    public int CallbackTargetHours { get; set; } = 24;
    public int UrgentFirstActionMinutes { get; set; } = 30;
    public int RoutineFirstActionHours { get; set; } = 24;

    // When the safer custody line is staffed (London time); voicemail gaps count only these hours.
    public TimeOnly SaferCustodyLineOpens { get; set; } = new(8, 0);
    public TimeOnly SaferCustodyLineCloses { get; set; } = new(18, 0);
    public Weekdays SaferCustodyLineDays { get; set; } = WeekdaysExtensions.MondayToFriday;

    // Care-experienced and foreign-national prisoners (docs/decisions/0023).
    /// <summary>The local offer's interval between personal adviser contacts, after the first.</summary>
    public int PersonalAdviserContactIntervalWeeks { get; set; } = 8;
    /// <summary>When prisoners may use the phones (London time): overlapped with a family abroad's waking hours.</summary>
    public TimeOnly PhoneHoursOpen { get; set; } = new(8, 0);
    public TimeOnly PhoneHoursClose { get; set; } = new(20, 30);

    /// <summary>Visiting orders allocated each month for an incentive level.</summary>
    public int VisitingOrdersFor(People.IncentiveLevel level) => level switch
    {
        People.IncentiveLevel.Basic => VisitingOrdersBasic,
        People.IncentiveLevel.Enhanced => VisitingOrdersEnhanced,
        _ => VisitingOrdersStandard,
    };

    /// <summary>The most video-call minutes a month that national policy allows.</summary>
    public const int PolicyMaxVideoCallMinutes = 60;
}
