using System.ComponentModel.DataAnnotations;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FluentValidation;

namespace FamilyTies.Web.Areas.Admin.Settings;

/// <summary>
/// Every per-establishment setting of SPEC.md. Property names match <see cref="Establishment"/>, and
/// <see cref="EditSettingsHandler"/> copies them across by name, so a new setting needs a property here, a rule
/// below and a field in the view.
/// </summary>
public sealed class EditSettingsForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Code")] public string? Code { get; set; }
    [Display(Name = "Type")] public string? Type { get; set; }
    [Display(Name = "Operational capacity")] public int? OperationalCapacity { get; set; }

    [Display(Name = "Switchboard number")] public string? SwitchboardNumber { get; set; }
    [Display(Name = "Switchboard hours")] public string? SwitchboardHours { get; set; }
    [Display(Name = "Out-of-hours number")] public string? OutOfHoursNumber { get; set; }
    [Display(Name = "Out-of-hours arrangements")] public string? OutOfHoursHours { get; set; }
    [Display(Name = "Visits booking number")] public string? VisitsBookingNumber { get; set; }
    [Display(Name = "Visits booking hours")] public string? VisitsBookingHours { get; set; }
    [Display(Name = "Safer custody number")] public string? SaferCustodyNumber { get; set; }
    [Display(Name = "Safer custody line hours")] public string? SaferCustodyHours { get; set; }
    [Display(Name = "Family service provider")] public string? FamilyServiceProvider { get; set; }

    [Display(Name = "Most visitors on one visit")] public int? MaxVisitorsPerVisit { get; set; }
    [Display(Name = "Most adults on one visit")] public int? MaxAdultsPerVisit { get; set; }
    [Display(Name = "Age at which a visitor counts as an adult")] public int? AdultAge { get; set; }
    [Display(Name = "Age from which a child needs ID")] public int? ChildIdAge { get; set; }
    [Display(Name = "Fewest days' notice to book")] public int? MinBookingNoticeDays { get; set; }
    [Display(Name = "Most days ahead a visit can be booked")] public int? MaxBookingNoticeDays { get; set; }
    [Display(Name = "Spend allowed per adult (£)")] public decimal? SpendPerAdult { get; set; }
    [Display(Name = "Spend allowed per child (£)")] public decimal? SpendPerChild { get; set; }

    [Display(Name = "Visiting orders a month on Basic")] public int? VisitingOrdersBasic { get; set; }
    [Display(Name = "Visiting orders a month on Standard")] public int? VisitingOrdersStandard { get; set; }
    [Display(Name = "Visiting orders a month on Enhanced")] public int? VisitingOrdersEnhanced { get; set; }
    [Display(Name = "Video-call minutes a month")] public int? VideoCallMinutesPerMonth { get; set; }
    [Display(Name = "Video calls a month")] public int? VideoCallsPerMonth { get; set; }
    [Display(Name = "Most people on one video call")] public int? MaxVideoCallParticipants { get; set; }

    [Display(Name = "Family days a year (target)")] public int? FamilyDaysPerYearTarget { get; set; }
    [Display(Name = "Shortest gap between family forums (months)")] public int? ForumIntervalMinMonths { get; set; }
    [Display(Name = "Longest gap between family forums (months)")] public int? ForumIntervalMaxMonths { get; set; }
    [Display(Name = "Months between surveys")] public int? SurveyIntervalMonths { get; set; }
    [Display(Name = "Regular contact target (%)")] public int? RegularContactTargetPercent { get; set; }
    [Display(Name = "Longest wait for a weekend visit (days, target)")] public int? WeekendWaitTargetDays { get; set; }
    [Display(Name = "Callers told the outcome (%, target)")] public int? CallerToldTargetPercent { get; set; }
    [Display(Name = "Prisoners on an ACCT asked about family involvement (%, target)")] public int? AcctFamilyAskedTargetPercent { get; set; }
    [Display(Name = "Far from home: more than (miles)")] public int? FarFromHomeMiles { get; set; }

    [Display(Name = "\"No visits\" short look-back (days)")] public int? NoVisitsShortLookbackDays { get; set; }
    [Display(Name = "\"No visits\" long look-back (days)")] public int? NoVisitsLongLookbackDays { get; set; }

    [Display(Name = "Voicemail check interval (minutes)")] public int? VoicemailCheckIntervalMinutes { get; set; }
    [Display(Name = "Web-form pick-up within (hours)")] public int? WebFormPickupHours { get; set; }
    [Display(Name = "Call back within (hours)")] public int? CallbackTargetHours { get; set; }
    [Display(Name = "First action on an urgent contact within (minutes)")] public int? UrgentFirstActionMinutes { get; set; }
    [Display(Name = "First action on a routine contact within (hours)")] public int? RoutineFirstActionHours { get; set; }

    [Display(Name = "Safer custody line staffed from")] public string? SaferCustodyLineOpens { get; set; }
    [Display(Name = "Safer custody line staffed until")] public string? SaferCustodyLineCloses { get; set; }
    [Display(Name = "Days the safer custody line is staffed")] public List<string> SaferCustodyLineDays { get; set; } = [];

    // Care-experienced and foreign-national prisoners (issue 12).
    [Display(Name = "Weeks between personal adviser contacts (local offer)")] public int? PersonalAdviserContactIntervalWeeks { get; set; }
    [Display(Name = "Prisoners' phones on from")] public string? PhoneHoursOpen { get; set; }
    [Display(Name = "Prisoners' phones off at")] public string? PhoneHoursClose { get; set; }

    public static string Describe(EstablishmentType type) => type switch
    {
        EstablishmentType.MaleCategoryB => "Category B (male)",
        EstablishmentType.MaleCategoryC => "Category C training prison (male)",
        EstablishmentType.MaleCategoryD => "Category D open prison (male)",
        EstablishmentType.MaleLocal => "Local prison (male)",
        EstablishmentType.YoungOffenderInstitution => "Young offender institution",
        EstablishmentType.Female => "Women's prison",
        EstablishmentType.HighSecurity => "High security",
        _ => type.ToString(),
    };
}

