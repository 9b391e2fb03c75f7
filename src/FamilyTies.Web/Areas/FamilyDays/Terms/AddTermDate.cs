using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Terms;

public sealed class TermDateForm
{
    [Display(Name = "School year starting in")] public int? SchoolYear { get; set; }
    [Display(Name = "Term or holiday")] public string? Kind { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "First day"), DateRange(DateKind.Timetable)] public DateOnly? StartDate { get; set; }
    [Display(Name = "Last day"), DateRange(DateKind.Timetable)] public DateOnly? EndDate { get; set; }
}

public sealed class TermDateFormValidator : AbstractValidator<TermDateForm>
{
    public TermDateFormValidator()
    {
        RuleFor(f => f.SchoolYear).NotNull().WithMessage("Enter the year the school year starts in")
            .InclusiveBetween(2000, 2100).WithMessage("The school year must start between 2000 and 2100");
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<SchoolTermKind>).WithMessage("Select term or holiday");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter a name, like Autumn term or October half term")
            .MaximumLength(80).WithMessage("Name must be 80 characters or fewer");
        RuleFor(f => f.StartDate).NotNull().WithMessage("Enter the first day");
        RuleFor(f => f.EndDate).NotNull().WithMessage("Enter the last day");
        RuleFor(f => f.EndDate).GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage("The last day must be on or after the first day");
        RuleFor(f => f.StartDate).Must((f, d) => d!.Value.AddDays(-7).Year <= f.SchoolYear!.Value + 1 && d.Value.Year >= f.SchoolYear!.Value)
            .When(f => f.StartDate is not null && f.SchoolYear is >= 2000 and <= 2100)
            .WithMessage("The first day must fall in the school year, from September of the year it starts in to the August after");
    }
}

/// <summary>Adds a term or holiday and works out again the school-hours flag of the family days it covers.</summary>
public sealed class AddTermDateHandler(FamilyTiesDbContext db)
{
    public async Task<(int? Id, string? Error)> Handle(TermDateForm form)
    {
        var kind = Enum.Parse<SchoolTermKind>(form.Kind!);
        var (start, end) = (form.StartDate!.Value, form.EndDate!.Value);
        if (await db.SchoolTermDates.AnyAsync(t => t.Kind == kind && t.StartDate <= end && t.EndDate >= start))
        {
            return (null, kind == SchoolTermKind.Term ? "These dates overlap a term already recorded" : "These dates overlap a holiday already recorded");
        }
        var term = new SchoolTermDate { SchoolYear = form.SchoolYear!.Value, Kind = kind, Name = form.Name!.Trim(), StartDate = start, EndDate = end };
        db.SchoolTermDates.Add(term);
        await SchoolHoursFlags.Recompute(db, start, end, term);
        await db.SaveChangesAsync();
        return (term.Id, null);
    }
}

/// <summary>The school-hours flag of every family day in a date range, worked out again after the term dates change.</summary>
public static class SchoolHoursFlags
{
    public static async Task Recompute(FamilyTiesDbContext db, DateOnly from, DateOnly to, SchoolTermDate? added = null, int? removedId = null)
    {
        var days = await db.FamilyDays.Where(d => d.Date >= from && d.Date <= to).ToListAsync();
        if (days.Count == 0)
        {
            return;
        }
        var terms = await db.SchoolTermDates.AsNoTracking().Where(t => t.StartDate <= to && t.EndDate >= from && t.Id != removedId).ToListAsync();
        if (added is not null)
        {
            terms.Add(added);
        }
        foreach (var day in days)
        {
            day.InSchoolHours = SchoolHours.InSchoolHours(day.Date, day.StartTime, day.EndTime, terms);
        }
    }
}
