using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.Visits;

/// <summary>
/// Puts booked future visits on the "needs review" list when something changes under them: a release or transfer,
/// a new restriction, a blocked date or session, or a new non-association. Staff then keep (with a note) or cancel.
/// Callers save.
/// </summary>
public sealed class VisitReviews(FamilyTiesDbContext db)
{
    public async Task<int> Flag(IQueryable<Visit> affected, NeedsReviewReason reason, string detail, CancellationToken ct = default)
    {
        var today = LondonTime.Today(db.Clock);
        var visits = await affected.Where(v => v.Status == VisitStatus.Booked && v.Date >= today).ToListAsync(ct);
        foreach (var visit in visits)
        {
            visit.NeedsReview = true;
            visit.NeedsReviewReason = reason;
            visit.NeedsReviewDetail = detail;
            db.VisitEvents.Add(new VisitEvent
            {
                VisitId = visit.Id,
                At = db.Clock.GetUtcNow(),
                UserId = db.CurrentUser.UserId,
                Type = VisitEventType.FlaggedForReview,
                Detail = detail,
            });
        }
        return visits.Count;
    }

    public Task<int> PrisonerLeft(int prisonerId, NeedsReviewReason reason, CancellationToken ct = default) =>
        Flag(db.Visits.Where(v => v.PrisonerId == prisonerId), reason,
            reason == NeedsReviewReason.PrisonerReleased ? "The prisoner has been released" : "The prisoner is no longer here", ct);

    /// <summary>
    /// A restriction on a prisoner flags their visits; on a contact, every visit they are booked on; on one
    /// prisoner–contact link, that prisoner's visits with that contact.
    /// </summary>
    public Task<int> RestrictionAdded(int? prisonerId, int? contactId, string description, CancellationToken ct = default) =>
        Flag(db.Visits.Where(v => (prisonerId == null || v.PrisonerId == prisonerId)
                                  && (contactId == null || v.Visitors.Any(x => x.ContactId == contactId))),
            NeedsReviewReason.NewRestriction, $"New restriction: {description}", ct);

    public Task<int> VisitorNoLongerApproved(int prisonerId, int contactId, CancellationToken ct = default) =>
        Flag(db.Visits.Where(v => v.PrisonerId == prisonerId && v.Visitors.Any(x => x.ContactId == contactId)),
            NeedsReviewReason.VisitorNoLongerApproved, "A visitor is no longer approved to visit this prisoner", ct);

    public Task<int> Blocked(DateOnly date, int? sessionTemplateId, string reason, CancellationToken ct = default) =>
        Flag(db.Visits.Where(v => v.Date == date && (sessionTemplateId == null || v.SessionSlot!.SessionTemplateId == sessionTemplateId)),
            NeedsReviewReason.Blocked, $"Visits blocked: {reason}", ct);

    public async Task<int> NonAssociationAdded(int prisonerAId, int prisonerBId, CancellationToken ct = default)
    {
        var slotsOfB = db.Visits.Where(v => v.PrisonerId == prisonerBId && v.Status == VisitStatus.Booked).Select(v => v.SessionSlotId);
        var slotsOfA = db.Visits.Where(v => v.PrisonerId == prisonerAId && v.Status == VisitStatus.Booked).Select(v => v.SessionSlotId);
        return await Flag(db.Visits.Where(v => (v.PrisonerId == prisonerAId && slotsOfB.Contains(v.SessionSlotId))
                                               || (v.PrisonerId == prisonerBId && slotsOfA.Contains(v.SessionSlotId))),
            NeedsReviewReason.NonAssociation, "A new non-association with another prisoner booked into the same session", ct);
    }
}
