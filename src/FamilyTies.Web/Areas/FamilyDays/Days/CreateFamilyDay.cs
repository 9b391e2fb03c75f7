using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Days;

public sealed class FamilyDayForm
{
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Type of family day")] public string? Type { get; set; }
    [Display(Name = "Date"), DateRange(DateKind.Timetable)] public DateOnly? Date { get; set; }
    [Display(Name = "Start time")] public string? StartTime { get; set; }
    [Display(Name = "End time")] public string? EndTime { get; set; }
    [Display(Name = "Venue")] public string? Venue { get; set; }
    [Display(Name = "Places for families")] public int? CapacityFamilies { get; set; }
    [Display(Name = "Places for people (family members)")] public int? CapacityPeople { get; set; }
    [Display(Name = "Organiser")] public string? Organiser { get; set; }
    [Display(Name = "Partner organisation (optional)")] public string? Partner { get; set; }
    [Display(Name = "Funding (optional)")] public string? Funding { get; set; }
    [Display(Name = "Who may apply")] public string? Cohort { get; set; }
    [Display(Name = "Incentive levels that may apply")] public List<string> IncentiveLevels { get; set; } = [];
    [Display(Name = "No proven adjudication in this many months (optional)")] public int? NoProvenAdjudicationMonths { get; set; }
    [Display(Name = "Adult children may come")] public bool AdultChildrenAllowed { get; set; }
    [Display(Name = "Extended family may come")] public bool ExtendedFamilyAllowed { get; set; }

    /// <summary>A time of day as typed ("10am", "15:30"); midnight when it is not one (the validator has refused it).</summary>
    public static TimeOnly Time(string? text) => LondonTime.TryParseTimeOfDay(text, out var time) ? time : default;
}

public sealed class FamilyDayFormValidator : AbstractValidator<FamilyDayForm>
{
    public FamilyDayFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title").MaximumLength(120).WithMessage("Title must be 120 characters or fewer");
        RuleFor(f => f.Type).Must(FormChoices.IsOneOf<FamilyDayType>).WithMessage("Select the type of family day");
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date");
        RuleFor(f => f.StartTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the start time, like 10am or 10:00");
        RuleFor(f => f.EndTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the end time, like 3pm or 15:00");
        RuleFor(f => f.EndTime).Must((f, t) => FamilyDayForm.Time(t) > FamilyDayForm.Time(f.StartTime))
            .When(f => LondonTime.TryParseTimeOfDay(f.StartTime, out _) && LondonTime.TryParseTimeOfDay(f.EndTime, out _))
            .WithMessage("The end time must be after the start time");
        RuleFor(f => f.Venue).NotEmpty().WithMessage("Enter the venue").MaximumLength(120).WithMessage("Venue must be 120 characters or fewer");
        RuleFor(f => f.CapacityFamilies).NotNull().WithMessage("Enter the number of places for families")
            .InclusiveBetween(1, 200).WithMessage("Places for families must be between 1 and 200");
        RuleFor(f => f.CapacityPeople).NotNull().WithMessage("Enter the number of places for people")
            .InclusiveBetween(1, 1000).WithMessage("Places for people must be between 1 and 1000");
        RuleFor(f => f.CapacityPeople).GreaterThanOrEqualTo(f => f.CapacityFamilies)
            .When(f => f.CapacityFamilies is >= 1 and <= 200 && f.CapacityPeople is >= 1 and <= 1000)
            .WithMessage("Places for people must be at least the places for families");
        RuleFor(f => f.Organiser).NotEmpty().WithMessage("Enter the organiser").MaximumLength(120).WithMessage("Organiser must be 120 characters or fewer");
        RuleFor(f => f.Partner).MaximumLength(120).WithMessage("Partner organisation must be 120 characters or fewer");
        RuleFor(f => f.Funding).MaximumLength(200).WithMessage("Funding must be 200 characters or fewer");
        RuleFor(f => f.Cohort).Must(FormChoices.IsOneOf<FamilyDayCohort>).WithMessage("Select who may apply");
        RuleFor(f => f.IncentiveLevels).NotEmpty().WithMessage("Select the incentive levels that may apply")
            .Must(l => l.All(FormChoices.IsOneOf<Domain.People.IncentiveLevel>)).WithMessage("Select incentive levels from the list");
        RuleFor(f => f.NoProvenAdjudicationMonths).InclusiveBetween(1, 60).When(f => f.NoProvenAdjudicationMonths is not null)
            .WithMessage("Months without a proven adjudication must be between 1 and 60");
    }
}

/// <summary>Records a family day; its school-hours flag is worked out from the establishment's term dates.</summary>
public sealed class CreateFamilyDayHandler(FamilyTiesDbContext db)
{
    public async Task<int?> Handle(FamilyDayForm form)
    {
        var date = form.Date!.Value;
        var day = new FamilyDay
        {
            Title = form.Title!.Trim(),
            Type = Enum.Parse<FamilyDayType>(form.Type!),
            Date = date,
            StartTime = FamilyDayForm.Time(form.StartTime),
            EndTime = FamilyDayForm.Time(form.EndTime),
            Venue = form.Venue!.Trim(),
            CapacityFamilies = form.CapacityFamilies!.Value,
            CapacityPeople = form.CapacityPeople!.Value,
            Organiser = form.Organiser!.Trim(),
            Partner = form.Partner?.Trim() ?? "",
            Funding = form.Funding?.Trim() ?? "",
        };
        Apply(day, form);
        var terms = await db.SchoolTermDates.AsNoTracking().Where(t => t.StartDate <= date && t.EndDate >= date).ToListAsync();
        day.InSchoolHours = SchoolHours.InSchoolHours(date, day.StartTime, day.EndTime, terms);
        db.FamilyDays.Add(day);
        await db.SaveChangesAsync();
        return day.Id;
    }

    /// <summary>Sets the day's eligibility rules from the form (adding and changing a day share it).</summary>
    public static void Apply(FamilyDay day, FamilyDayForm form)
    {
        day.Cohort = Enum.Parse<FamilyDayCohort>(form.Cohort!);
        day.BasicEligible = form.IncentiveLevels.Contains("Basic");
        day.StandardEligible = form.IncentiveLevels.Contains("Standard");
        day.EnhancedEligible = form.IncentiveLevels.Contains("Enhanced");
        day.NoProvenAdjudicationMonths = form.NoProvenAdjudicationMonths;
        day.AdultChildrenAllowed = form.AdultChildrenAllowed;
        day.ExtendedFamilyAllowed = form.ExtendedFamilyAllowed;
    }

    /// <summary>The form filled in from a day, to change it.</summary>
    public static FamilyDayForm FormOf(FamilyDay day) => new()
    {
        Title = day.Title, Type = day.Type.ToString(), Date = day.Date, StartTime = LondonTime.FormatTime(day.StartTime), EndTime = LondonTime.FormatTime(day.EndTime),
        Venue = day.Venue, CapacityFamilies = day.CapacityFamilies, CapacityPeople = day.CapacityPeople, Organiser = day.Organiser, Partner = day.Partner,
        Funding = day.Funding, Cohort = day.Cohort.ToString(),
        IncentiveLevels = new[] { day.BasicEligible ? "Basic" : null, day.StandardEligible ? "Standard" : null, day.EnhancedEligible ? "Enhanced" : null }.OfType<string>().ToList(),
        NoProvenAdjudicationMonths = day.NoProvenAdjudicationMonths, AdultChildrenAllowed = day.AdultChildrenAllowed, ExtendedFamilyAllowed = day.ExtendedFamilyAllowed,
    };
}
