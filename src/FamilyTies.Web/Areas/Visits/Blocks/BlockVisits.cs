using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.Blocks;

public sealed class BlockVisitsForm
{
    [Display(Name = "Date"), DateRange(DateKind.Upcoming)] public DateOnly? Date { get; set; }
    [Display(Name = "Which sessions")] public int? SessionTemplateId { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }

    // Filled by the controller for the view.
    public IReadOnlyList<SelectListItem> SessionOptions { get; set; } = [];

    public static async Task<IReadOnlyList<SelectListItem>> Sessions(FamilyTiesDbContext db)
    {
        var sessions = await db.SessionTemplates.AsNoTracking().Include(s => s.Room).Where(s => s.Active).ToListAsync();
        return sessions
            .OrderBy(s => ((int)s.DayOfWeek + 6) % 7).ThenBy(s => s.StartTime).ThenBy(s => s.Name)
            .Select(s => new SelectListItem($"{SessionFormat.Day(s.DayOfWeek)} {SessionFormat.Times(s)}: {s.Name} ({s.Room?.Name})", s.Id.ToString()))
            .ToList();
    }
}

public sealed class BlockVisitsValidator : AbstractValidator<BlockVisitsForm>
{
    public BlockVisitsValidator(TimeProvider clock)
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date to block")
            .GreaterThanOrEqualTo(_ => clock.Today()).WithMessage("The date to block must be today or in the future");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the block")
            .MaximumLength(300).WithMessage("Reason must be 300 characters or fewer");
    }
}

public sealed record BlockResult(BlockedDate? Block, IReadOnlyDictionary<string, string> Errors, int Flagged = 0);

/// <summary>
/// Blocks a whole date, or one session on a date. Visits already booked there move to needs review in the same save.
/// </summary>
public sealed class BlockVisitsHandler(FamilyTiesDbContext db, VisitReviews reviews)
{
    public async Task<BlockResult> Handle(BlockVisitsForm form)
    {
        var date = form.Date!.Value;
        var errors = new Dictionary<string, string>();
        SessionTemplate? session = null;
        if (form.SessionTemplateId is { } sessionId)
        {
            session = await db.SessionTemplates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.Active);
            if (session is null)
            {
                errors[nameof(form.SessionTemplateId)] = "Select a session from the list";
            }
            else if (!session.OccursOn(date))
            {
                errors[nameof(form.SessionTemplateId)] = $"The {session.Name} session does not run on {SessionFormat.Date(date)}";
            }
        }
        var existing = await db.BlockedDates.AsNoTracking().Where(b => b.Date == date && !b.Removed).ToListAsync();
        if (existing.Any(b => b.SessionTemplateId is null))
        {
            errors[nameof(form.Date)] = $"Every session on {SessionFormat.Date(date)} is already blocked";
        }
        else if (session is not null && existing.Any(b => b.SessionTemplateId == session.Id))
        {
            errors[nameof(form.SessionTemplateId)] = $"The {session.Name} session on {SessionFormat.Date(date)} is already blocked";
        }
        if (errors.Count > 0)
        {
            return new BlockResult(null, errors);
        }

        var reason = form.Reason!.Trim();
        var block = new BlockedDate { Date = date, SessionTemplateId = session?.Id, Reason = reason };
        db.BlockedDates.Add(block);
        var flagged = await reviews.Blocked(date, session?.Id, reason);
        await db.SaveChangesAsync();
        return new BlockResult(block, errors, flagged);
    }
}
