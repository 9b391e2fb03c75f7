using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitDay;

/// <summary>One visitor at the gate.</summary>
public sealed class ArrivalInput
{
    public int VisitVisitorId { get; set; }
    [Display(Name = "Arrived")] public string? Arrived { get; set; }
    [Display(Name = "ID shown")] public string? IdEvidence { get; set; }
    [Display(Name = "Refused entry")] public string? RefusalReason { get; set; }
    [Display(Name = "Details of the refusal")] public string? RefusalDetail { get; set; }
    [Display(Name = "What the family was told")] public string? FamilyTold { get; set; }
}

/// <summary>A visit's arrivals: each visitor (arrived, ID, or refused entry), the table, the prisoner's arrival, notes.</summary>
public sealed class ArrivalForm
{
    public List<ArrivalInput> Visitors { get; set; } = [];
    [Display(Name = "Table")] public string? HallTableId { get; set; }
    [Display(Name = "The prisoner has arrived in the hall")] public bool PrisonerArrived { get; set; }
    [Display(Name = "Notes for officers")] public string? OfficerNotes { get; set; }
    [Display(Name = "Family told about Help with Prison Visits")] public string? HpvToldHow { get; set; }
    [Display(Name = "Help with Prison Visits claim form stamped")] public bool HpvStamped { get; set; }
}

public sealed class ArrivalValidator : AbstractValidator<ArrivalForm>
{
    public ArrivalValidator()
    {
        RuleForEach(f => f.Visitors).ChildRules(v =>
        {
            v.RuleFor(x => x.Arrived).Must(a => a is "true" or "false").WithMessage("Select whether the visitor arrived");
            v.RuleFor(x => x.IdEvidence).Must(e => string.IsNullOrEmpty(e) || FormChoices.IsOneOf<IdEvidence>(e)).WithMessage("Select the ID the visitor showed");
            v.RuleFor(x => x.RefusalReason).Must(r => string.IsNullOrEmpty(r) || FormChoices.IsOneOf<RefusalReason>(r)).WithMessage("Select why the visitor was refused entry");
            v.RuleFor(x => x.FamilyTold).NotEmpty().WithMessage("Enter what the family was told about the refusal")
                .When(x => x.Arrived == "true" && !string.IsNullOrEmpty(x.RefusalReason));
            v.RuleFor(x => x.RefusalDetail).MaximumLength(500).WithMessage("Details of the refusal must be 500 characters or fewer");
            v.RuleFor(x => x.FamilyTold).MaximumLength(500).WithMessage("What the family was told must be 500 characters or fewer");
        });
        RuleFor(f => f.HallTableId).Must(t => string.IsNullOrEmpty(t) || int.TryParse(t, out var id) && id > 0).WithMessage("Select a table from the list");
        RuleFor(f => f.OfficerNotes).MaximumLength(500).WithMessage("Notes for officers must be 500 characters or fewer");
        RuleFor(f => f.HpvToldHow).Must(h => string.IsNullOrEmpty(h) || FormChoices.IsOneOf<HpvToldHow>(h)).WithMessage("Select how the family was told about Help with Prison Visits");
    }
}

