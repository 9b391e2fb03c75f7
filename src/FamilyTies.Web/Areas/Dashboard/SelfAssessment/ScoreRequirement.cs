using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.SelfAssessment;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard.SelfAssessment;

/// <summary>The family lead's answer to one requirement: the self-score and how well it is working.</summary>
public sealed class ScoreForm
{
    [Display(Name = "Your score")] public string? SelfScore { get; set; }
    [Display(Name = "How well is it working?")] public string? HowWell { get; set; }
}

public sealed class ScoreValidator : AbstractValidator<ScoreForm>
{
    public ScoreValidator()
    {
        RuleFor(f => f.SelfScore).Must(FormChoices.IsOneOf<ScoreLevel>).WithMessage("Select not met, mostly met or fully met");
        // HMIP §7.15: the top score went to a basic system "regardless of how well it was working", so a score above
        // "not met" says how well it works.
        RuleFor(f => f.HowWell).NotEmpty().When(f => FormChoices.IsOneOf<ScoreLevel>(f.SelfScore) && Enum.Parse<ScoreLevel>(f.SelfScore!) != ScoreLevel.NotMet)
            .WithMessage("Say how well it is working: what the figures show, not only that a system exists");
        RuleFor(f => f.HowWell).MaximumLength(1000).WithMessage("How well it is working must be 1,000 characters or fewer");
    }
}

public sealed class ScoreRequirementHandler(FamilyTiesDbContext db)
{
    /// <summary>Saves the self-score and note; the answer is made the first time (one per requirement and year).</summary>
    public async Task Handle(int year, Requirement requirement, ScoreForm form)
    {
        var score = await db.AssessmentScores.SingleOrDefaultAsync(s => s.Year == year && s.RequirementId == requirement.Id);
        if (score is null)
        {
            score = new AssessmentScore { Year = year, RequirementId = requirement.Id };
            db.AssessmentScores.Add(score);
        }
        score.SelfScore = Enum.Parse<ScoreLevel>(form.SelfScore!);
        score.HowWell = string.IsNullOrWhiteSpace(form.HowWell) ? null : form.HowWell.Trim();
        await db.SaveChangesAsync();
    }
}

/// <summary>The group director's change to a score, with the reason.</summary>
public sealed class ModerateForm
{
    [Display(Name = "Moderated score")] public string? Score { get; set; }
    [Display(Name = "Reason for the change")] public string? Reason { get; set; }
}

public sealed class ModerateValidator : AbstractValidator<ModerateForm>
{
    public ModerateValidator()
    {
        RuleFor(f => f.Score).Must(FormChoices.IsOneOf<ScoreLevel>).WithMessage("Select the score the requirement should have");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the change")
            .MaximumLength(1000).WithMessage("Reason must be 1,000 characters or fewer");
    }
}

public sealed class ModerateScoreHandler(FamilyTiesDbContext db)
{
    /// <summary>Changes the score that counts and keeps the change in the history; the error to show when it cannot.</summary>
    public async Task<(string Field, string Message)?> Handle(int year, Requirement requirement, ModerateForm form)
    {
        var score = await db.AssessmentScores.SingleOrDefaultAsync(s => s.Year == year && s.RequirementId == requirement.Id);
        if (score?.SelfScore is null)
        {
            return (nameof(ModerateForm.Score), "The family lead has not scored this requirement yet, so there is nothing to moderate");
        }
        var to = Enum.Parse<ScoreLevel>(form.Score!);
        if (to == score.Agreed)
        {
            return (nameof(ModerateForm.Score), $"The score is already {Scoring.Describe(to).ToLowerInvariant()}: select a different score");
        }
        db.ScoreModerations.Add(new ScoreModeration { AssessmentScoreId = score.Id, From = score.Agreed, To = to, Reason = form.Reason!.Trim() });
        score.ModeratedScore = to;
        await db.SaveChangesAsync();
        return null;
    }
}
