using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VisitDay;

/// <summary>The session's run: the actual times (24-hour clock, on the session's date) and, when it started late, why.</summary>
public sealed class RunForm
{
    [Display(Name = "Hall opened")] public string? HallOpened { get; set; }
    [Display(Name = "Prisoners unlocked")] public string? PrisonersUnlocked { get; set; }
    [Display(Name = "First prisoner in the hall")] public string? FirstPrisonerInHall { get; set; }
    [Display(Name = "Visits started")] public string? Started { get; set; }
    [Display(Name = "Visits ended")] public string? Ended { get; set; }
    [Display(Name = "Why did visits start late?")] public string? DelayCause { get; set; }
    [Display(Name = "Details of the delay")] public string? DelayDetail { get; set; }

    /// <summary>The session's scheduled start (so its date) and now: set by the action from the session, never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public DateTimeOffset ScheduledStart { get; set; }
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public DateTimeOffset Now { get; set; }

    public DateOnly SessionDate() => LondonTime.DateOf(ScheduledStart);

    public bool Empty => new[] { HallOpened, PrisonersUnlocked, FirstPrisonerInHall, Started, Ended }.All(string.IsNullOrWhiteSpace);

    public static RunForm From(SessionRun? run) => run is null ? new RunForm() : new RunForm
    {
        HallOpened = Time(run.HallOpenedAt), PrisonersUnlocked = Time(run.PrisonersUnlockedAt), FirstPrisonerInHall = Time(run.FirstPrisonerInHallAt),
        Started = Time(run.StartedAt), Ended = Time(run.EndedAt), DelayCause = run.DelayCause?.ToString(), DelayDetail = run.DelayDetail,
    };

    private static string? Time(DateTimeOffset? at) => at is { } v ? LondonTime.TimeInput(v) : null;
}

/// <summary>The times are checked against the session: its date, its scheduled start, and now.</summary>
public sealed class RunValidator : AbstractValidator<RunForm>
{
    public RunValidator()
    {
        foreach (var (field, what) in new (System.Linq.Expressions.Expression<Func<RunForm, string?>>, string)[]
                 {
                     (f => f.HallOpened, "the hall opened"), (f => f.PrisonersUnlocked, "prisoners were unlocked"),
                     (f => f.FirstPrisonerInHall, "the first prisoner reached the hall"), (f => f.Started, "visits started"), (f => f.Ended, "visits ended"),
                 })
        {
            RuleFor(field).Must(t => LondonTime.TryParseTime(t, out _)).WithMessage($"Enter the time {what} in the 24-hour clock, like 14:30")
                .Must((f, t) => At(f.SessionDate(), t) <= f.Now.AddMinutes(1)).WithMessage($"The time {what} must not be in the future")
                .When(f => !string.IsNullOrWhiteSpace(field.Compile()(f)));
        }
        RuleFor(f => f.Started).Must((f, _) => !f.Empty).WithMessage("Enter at least one time, like 14:05");
        RuleFor(f => f.Started).NotEmpty().WithMessage("Enter the time visits started before the time they ended")
            .When(f => !string.IsNullOrWhiteSpace(f.Ended));
        RuleFor(f => f.Ended).Must((f, e) => At(f.SessionDate(), e) > At(f.SessionDate(), f.Started)).WithMessage("The time visits ended must be after the time they started")
            .When(f => LondonTime.TryParseTime(f.Started, out _) && LondonTime.TryParseTime(f.Ended, out _));
        RuleFor(f => f.DelayCause).Must(FormChoices.IsOneOf<DelayCause>)
            .WithMessage($"Visits started more than {VisitDayRules.LateAfterMinutes} minutes late: select why")
            .When(f => LondonTime.TryParseTime(f.Started, out _) && VisitDayRules.IsLate(f.ScheduledStart, At(f.SessionDate(), f.Started)));
        RuleFor(f => f.DelayCause).Must(c => string.IsNullOrEmpty(c) || FormChoices.IsOneOf<DelayCause>(c)).WithMessage("Select why visits started late");
        RuleFor(f => f.DelayDetail).NotEmpty().WithMessage("Enter details of the delay").When(f => f.DelayCause == nameof(Domain.Visits.DelayCause.Other));
        RuleFor(f => f.DelayDetail).MaximumLength(500).WithMessage("Details of the delay must be 500 characters or fewer");
    }

    public static DateTimeOffset At(DateOnly date, string? time) =>
        LondonTime.TryParseTime(time, out var t, out var offset) ? LondonTime.ToInstant(date, t, offset) : DateTimeOffset.MinValue;
}

public sealed class RecordRunHandler(FamilyTiesDbContext db)
{
    public async Task Handle(SessionList list, RunForm form)
    {
        var date = list.Slot.Date;
        var run = await db.SessionRuns.SingleOrDefaultAsync(r => r.SessionSlotId == list.Slot.Id);
        if (run is null)
        {
            run = new SessionRun { SessionSlotId = list.Slot.Id, Date = date, ScheduledStart = list.Start, ScheduledEnd = list.End };
            db.SessionRuns.Add(run);
        }
        DateTimeOffset? At(string? t) => string.IsNullOrWhiteSpace(t) ? null : RunValidator.At(date, t);
        run.HallOpenedAt = At(form.HallOpened);
        run.PrisonersUnlockedAt = At(form.PrisonersUnlocked);
        run.FirstPrisonerInHallAt = At(form.FirstPrisonerInHall);
        run.StartedAt = At(form.Started);
        run.EndedAt = At(form.Ended);
        var late = run.StartedAt is { } s && VisitDayRules.IsLate(run.ScheduledStart, s);
        run.DelayCause = late ? Enum.Parse<DelayCause>(form.DelayCause!) : null;
        run.DelayDetail = late ? (form.DelayDetail ?? "").Trim() : "";
        await db.SaveChangesAsync();
    }
}