public sealed class EditSettingsValidator : AbstractValidator<EditSettingsForm>
{
    /// <summary>UK numbers: 0 then 9–10 digits (spaces allowed), or +44 then 9–10 digits.</summary>
    private const string UkPhone = @"^(?:0|\+44 ?)(?:\d ?){9,10}$";

    public EditSettingsValidator()
    {
        Text(f => f.Name, "name", 100);
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the establishment code")
            .Matches("^[A-Z]{3}$").WithMessage("Establishment code must be 3 capital letters, like WYI");
        RuleFor(f => f.Type).Must(t => Enum.TryParse<EstablishmentType>(t, ignoreCase: false, out var type) && Enum.IsDefined(type) && !int.TryParse(t, out _))
            .WithMessage("Select the type of establishment");
        Whole(f => f.OperationalCapacity, "operational capacity", 1, 5000);

        Phone(f => f.SwitchboardNumber, "switchboard number");
        Text(f => f.SwitchboardHours, "switchboard hours", 200);
        Phone(f => f.OutOfHoursNumber, "out-of-hours number");
        Text(f => f.OutOfHoursHours, "out-of-hours arrangements", 200);
        Phone(f => f.VisitsBookingNumber, "visits booking number");
        Text(f => f.VisitsBookingHours, "visits booking hours", 200);
        Phone(f => f.SaferCustodyNumber, "safer custody number");
        Text(f => f.SaferCustodyHours, "safer custody line hours", 200);
        Text(f => f.FamilyServiceProvider, "family service provider", 150);

        Whole(f => f.MaxVisitorsPerVisit, "most visitors on one visit", 1, 10);
        Whole(f => f.MaxAdultsPerVisit, "most adults on one visit", 1, 10);
        RuleFor(f => f.MaxAdultsPerVisit).LessThanOrEqualTo(f => f.MaxVisitorsPerVisit)
            .WithMessage("Most adults on one visit cannot be more than most visitors on one visit")
            .When(f => f.MaxAdultsPerVisit is not null && f.MaxVisitorsPerVisit is not null);
        Whole(f => f.AdultAge, "age at which a visitor counts as an adult", 16, 21);
        Whole(f => f.ChildIdAge, "age from which a child needs ID", 0, 21);
        RuleFor(f => f.ChildIdAge).LessThanOrEqualTo(f => f.AdultAge)
            .WithMessage("Age from which a child needs ID must be no more than the adult age")
            .When(f => f.ChildIdAge is not null && f.AdultAge is not null);
        Whole(f => f.MinBookingNoticeDays, "fewest days' notice to book", 0, 28);
        Whole(f => f.MaxBookingNoticeDays, "most days ahead a visit can be booked", 1, 365);
        RuleFor(f => f.MaxBookingNoticeDays).GreaterThan(f => f.MinBookingNoticeDays)
            .WithMessage("Most days ahead must be more than the fewest days' notice")
            .When(f => f.MaxBookingNoticeDays is not null && f.MinBookingNoticeDays is not null);
        Money(f => f.SpendPerAdult, "spend allowed per adult");
        Money(f => f.SpendPerChild, "spend allowed per child");

        Whole(f => f.VisitingOrdersBasic, "visiting orders a month on Basic", 0, 26);
        Whole(f => f.VisitingOrdersStandard, "visiting orders a month on Standard", 0, 26);
        Whole(f => f.VisitingOrdersEnhanced, "visiting orders a month on Enhanced", 0, 26);
        RuleFor(f => f.VisitingOrdersStandard).GreaterThanOrEqualTo(f => f.VisitingOrdersBasic)
            .WithMessage("Standard must give at least as many visiting orders as Basic")
            .When(f => f.VisitingOrdersStandard is not null && f.VisitingOrdersBasic is not null);
        RuleFor(f => f.VisitingOrdersEnhanced).GreaterThanOrEqualTo(f => f.VisitingOrdersStandard)
            .WithMessage("Enhanced must give at least as many visiting orders as Standard")
            .When(f => f.VisitingOrdersEnhanced is not null && f.VisitingOrdersStandard is not null);
        Whole(f => f.VideoCallMinutesPerMonth, "video-call minutes a month", 0, Establishment.PolicyMaxVideoCallMinutes,
            $"Video-call minutes a month must be between 0 and {Establishment.PolicyMaxVideoCallMinutes} (the national policy maximum)");
        Whole(f => f.VideoCallsPerMonth, "video calls a month", 0, 10);
        Whole(f => f.MaxVideoCallParticipants, "most people on one video call", 1, 4,
            "Most people on one video call must be between 1 and 4 (the national policy maximum)");

        Whole(f => f.FamilyDaysPerYearTarget, "family days a year", 0, 52);
        Whole(f => f.ForumIntervalMinMonths, "shortest gap between family forums", 1, 12);
        Whole(f => f.ForumIntervalMaxMonths, "longest gap between family forums", 1, 12);
        RuleFor(f => f.ForumIntervalMaxMonths).GreaterThanOrEqualTo(f => f.ForumIntervalMinMonths)
            .WithMessage("Longest gap between forums must be at least the shortest gap")
            .When(f => f.ForumIntervalMaxMonths is not null && f.ForumIntervalMinMonths is not null);
        Whole(f => f.SurveyIntervalMonths, "months between surveys", 1, 12);
        Whole(f => f.RegularContactTargetPercent, "regular contact target", 0, 100);
        Whole(f => f.WeekendWaitTargetDays, "weekend wait target", 1, 90);
        Whole(f => f.CallerToldTargetPercent, "callers told the outcome target", 0, 100);
        Whole(f => f.AcctFamilyAskedTargetPercent, "ACCT family involvement target", 0, 100);
        Whole(f => f.FarFromHomeMiles, "far-from-home distance", 1, 500);

        Whole(f => f.NoVisitsShortLookbackDays, "\"no visits\" short look-back", 7, 365);
        Whole(f => f.NoVisitsLongLookbackDays, "\"no visits\" long look-back", 7, 730);
        RuleFor(f => f.NoVisitsLongLookbackDays).GreaterThan(f => f.NoVisitsShortLookbackDays)
            .WithMessage("The long look-back must be longer than the short look-back")
            .When(f => f.NoVisitsLongLookbackDays is not null && f.NoVisitsShortLookbackDays is not null);

        Whole(f => f.VoicemailCheckIntervalMinutes, "voicemail check interval", 5, 1440);
        Whole(f => f.WebFormPickupHours, "web-form pick-up", 1, 72,
            "Web-form pick-up must be between 1 and 72 hours (the service level is 72 hours at most)");
        Whole(f => f.CallbackTargetHours, "call-back target", 1, 72);
        Whole(f => f.UrgentFirstActionMinutes, "first action on an urgent contact", 1, 240);
        Whole(f => f.RoutineFirstActionHours, "first action on a routine contact", 1, 72);

        Time(f => f.SaferCustodyLineOpens, "time the safer custody line is staffed from", "08:00");
        Time(f => f.SaferCustodyLineCloses, "time the safer custody line is staffed until", "18:00");
        RuleFor(f => f.SaferCustodyLineCloses)
            .Must((f, closes) => !LondonTime.TryParseTime(f.SaferCustodyLineOpens, out var opens) || !LondonTime.TryParseTime(closes, out var until) || until > opens)
            .WithMessage("The safer custody line must be staffed until a time later than it opens");
        RuleFor(f => f.SaferCustodyLineDays).NotEmpty().WithMessage("Select the days the safer custody line is staffed");
        RuleFor(f => f.SaferCustodyLineDays).Must(days => days.All(d => WeekdaysExtensions.Each.Any(w => w.ToString() == d)))
            .WithMessage("Select days from the list");

        Whole(f => f.PersonalAdviserContactIntervalWeeks, "weeks between personal adviser contacts", 1, 26);
        Time(f => f.PhoneHoursOpen, "time prisoners' phones are on from", "08:00");
        Time(f => f.PhoneHoursClose, "time prisoners' phones are off", "20:30");
        RuleFor(f => f.PhoneHoursClose)
            .Must((f, closes) => !LondonTime.TryParseTime(f.PhoneHoursOpen, out var opens) || !LondonTime.TryParseTime(closes, out var until) || until > opens)
            .WithMessage("Prisoners' phones must be off at a time later than they are on from");
    }

