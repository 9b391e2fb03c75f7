using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitDay;

/// <summary>What happened to a visit. A correction (visits managers) also says why the first record was wrong.</summary>
public sealed class OutcomeForm
{
    [Display(Name = "What happened?")] public string? Outcome { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Why is the outcome being corrected?")] public string? CorrectionReason { get; set; }
}

public sealed class OutcomeValidator : AbstractValidator<OutcomeForm>
{
    public OutcomeValidator()
    {
        RuleFor(f => f.Outcome).Must(FormChoices.IsOneOf<VisitOutcome>).WithMessage("Select what happened");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why staff ended the visit")
            .When(f => f.Outcome == nameof(VisitOutcome.TerminatedByStaff));
        RuleFor(f => f.Reason).MaximumLength(500).WithMessage("The reason must be 500 characters or fewer");
        RuleFor(f => f.CorrectionReason).MaximumLength(500).WithMessage("Why the outcome is being corrected must be 500 characters or fewer");
    }
}

/// <summary>
/// Records (or, for a visits manager, corrects) a visit's outcome and each visitor's attendance: visitors let in
/// attended a visit that took place; everyone else was absent. A cancelled visit, or one not yet started, takes none.
/// </summary>
public sealed class RecordOutcomeHandler(FamilyTiesDbContext db)
{
    /// <summary>The refusal to show, or null when saved.</summary>
    public async Task<string?> Handle(int visitId, VisitOutcome outcome, string reason, string? correction)
    {
        var visit = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Id == visitId);
        var now = db.Clock.GetUtcNow();
        if (VisitDayRules.OutcomeRefusal(visit.Status, LondonTime.ToInstant(visit.Date, visit.StartTime), now) is { } refusal)
        {
            return refusal;
        }
        var attendance = await db.VisitAttendances.SingleOrDefaultAsync(a => a.VisitId == visitId);
        if (correction is null && attendance?.Outcome is not null)
        {
            return "This visit's outcome is already recorded: a visits manager can correct it";
        }
        if (correction is not null && attendance?.Outcome is null)
        {
            return "This visit has no outcome to correct: record one first";
        }
        if (attendance is null)
        {
            attendance = new VisitAttendance { VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = visit.Date };
            db.VisitAttendances.Add(attendance);
        }
        attendance.Outcome = outcome;
        attendance.OutcomeReason = reason.Trim();
        attendance.OutcomeAt = now;
        if (correction is not null)
        {
            attendance.CorrectionReason = correction.Trim();
        }
        await SetAttendance(visit, outcome);
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>"All who arrived completed": every started visit of the session with no outcome takes the one its arrivals give.</summary>
    public async Task<int> AllWhoArrived(int slotId)
    {
        var now = db.Clock.GetUtcNow();
        var visits = await db.Visits.Include(v => v.Visitors).Where(v => v.SessionSlotId == slotId && v.Status == VisitStatus.Booked).ToListAsync();
        var ids = visits.Select(v => v.Id).ToList();
        var attendance = await db.VisitAttendances.Where(a => ids.Contains(a.VisitId)).ToListAsync();
        var arrivals = await db.VisitorArrivals.Where(a => ids.Contains(a.VisitId)).ToListAsync();
        var count = 0;
        foreach (var visit in visits.Where(v => LondonTime.ToInstant(v.Date, v.StartTime) <= now))
        {
            var record = attendance.FirstOrDefault(a => a.VisitId == visit.Id);
            if (record?.Outcome is not null)
            {
                continue;
            }
            if (record is null)
            {
                record = new VisitAttendance { VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = visit.Date };
                db.VisitAttendances.Add(record);
            }
            var mine = arrivals.Where(a => a.VisitId == visit.Id).ToList();
            record.Outcome = VisitDayRules.BulkOutcome(visit.Visitors.Select(v => mine.FirstOrDefault(a => a.VisitVisitorId == v.Id))
                .Select(a => (a?.ArrivedAt is not null, a?.Refused == true)).ToList());
            record.OutcomeAt = now;
            await SetAttendance(visit, record.Outcome.Value, mine);
            count++;
        }
        await db.SaveChangesAsync();
        return count;
    }

    private async Task SetAttendance(Visit visit, VisitOutcome outcome, List<VisitorArrival>? arrivals = null)
    {
        arrivals ??= await db.VisitorArrivals.Where(a => a.VisitId == visit.Id).ToListAsync();
        // With no arrivals recorded, a visit that took place counts every visitor booked as there.
        var anyArrival = arrivals.Any(a => a.ArrivedAt is not null || a.Refused);
        foreach (var visitor in visit.Visitors)
        {
            var arrival = arrivals.FirstOrDefault(a => a.VisitVisitorId == visitor.Id);
            if (arrival is null)
            {
                arrival = new VisitorArrival { VisitId = visit.Id, VisitVisitorId = visitor.Id, ContactId = visitor.ContactId, IdRule = "" };
                db.VisitorArrivals.Add(arrival);
                arrivals.Add(arrival);
            }
            arrival.Attended = VisitDayRules.Attended(outcome) && (!anyArrival || (arrival.ArrivedAt is not null && !arrival.Refused));
        }
    }
}
