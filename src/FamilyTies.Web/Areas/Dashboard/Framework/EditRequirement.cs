using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.SelfAssessment;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.Framework;

/// <summary>One linked measure on the form; a row with no measure is left out.</summary>
public sealed class EvidenceLine
{
    [Display(Name = "Measure")] public string? MeasureKey { get; set; }
    [Display(Name = "Mostly met at")] public decimal? MostlyMet { get; set; }
    [Display(Name = "Fully met at")] public decimal? FullyMet { get; set; }
}

/// <summary>The national team's change to a requirement: its wording, source and the measures that evidence it.</summary>
public sealed class EditRequirementForm
{
    public const int Lines = 3;
    public const decimal Largest = 100_000m;

    [Display(Name = "Theme")] public string? Theme { get; set; }
    [Display(Name = "Requirement")] public string? Text { get; set; }
    [Display(Name = "Source heading")] public string? Source { get; set; }
    public List<EvidenceLine> Evidence { get; set; } = [];

    [BindNever] public int Number { get; set; }

    /// <summary>The measures that can evidence a requirement: those with a better direction.</summary>
    public static IReadOnlyList<SelectListItem> MeasureOptions { get; } =
        MeasureRegistry.All.Where(m => m.Better != Better.Neither).Select(m => new SelectListItem($"{m.Title} ({m.Key})", m.Key)).ToList();

    public void Pad()
    {
        while (Evidence.Count < Lines)
        {
            Evidence.Add(new EvidenceLine());
        }
    }
}

public sealed class EditRequirementValidator : AbstractValidator<EditRequirementForm>
{
    public EditRequirementValidator()
    {
        RuleFor(f => f.Theme).NotEmpty().WithMessage("Enter the theme").MaximumLength(100).WithMessage("Theme must be 100 characters or fewer");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the requirement").MaximumLength(500).WithMessage("Requirement must be 500 characters or fewer");
        RuleFor(f => f.Source).NotEmpty().WithMessage("Enter the source heading the requirement comes from").MaximumLength(300).WithMessage("Source heading must be 300 characters or fewer");
        RuleFor(f => f.Evidence).Must(e => e.Count <= EditRequirementForm.Lines).WithMessage($"Link at most {EditRequirementForm.Lines} measures");
        RuleFor(f => f.Evidence).Must(e => e.Where(l => !string.IsNullOrEmpty(l.MeasureKey)).GroupBy(l => l.MeasureKey).All(g => g.Count() == 1))
            .WithMessage("Link each measure once");
        RuleForEach(f => f.Evidence).ChildRules(line =>
        {
            line.RuleFor(l => l.MeasureKey).Must(k => MeasureRegistry.Find(k) is { Better: not Better.Neither })
                .When(l => !string.IsNullOrEmpty(l.MeasureKey)).WithMessage("Select a measure from the list");
            line.RuleFor(l => l.MostlyMet).NotNull().When(l => !string.IsNullOrEmpty(l.MeasureKey)).WithMessage("Enter the figure for mostly met");
            line.RuleFor(l => l.FullyMet).NotNull().When(l => !string.IsNullOrEmpty(l.MeasureKey)).WithMessage("Enter the figure for fully met");
            line.RuleFor(l => l.MostlyMet).InclusiveBetween(0, EditRequirementForm.Largest).WithMessage("Enter a figure from 0 to 100,000");
            line.RuleFor(l => l.FullyMet).InclusiveBetween(0, EditRequirementForm.Largest).WithMessage("Enter a figure from 0 to 100,000");
            line.RuleFor(l => l.FullyMet)
                .Must((l, fully) => MeasureRegistry.Find(l.MeasureKey) is not { } m || (m.Better == Better.Higher ? fully >= l.MostlyMet : fully <= l.MostlyMet))
                .When(l => l.MostlyMet is not null && l.FullyMet is not null)
                .WithMessage(l => MeasureRegistry.Find(l.MeasureKey)?.Better == Better.Lower
                    ? "Fully met must be at or below mostly met: less is better for this measure"
                    : "Fully met must be at or above mostly met: more is better for this measure");
        });
    }
}

public sealed class EditRequirementHandler(FamilyTiesDbContext db)
{
    public static EditRequirementForm ToForm(Requirement r)
    {
        var form = new EditRequirementForm
        {
            Number = r.Number, Theme = r.Theme, Text = r.Text, Source = r.Source,
            Evidence = r.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceLine { MeasureKey = e.MeasureKey, MostlyMet = e.MostlyMet, FullyMet = e.FullyMet }).ToList(),
        };
        form.Pad();
        return form;
    }

    public async Task Handle(Requirement requirement, EditRequirementForm form)
    {
        requirement.Theme = form.Theme!.Trim();
        requirement.Text = form.Text!.Trim();
        requirement.Source = form.Source!.Trim();
        var lines = form.Evidence.Where(l => !string.IsNullOrEmpty(l.MeasureKey)).ToList();
        db.RequirementEvidence.RemoveRange(requirement.Evidence.Where(e => lines.All(l => l.MeasureKey != e.MeasureKey)));
        foreach (var line in lines)
        {
            var link = requirement.Evidence.FirstOrDefault(e => e.MeasureKey == line.MeasureKey);
            if (link is null)
            {
                link = new RequirementEvidence { MeasureKey = line.MeasureKey! };
                requirement.Evidence.Add(link);
            }
            link.MostlyMet = line.MostlyMet!.Value;
            link.FullyMet = line.FullyMet!.Value;
        }
        await db.SaveChangesAsync();
    }
}