    private void Time(System.Linq.Expressions.Expression<Func<EditSettingsForm, string?>> field, string label, string example) =>
        RuleFor(field).NotEmpty().WithMessage($"Enter the {label}")
            .Must(t => string.IsNullOrWhiteSpace(t) || LondonTime.TryParseTime(t, out _))
            .WithMessage($"Enter the {label} in the 24-hour clock, like {example}");

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private void Text(System.Linq.Expressions.Expression<Func<EditSettingsForm, string?>> field, string label, int max) =>
        RuleFor(field).NotEmpty().WithMessage($"Enter the {label}")
            .MaximumLength(max).WithMessage($"{Capitalise(label)} must be {max} characters or fewer");

    private void Phone(System.Linq.Expressions.Expression<Func<EditSettingsForm, string?>> field, string label) =>
        RuleFor(field).NotEmpty().WithMessage($"Enter the {label}")
            .Matches(UkPhone).WithMessage($"Enter the {label} as a UK telephone number, like 01772 442000");

    private void Whole(System.Linq.Expressions.Expression<Func<EditSettingsForm, int?>> field, string label, int min, int max, string? message = null) =>
        RuleFor(field).NotNull().WithMessage($"Enter the {label}")
            .InclusiveBetween(min, max).WithMessage(message ?? $"{Capitalise(label)} must be between {min} and {max}");