/// <summary>
/// Applies the national ID rules to each visitor let in (a child under the establishment's ID age with an adult who
/// came needs none), then saves the arrivals, the table and the prisoner's arrival in one save.
/// </summary>
public sealed class RecordArrivalHandler(FamilyTiesDbContext db)
{
    /// <summary>The errors to show (field → message); none when saved.</summary>
    public async Task<Dictionary<string, string>> Handle(ListedVisit listed, SessionList list, ArrivalForm form)
    {
        var errors = new Dictionary<string, string>();
        var establishment = await db.Establishments.AsNoTracking().SingleAsync(e => e.Id == db.CurrentEstablishmentId);
        var visitors = listed.Visitors.ToDictionary(v => v.Visitor.Id);
        if (form.Visitors.Count != visitors.Count || form.Visitors.Any(v => !visitors.ContainsKey(v.VisitVisitorId)) || form.Visitors.Select(v => v.VisitVisitorId).Distinct().Count() != form.Visitors.Count)
        {
            errors[""] = "Record each visitor on the visit once";
            return errors;
        }
        int? tableId = int.TryParse(form.HallTableId, out var t) ? t : null;
        if (tableId is { } tid && list.Tables.All(x => x.Id != tid))
        {
            errors[nameof(form.HallTableId)] = "Select a table from the list";
        }
        bool IsAdult(VisitVisitor v) => !v.Child && (v.AgeOnVisit is null || v.AgeOnVisit >= establishment.AdultAge);
        var adultLetIn = form.Visitors.Any(i => i.Arrived == "true" && string.IsNullOrEmpty(i.RefusalReason) && IsAdult(visitors[i.VisitVisitorId].Visitor));
        var decisions = new Dictionary<int, IdDecision>();
        for (var i = 0; i < form.Visitors.Count; i++)
        {
            var input = form.Visitors[i];
            if (input.Arrived != "true" || !string.IsNullOrEmpty(input.RefusalReason))
            {
                continue;
            }
            var visitor = visitors[input.VisitVisitorId].Visitor;
            var evidence = Enum.TryParse<IdEvidence>(input.IdEvidence, out var e) ? e : IdEvidence.None;
            var decision = VisitDayRules.CheckId(visitor.AgeOnVisit, adultLetIn && !IsAdult(visitor), establishment.ChildIdAge, evidence);
            decisions[input.VisitVisitorId] = decision;
            if (!decision.Accepted)
            {
                errors[$"Visitors[{i}].IdEvidence"] = $"{visitor.Contact?.FullName ?? "This visitor"}: {decision.Rule}. Record the ID they showed, or refuse entry for ID";
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var now = db.Clock.GetUtcNow();
        var visit = listed.Visit;
        var attendance = await db.VisitAttendances.SingleOrDefaultAsync(a => a.VisitId == visit.Id);
        if (attendance is null)
        {
            attendance = new VisitAttendance { VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = visit.Date };
            db.VisitAttendances.Add(attendance);
        }
        attendance.HallTableId = tableId;
        attendance.OfficerNotes = (form.OfficerNotes ?? "").Trim();
        if (form.PrisonerArrived)
        {
            attendance.PrisonerArrivedAt ??= now;
        }
        else
        {
            attendance.PrisonerArrivedAt = null;
        }
        if (form.HpvStamped)
        {
            attendance.HpvClaimStampedAt ??= now;
        }
        var existing = await db.VisitorArrivals.Where(a => a.VisitId == visit.Id).ToListAsync();
        foreach (var input in form.Visitors)
        {
            var visitor = visitors[input.VisitVisitorId].Visitor;
            var arrival = existing.FirstOrDefault(a => a.VisitVisitorId == visitor.Id);
            if (arrival is null)
            {
                arrival = new VisitorArrival { VisitId = visit.Id, VisitVisitorId = visitor.Id, ContactId = visitor.ContactId };
                db.VisitorArrivals.Add(arrival);
            }
            var arrived = input.Arrived == "true";
            var refused = arrived && !string.IsNullOrEmpty(input.RefusalReason);
            arrival.ArrivedAt = arrived ? arrival.ArrivedAt ?? now : null;
            arrival.Refused = refused;
            arrival.RefusalReason = refused ? Enum.Parse<RefusalReason>(input.RefusalReason!) : null;
            arrival.RefusalDetail = refused ? (input.RefusalDetail ?? "").Trim() : "";
            arrival.FamilyTold = refused ? (input.FamilyTold ?? "").Trim() : "";
            arrival.IdEvidence = arrived && Enum.TryParse<IdEvidence>(input.IdEvidence, out var e) ? e : IdEvidence.None;
            var decision = decisions.GetValueOrDefault(visitor.Id);
            arrival.IdAccepted = decision?.Accepted ?? false;
            arrival.IdRule = decision?.Rule ?? (refused ? "Refused entry" : "");
        }
        if (Enum.TryParse<HpvToldHow>(form.HpvToldHow, out var how) && visit.MainContactId is { } contactId
            && !await db.HpvTolds.AnyAsync(h => h.VisitId == visit.Id))
        {
            db.HpvTolds.Add(new HpvTold { ContactId = contactId, VisitId = visit.Id, ToldOn = Domain.Common.LondonTime.DateOf(now), How = how });
        }
        await db.SaveChangesAsync();
        return errors;
    }
}
