using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SelfAssessment;
using FamilyTies.Testing;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Dashboard;

/// <summary>Self-assessment test data: an establishment of the test's own (no demo answers), answers and action plan items.</summary>
public static class SelfAssessmentTestData
{
    public static int Year => TestClock.Today.Year;

    /// <summary>A new establishment with no prisoners, visits or answers, so every figure is empty and the test owns every answer.</summary>
    public static async Task<string> Establishment(FamilyTiesApp app)
    {
        var code = "S" + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        await using var db = app.Db();
        db.Establishments.Add(new Establishment { Code = code, Name = "HMP Selfassess " + code });
        await db.SaveChangesAsync();
        return code;
    }

    public static async Task<int> RequirementId(FamilyTiesApp app, int number)
    {
        await using var db = app.Db();
        return await db.Requirements.Where(r => r.Number == number).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Sets an answer (made if missing) to <paramref name="self"/> with no moderation.</summary>
    public static async Task Score(FamilyTiesApp app, string code, int year, int number, ScoreLevel self)
    {
        var establishment = await app.EstablishmentId(code);
        var requirement = await RequirementId(app, number);
        await using var db = app.Db(establishment);
        var score = await db.AssessmentScores.SingleOrDefaultAsync(s => s.Year == year && s.RequirementId == requirement);
        if (score is null)
        {
            score = new AssessmentScore { EstablishmentId = establishment, Year = year, RequirementId = requirement };
            db.AssessmentScores.Add(score);
        }
        score.SelfScore = self;
        score.ModeratedScore = null;
        score.HowWell = "Set by the test";
        await db.SaveChangesAsync();
    }

    public static async Task<ActionPlanItem> ActionItem(FamilyTiesApp app, string code, int dueInDays = 30, ActionStatus status = ActionStatus.NotStarted)
    {
        var establishment = await app.EstablishmentId(code);
        var item = new ActionPlanItem
        {
            EstablishmentId = establishment, Year = Year, RequirementId = await RequirementId(app, 5), Action = "Test action " + Guid.NewGuid().ToString("N")[..6],
            Owner = "Test owner", DueDate = TestClock.Today.AddDays(dueInDays), Status = status,
        };
        await using var db = app.Db(establishment);
        db.ActionPlanItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }
}