    private void Money(System.Linq.Expressions.Expression<Func<EditSettingsForm, decimal?>> field, string label) =>
        RuleFor(field).NotNull().WithMessage($"Enter the {label}")
            .InclusiveBetween(0m, 500m).WithMessage($"{Capitalise(label)} must be between £0 and £500")
            .Must(v => v is null || decimal.Round(v.Value, 2) == v.Value).WithMessage($"{Capitalise(label)} must be in pounds and pence, like 40.00");
}

/// <summary>Loads the settings into the form and saves them back, copying properties by name.</summary>
public sealed class EditSettingsHandler(FamilyTies.Data.FamilyTiesDbContext db)
{
    private static readonly (System.Reflection.PropertyInfo Form, System.Reflection.PropertyInfo Entity)[] Map =
        typeof(EditSettingsForm).GetProperties()
            .Select(f => (f, typeof(Establishment).GetProperty(f.Name)
                             ?? throw new InvalidOperationException($"Establishment has no setting {f.Name}")))
            .ToArray();

    public static EditSettingsForm ToForm(Establishment establishment)
    {
        var form = new EditSettingsForm();
        foreach (var (f, e) in Map)
        {
            var value = e.GetValue(establishment);
            f.SetValue(form, value switch
            {
                Weekdays days => WeekdaysExtensions.Each.Where(d => days.HasFlag(d)).Select(d => d.ToString()).ToList(),
                Enum => value.ToString(),
                TimeOnly time => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                _ => value,
            });
        }
        return form;
    }

    public async Task Handle(Establishment establishment, EditSettingsForm form)
    {
        foreach (var (f, e) in Map)
        {
            var value = f.GetValue(form);
            e.SetValue(establishment, value switch
            {
                string s when e.PropertyType.IsEnum => Enum.Parse(e.PropertyType, s),
                string s when e.PropertyType == typeof(TimeOnly) => LondonTime.TryParseTime(s, out var time) ? time : throw new FormatException(f.Name),
                string s => s.Trim(),
                List<string> names when e.PropertyType.IsEnum => Enum.Parse(e.PropertyType, string.Join(",", names.Distinct())),
                _ => value,
            });
        }
        await db.SaveChangesAsync();
    }
}
