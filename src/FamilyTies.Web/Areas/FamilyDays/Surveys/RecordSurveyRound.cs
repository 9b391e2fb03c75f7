using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using FluentValidation.Results;

namespace FamilyTies.Web.Areas.FamilyDays.Surveys;

public sealed class SurveyQuestionForm
{
    [Display(Name = "Question")] public string? Text { get; set; }
    [Display(Name = "Answered positively (%)")] public decimal? PercentPositive { get; set; }
    [Display(Name = "Measured figure to show beside it (optional)")] public string? MeasureKey { get; set; }

    public bool Blank => string.IsNullOrWhiteSpace(Text) && PercentPositive is null && string.IsNullOrWhiteSpace(MeasureKey);
}

public sealed class SurveyRoundForm
{
    /// <summary>How many question rows the form shows.</summary>
    public const int QuestionRows = 8;

    [Display(Name = "Who was asked")] public string? Audience { get; set; }
    [Display(Name = "Title (optional)")] public string? Title { get; set; }
    [Display(Name = "Date of the survey"), DateRange(DateKind.Past)] public DateOnly? Date { get; set; }
    [Display(Name = "How many responded")] public int? Responses { get; set; }
    [Display(Name = "Questions")] public List<SurveyQuestionForm> Questions { get; set; } = [];

    /// <summary>The form with its empty question rows (the rows a form sent back with errors keeps what was typed).</summary>
    public SurveyRoundForm WithRows()
    {
        while (Questions.Count < QuestionRows)
        {
            Questions.Add(new SurveyQuestionForm());
        }
        return this;
    }

    /// <summary>The measured figures a question may be matched to: the percentages of the measures layer.</summary>
    public static IReadOnlyList<Measure> Matchable => MeasureRegistry.All.Where(m => m.Unit == MeasureUnit.Percent).OrderBy(m => m.Title).ToList();

    /// <summary>The measure a question is matched to: the one chosen, or visits started on time for the standard punctuality question.</summary>
    public static string MeasureFor(SurveyQuestionForm q) =>
        !string.IsNullOrWhiteSpace(q.MeasureKey) ? q.MeasureKey.Trim()
        : SurveyQuestion.Normalise(q.Text ?? "") == SurveyQuestion.Normalise(SurveyQuestion.VisitStartedOnTime) ? "visits.punctual_pct" : "";
}

public sealed class SurveyRoundFormValidator : AbstractValidator<SurveyRoundForm>
{
    public SurveyRoundFormValidator()
    {
        RuleFor(f => f.Audience).Must(FormChoices.IsOneOf<SurveyAudience>).WithMessage("Select who was asked");
        RuleFor(f => f.Title).MaximumLength(120).WithMessage("Title must be 120 characters or fewer");
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the survey");
        RuleFor(f => f.Responses).NotNull().WithMessage("Enter how many responded")
            .InclusiveBetween(1, 100_000).WithMessage("How many responded must be between 1 and 100,000");
        RuleFor(f => f.Questions).Custom((questions, context) =>
        {
            if (questions.Count > SurveyRoundForm.QuestionRows)
            {
                context.AddFailure(new ValidationFailure("Questions[0].Text", $"Enter no more than {SurveyRoundForm.QuestionRows} questions"));
                return;
            }
            if (questions.All(q => q.Blank))
            {
                context.AddFailure(new ValidationFailure("Questions[0].Text", "Enter at least one question with the share who answered positively"));
                return;
            }
            var seen = new Dictionary<string, int>();
            for (var i = 0; i < questions.Count; i++)
            {
                var q = questions[i];
                if (q.Blank)
                {
                    continue;
                }
                var n = i + 1;
                if (string.IsNullOrWhiteSpace(q.Text))
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].Text", $"Enter the wording of question {n}"));
                }
                else if (q.Text.Trim().Length > 300)
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].Text", $"Question {n} must be 300 characters or fewer"));
                }
                else if (seen.TryGetValue(SurveyQuestion.Normalise(q.Text), out var first))
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].Text", $"Question {n} is the same as question {first}"));
                }
                else
                {
                    seen[SurveyQuestion.Normalise(q.Text)] = n;
                }
                if (q.PercentPositive is null)
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].PercentPositive", $"Enter the share who answered question {n} positively"));
                }
                else if (q.PercentPositive is < 0 or > 100)
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].PercentPositive", $"The share for question {n} must be between 0 and 100"));
                }
                if (!string.IsNullOrWhiteSpace(q.MeasureKey) && !SurveyRoundForm.Matchable.Any(m => m.Key == q.MeasureKey.Trim()))
                {
                    context.AddFailure(new ValidationFailure($"Questions[{i}].MeasureKey", $"Select a measured figure for question {n} from the list"));
                }
            }
        });
    }
}

/// <summary>Records a survey round and its questions; a question matched to a measure is shown beside that measured figure.</summary>
public sealed class RecordSurveyRoundHandler(FamilyTiesDbContext db)
{
    public async Task<int?> Handle(SurveyRoundForm form)
    {
        var audience = Enum.Parse<SurveyAudience>(form.Audience!);
        var date = form.Date!.Value;
        var round = new SurveyRound
        {
            Audience = audience,
            Date = date,
            Responses = form.Responses!.Value,
            Title = string.IsNullOrWhiteSpace(form.Title)
                ? $"{(audience == SurveyAudience.Visitors ? "Visitors'" : "Prisoners'")} survey, {Domain.Common.LondonTime.FormatDate(date)}"
                : form.Title.Trim(),
            Questions = form.Questions.Where(q => !q.Blank).Select(q => new SurveyQuestion
            {
                Text = q.Text!.Trim(), PercentPositive = Math.Round(q.PercentPositive!.Value, 1), MeasureKey = SurveyRoundForm.MeasureFor(q),
            }).ToList(),
        };
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }
}
