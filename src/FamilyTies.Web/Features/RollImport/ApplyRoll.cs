using System.Text.Json;
using FamilyTies.Data;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.People.RollImport;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.RollImport;

public enum ApplyRollStatus
{
    Applied,
    /// <summary>Full roll: the number of prisoners to mark as left is not the number the user confirmed.</summary>
    ChangedSinceChecked,
    /// <summary>Someone else changed the same prisoners at the same moment; nothing was saved.</summary>
    Conflict,
}

public sealed record ApplyRollResult(ApplyRollStatus Status, RollImportCounts Counts);

/// <summary>
/// Plans and applies a valid roll for the current establishment: one query loads its prisoners (the global filter scopes
/// it), one SaveChanges in one transaction writes every change, the audit interceptor's event per changed prisoner, and
/// one summary event for the import. All or nothing.
/// </summary>
public sealed class ApplyRollHandler(FamilyTiesDbContext db, TimeProvider clock, FamilyTies.Data.Visits.VisitReviews reviews, ILogger<ApplyRollHandler> logger)
{
    /// <summary>What importing would do, without changing anything.</summary>
    public async Task<RollImportCounts> Preview(IReadOnlyList<RollEntry> entries, bool fullRoll)
    {
        var existing = await db.Prisoners.AsNoTracking().ToListAsync();
        return RollImportPlan.Create(entries, existing, fullRoll).Counts;
    }

    /// <param name="expectedLeft">In full-roll mode, how many prisoners the user agreed to mark as left.</param>
    public async Task<ApplyRollResult> Apply(IReadOnlyList<RollEntry> entries, bool fullRoll, int? expectedLeft = null)
    {
        var existing = await db.Prisoners.ToListAsync();
        var plan = RollImportPlan.Create(entries, existing, fullRoll);
        if (fullRoll && expectedLeft is { } expected && expected != plan.Counts.Left)
        {
            return new ApplyRollResult(ApplyRollStatus.ChangedSinceChecked, plan.Counts);
        }

        var activeBefore = existing.Where(p => p.Status == FamilyTies.Domain.People.PrisonerStatus.Active).Select(p => p.Id).ToHashSet();
        db.Prisoners.AddRange(plan.Apply());
        // Prisoners the roll no longer shows as here: their booked visits go to the needs-review list in the same save.
        var gone = existing.Where(p => activeBefore.Contains(p.Id) && p.Status != FamilyTies.Domain.People.PrisonerStatus.Active).Select(p => p.Id).ToList();
        if (gone.Count > 0)
        {
            await reviews.Flag(db.Visits.Where(v => gone.Contains(v.PrisonerId)), FamilyTies.Domain.Visits.NeedsReviewReason.PrisonerTransferred,
                "The roll shows the prisoner is no longer here");
        }
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            EstablishmentId = db.CurrentEstablishmentId,
            EntityType = "RollImport",
            EntityId = db.CurrentEstablishmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Action = fullRoll ? "FullRollImported" : "Imported",
            Changes = JsonSerializer.Serialize(plan.Counts),
            CorrelationId = db.CurrentUser.CorrelationId,
        });

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Roll import for establishment {EstablishmentId} failed to save: nothing imported", db.CurrentEstablishmentId);
            db.ChangeTracker.Clear();
            return new ApplyRollResult(ApplyRollStatus.Conflict, plan.Counts);
        }

        logger.LogInformation(
            "Roll import for establishment {EstablishmentId} by {UserId}: {Rows} rows, {Created} created, {Updated} updated, {Unchanged} unchanged, {Left} marked as left (full roll {FullRoll})",
            db.CurrentEstablishmentId, db.CurrentUser.UserId, plan.Counts.Rows, plan.Counts.Created, plan.Counts.Updated,
            plan.Counts.Unchanged, plan.Counts.Left, fullRoll);
        return new ApplyRollResult(ApplyRollStatus.Applied, plan.Counts);
    }
}
