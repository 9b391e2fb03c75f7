using FamilyTies.Domain.Establishments;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// The three establishments of SPEC.md with the settings their strategies state (docs/reference-settings.md gives
/// each value's source line). Where a source is silent the national default on <see cref="Establishment"/> stands.
/// </summary>
public static class DemoEstablishments
{
    public static Establishment Wymott() => new()
    {
        Code = "WYI",
        Name = "HMP Wymott",
        Type = EstablishmentType.MaleCategoryC,
        OperationalCapacity = 1111,
        SwitchboardNumber = "01772 442000",
        SwitchboardHours = "24 hours",
        OutOfHoursNumber = "01772 442020",
        OutOfHoursHours = "Evenings, nights and weekends",
        VisitsBookingNumber = "01772 442234",
        VisitsBookingHours = "Monday to Friday, 9am to 3pm",
        SaferCustodyNumber = "0800 496 1481",
        SaferCustodyHours = "Answerphone, checked several times a day",
        FamilyServiceProvider = "POPS (Partners of Prisoners)",
        VisitingOrdersBasic = 2,
        VisitingOrdersStandard = 2,
        VisitingOrdersEnhanced = 3,
        FamilyDaysPerYearTarget = 12,
        ForumIntervalMinMonths = 2,
        ForumIntervalMaxMonths = 3,
        SurveyIntervalMonths = 6,
        // "Checked numerous times a day" (W:379): staffed every day, checked at least every two staffed hours.
        SaferCustodyLineOpens = new TimeOnly(8, 0),
        SaferCustodyLineCloses = new TimeOnly(20, 0),
        SaferCustodyLineDays = WeekdaysExtensions.EveryDay,
        VoicemailCheckIntervalMinutes = 120,
    };

    public static Establishment StokeHeath() => new()
    {
        Code = "SHI",
        Name = "HMPYOI Stoke Heath",
        Type = EstablishmentType.YoungOffenderInstitution,
        OperationalCapacity = 782,
        SwitchboardNumber = "01630 636000",
        SwitchboardHours = "24 hours (ask for the orderly officer with an immediate concern)",
        OutOfHoursNumber = "01630 636000",
        OutOfHoursHours = "Ask for the orderly officer",
        VisitsBookingNumber = "01630 636000",
        VisitsBookingHours = "Through the switchboard, Monday to Friday",
        SaferCustodyNumber = "01630 638011",
        SaferCustodyHours = "Answerphone, listened to daily",
        FamilyServiceProvider = "Pact (Prison Advice and Care Trust)",
        FamilyDaysPerYearTarget = 12,
        NoVisitsLongLookbackDays = 182,
        // "Listened to daily" (SH:20): once in each staffed day of 9am to 5pm, every day.
        SaferCustodyLineOpens = new TimeOnly(9, 0),
        SaferCustodyLineCloses = new TimeOnly(17, 0),
        SaferCustodyLineDays = WeekdaysExtensions.EveryDay,
        VoicemailCheckIntervalMinutes = 480,
    };

    public static Establishment Littlehey() => new()
    {
        Code = "LHI",
        Name = "HMP Littlehey",
        Type = EstablishmentType.MaleCategoryC,
        OperationalCapacity = 1220,
        SwitchboardNumber = "01480 335000",
        SwitchboardHours = "24 hours",
        OutOfHoursNumber = "01480 335000",
        OutOfHoursHours = "Ask for the orderly officer",
        VisitsBookingNumber = "01480 335136",
        VisitsBookingHours = "Tuesday to Sunday, 8:30am to 4:30pm",
        SaferCustodyNumber = "01480 335209",
        SaferCustodyHours = "Answerphone, checked daily; web forms picked up within 72 hours",
        FamilyServiceProvider = "Invisible Walls",
        MaxVisitorsPerVisit = 3,
        MaxAdultsPerVisit = 3,
        SpendPerAdult = 40m,
        SpendPerChild = 5m,
        FamilyDaysPerYearTarget = 8,
        // "Checked daily" (L:678): once in each staffed weekday of 9am to 5pm.
        SaferCustodyLineOpens = new TimeOnly(9, 0),
        SaferCustodyLineCloses = new TimeOnly(17, 0),
        VoicemailCheckIntervalMinutes = 480,
    };

    public static IReadOnlyList<Establishment> All() => [Wymott(), StokeHeath(), Littlehey()];
}
