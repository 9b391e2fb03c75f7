using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// This year's self-assessment for a demo establishment, scored generously as the inspectorate found (HMIP §7.16:
/// 128 to 143 out of 144), so the evidence flags some claims; one moderated score; and an action plan with items
/// overdue. Deterministic, added once.
/// </summary>
public static class DemoSelfAssessment
{
    public const string GroupDirectorUserName = "groupdirector.northwest";

    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct = default)
    {
        var today = LondonTime.DateOf(now);
        var year = today.Year;
        if (await db.AssessmentScores.IgnoreQueryFilters().AnyAsync(s => s.EstablishmentId == establishment.Id && s.Year == year, ct))
        {
            return;
        }
        var requirements = await db.Requirements.AsNoTracking().OrderBy(r => r.Number).ToListAsync(ct);
        if (requirements.Count == 0)
        {
            return;
        }
        // Wymott 138, Stoke Heath 136, Littlehey 140 (every eighth, sixth or twelfth requirement mostly met).
        var every = establishment.Code switch { "WYI" => 8, "SHI" => 6, _ => 12 };
        var scores = requirements.Select(r => new AssessmentScore
        {
            EstablishmentId = establishment.Id,
            Year = year,
            RequirementId = r.Id,
            SelfScore = r.Number % every == 0 ? ScoreLevel.MostlyMet : ScoreLevel.FullyMet,
            HowWell = r.Number % every == 0
                ? "In place, but not yet reviewed with families."
                : "In place and reviewed at the family and significant others meeting.",
        }).ToList();
        db.AssessmentScores.AddRange(scores);
        await db.SaveChangesAsync(ct);

        // The group director's office moderated one generous score down.
        var moderated = scores[^1];
        moderated.ModeratedScore = ScoreLevel.MostlyMet;
        db.ScoreModerations.Add(new ScoreModeration
        {
            EstablishmentId = establishment.Id, AssessmentScoreId = moderated.Id, From = ScoreLevel.FullyMet, To = ScoreLevel.MostlyMet,
            Reason = "No minutes show the self-assessment was used to drive improvement this year.",
        });

        var byNumber = requirements.ToDictionary(r => r.Number, r => r.Id);
        ActionPlanItem Item(int number, string action, string owner, int dueInDays, ActionStatus status) => new()
        {
            EstablishmentId = establishment.Id, Year = year, RequirementId = byNumber[number], Action = action, Owner = owner,
            DueDate = today.AddDays(dueInDays), Status = status,
        };
        db.ActionPlanItems.AddRange(
            Item(14, "Pilot an evening visits session on Thursdays", "Visits custodial manager", -21, ActionStatus.InProgress),
            Item(37, "Record children under 18 for every prisoner at induction", "Head of reducing reoffending", 45, ActionStatus.InProgress),
            Item(33, "Add the outcome call-back to the safer custody log checklist", "Safer custody manager", 90, ActionStatus.NotStarted),
            Item(4, "Hold and advertise the next family forum", "Family service provider", -60, ActionStatus.Done));
        if (establishment.Code == "WYI")
        {
            db.ActionPlanItems.Add(Item(16, "Add a Sunday afternoon session to cut the weekend wait", "Head of operations", -7, ActionStatus.NotStarted));
        }
        await db.SaveChangesAsync(ct);
    }
}
