using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Surveys;

/// <summary>
/// Survey rounds and their questions, each question tracked across rounds (the same wording is the same question), and,
/// where a question carries a measure key the measures layer has, the measured figure for the round's month beside it.
/// </summary>
[Area("FamilyDays")]
[Authorize(Policy = Policies.FamilyDays)]
public sealed class SurveysController(FamilyTiesDbContext db) : Controller
{
    public sealed record QuestionRow(string Text, IReadOnlyList<decimal?> Percent, Measure? Measure, IReadOnlyList<decimal?> Measured);

    public sealed record SurveysModel(IReadOnlyList<SurveyRound> Rounds, IReadOnlyList<QuestionRow> Questions);

    [HttpGet("familydays/surveys")]
    public async Task<IActionResult> Index(string? audience)
    {
        var who = audience == nameof(SurveyAudience.Prisoners) ? SurveyAudience.Prisoners : SurveyAudience.Visitors;
        var rounds = await db.SurveyRounds.AsNoTracking().Include(r => r.Questions).Where(r => r.Audience == who)
            .OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync();
        var now = db.Clock.GetUtcNow();
        var questions = new List<QuestionRow>();
        foreach (var group in rounds.SelectMany(r => r.Questions).GroupBy(q => SurveyQuestion.Normalise(q.Text)))
        {
            var first = group.First();
            var measure = group.Select(q => MeasureRegistry.Find(q.MeasureKey)).FirstOrDefault(m => m is not null);
            var percent = rounds.Select(r => r.Questions.FirstOrDefault(q => SurveyQuestion.Normalise(q.Text) == group.Key)?.PercentPositive).ToList();
            var measured = new List<decimal?>();
            if (measure is not null)
            {
                foreach (var round in rounds)
                {
                    var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(round.Date, now)]);
                    var results = await MeasureRegistry.ComputeAsync(q, [measure]);
                    measured.Add(results.Value(measure.Key, q.Establishments.Keys.Single(), 0).Value);
                }
            }
            questions.Add(new QuestionRow(first.Text, percent, measure, measured));
        }
        ViewData["Audience"] = who;
        ViewData["CanChange"] = await this.Allowed(Policies.FamilyDaysChange);
        return View(new SurveysModel(rounds, questions));
    }

    [HttpGet("familydays/surveys/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public IActionResult Create(string? audience) =>
        View(new SurveyRoundForm { Audience = audience == nameof(SurveyAudience.Prisoners) ? nameof(SurveyAudience.Prisoners) : nameof(SurveyAudience.Visitors) }.WithRows());

    [HttpPost("familydays/surveys/new")]
    [Authorize(Policy = Policies.FamilyDaysChange)]
    public async Task<IActionResult> Create(SurveyRoundForm form, [FromServices] IValidator<SurveyRoundForm> validator, [FromServices] RecordSurveyRoundHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        if (await submissions.Earlier(nameof(SurveyRound)) is not null)
        {
            return Redirect($"/familydays/surveys?audience={(form.Audience == nameof(SurveyAudience.Prisoners) ? nameof(SurveyAudience.Prisoners) : nameof(SurveyAudience.Visitors))}");
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var sent = await submissions.Once(nameof(SurveyRound), () => handler.Handle(form));
            if (sent.Id is not null)
            {
                TempData["Success"] = "Survey round recorded";
                return Redirect($"/familydays/surveys?audience={form.Audience}");
            }
        }
        return View(form.WithRows());
    }
}
