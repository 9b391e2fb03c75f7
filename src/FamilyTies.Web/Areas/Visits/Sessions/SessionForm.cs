using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.Visits.Sessions;

/// <summary>The fields of a session template (add and edit share them), in the order they appear.</summary>
public sealed partial class SessionForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Room")] public int? RoomId { get; set; }
    [Display(Name = "Day")] public string? DayOfWeek { get; set; }
    [Display(Name = "Start time")] public string? StartTime { get; set; }
    [Display(Name = "End time")] public string? EndTime { get; set; }
    [Display(Name = "Runs from"), DateRange(DateKind.Timetable)] public DateOnly? ValidFrom { get; set; }
    [Display(Name = "Runs until (optional)"), DateRange(DateKind.Timetable)] public DateOnly? ValidTo { get; set; }
    [Display(Name = "Weeks between sessions")] public int? WeeklyFrequency { get; set; }
    [Display(Name = "Open capacity")] public int? OpenCapacity { get; set; }
    [Display(Name = "Closed capacity")] public int? ClosedCapacity { get; set; }
    [Display(Name = "Type of visit")] public string? VisitType { get; set; }
    [Display(Name = "Locations (optional)")] public string? Locations { get; set; }
    [Display(Name = "Incentive levels (optional)")] public List<string> IncentiveLevels { get; set; } = [];

    // Filled by the controller for the view.
    public IReadOnlyList<SelectListItem> RoomOptions { get; set; } = [];

    public static SessionForm From(SessionTemplate t) => new()
    {
        Name = t.Name,
        RoomId = t.RoomId,
        DayOfWeek = t.DayOfWeek.ToString(),
        StartTime = SessionFormat.Input(t.StartTime),
        EndTime = SessionFormat.Input(t.EndTime),
        ValidFrom = t.ValidFrom,
        ValidTo = t.ValidTo,
        WeeklyFrequency = t.WeeklyFrequency,
        OpenCapacity = t.OpenCapacity,
        ClosedCapacity = t.ClosedCapacity,
        VisitType = t.VisitType.ToString(),
        Locations = string.Join(", ", t.LocationList),
        IncentiveLevels = t.IncentiveLevelList.Select(l => l.ToString()).ToList(),
    };

    /// <summary>Copies a validated form onto a template.</summary>
    public void ApplyTo(SessionTemplate t)
    {
        t.Name = Name!.Trim();
        t.RoomId = RoomId!.Value;
        t.DayOfWeek = Enum.Parse<DayOfWeek>(DayOfWeek!);
        t.StartTime = Time(StartTime);
        t.EndTime = Time(EndTime);
        t.ValidFrom = ValidFrom!.Value;
        t.ValidTo = ValidTo;
        t.WeeklyFrequency = WeeklyFrequency!.Value;
        t.OpenCapacity = OpenCapacity!.Value;
        t.ClosedCapacity = ClosedCapacity!.Value;
        t.VisitType = Enum.Parse<VisitType>(VisitType!);
        t.Locations = string.Join(",", LocationCodes(Locations));
        t.IncentiveLevels = string.Join(",", Enum.GetValues<IncentiveLevel>().Where(l => IncentiveLevels.Contains(l.ToString())));
    }

    private static TimeOnly Time(string? text) =>
        LondonTime.TryParseTimeOfDay(text, out var time) ? time : throw new InvalidOperationException("Validate the form before applying it");

    public static IEnumerable<string> LocationCodes(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToUpperInvariant()).Distinct();

    public static async Task<IReadOnlyList<SelectListItem>> Rooms(FamilyTiesDbContext db, int? includeRoomId = null) =>
        await db.Rooms.AsNoTracking().Where(r => r.Active || r.Id == includeRoomId).OrderBy(r => r.Name)
            .Select(r => new SelectListItem(r.Name, r.Id.ToString()))
            .ToListAsync();

    public static IEnumerable<SelectListItem> Days() =>
        new[] { System.DayOfWeek.Monday, System.DayOfWeek.Tuesday, System.DayOfWeek.Wednesday, System.DayOfWeek.Thursday,
                System.DayOfWeek.Friday, System.DayOfWeek.Saturday, System.DayOfWeek.Sunday }
            .Select(d => new SelectListItem(SessionFormat.Day(d), d.ToString()));

    public static IEnumerable<SelectListItem> Types() =>
        Enum.GetValues<VisitType>().Select(t => new SelectListItem(SessionFormat.Type(t), t.ToString()));

    public static IEnumerable<SelectListItem> Levels() =>
        Enum.GetValues<IncentiveLevel>().Select(l => new SelectListItem(l.ToString(), l.ToString()));

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,11}$", RegexOptions.CultureInvariant, 1000)]
    public static partial Regex LocationCode();
}

public sealed class SessionFormValidator : AbstractValidator<SessionForm>
{
    public const int MaxCapacity = 200;
    public const int MaxWeeks = 8;

    public SessionFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter a name for the session, like Tuesday afternoon")
            .MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(f => f.RoomId).NotNull().WithMessage("Select a room");
        RuleFor(f => f.DayOfWeek).Must(d => Enum.TryParse<DayOfWeek>(d, out _) && !int.TryParse(d, out _))
            .WithMessage("Select the day of the week");
        Time(f => f.StartTime, "start time");
        Time(f => f.EndTime, "end time");
        RuleFor(f => f.EndTime).Must((f, end) => Parse(end) > Parse(f.StartTime))
            .When(f => Parse(f.StartTime) is not null && Parse(f.EndTime) is not null)
            .WithMessage("End time must be after the start time");
        RuleFor(f => f.ValidFrom).NotNull().WithMessage("Enter the date the session runs from");
        RuleFor(f => f.ValidTo).GreaterThan(f => f.ValidFrom)
            .When(f => f.ValidFrom is not null && f.ValidTo is not null)
            .WithMessage("The date the session runs until must be after the date it runs from");
        RuleFor(f => f.WeeklyFrequency).NotNull().WithMessage("Enter the number of weeks between sessions, like 1 for every week")
            .InclusiveBetween(1, MaxWeeks).WithMessage($"Weeks between sessions must be between 1 and {MaxWeeks}");
        RuleFor(f => f.OpenCapacity).NotNull().WithMessage("Enter the open capacity")
            .InclusiveBetween(0, MaxCapacity).WithMessage($"Open capacity must be between 0 and {MaxCapacity}");
        RuleFor(f => f.ClosedCapacity).NotNull().WithMessage("Enter the closed capacity")
            .InclusiveBetween(0, MaxCapacity).WithMessage($"Closed capacity must be between 0 and {MaxCapacity}");
        RuleFor(f => f.OpenCapacity).Must((f, open) => open + f.ClosedCapacity > 0)
            .When(f => f.OpenCapacity is not null && f.ClosedCapacity is not null)
            .WithMessage("Open and closed capacity cannot both be 0");
        RuleFor(f => f.VisitType).Must(t => Enum.TryParse<VisitType>(t, out _) && !int.TryParse(t, out _))
            .WithMessage("Select the type of visit");
        RuleFor(f => f.Locations).MaximumLength(200).WithMessage("Locations must be 200 characters or fewer")
            .Must(l => SessionForm.LocationCodes(l).All(c => SessionForm.LocationCode().IsMatch(c)))
            .WithMessage("Enter locations as wing or landing codes separated by commas, like A, B-1");
        RuleFor(f => f.IncentiveLevels).Must(levels => levels.All(l => Enum.TryParse<IncentiveLevel>(l, out _) && !int.TryParse(l, out _)))
            .WithMessage("Select incentive levels from the list");
    }

    private static TimeOnly? Parse(string? text) => LondonTime.TryParseTimeOfDay(text, out var t) ? t : null;

    private void Time(System.Linq.Expressions.Expression<Func<SessionForm, string?>> field, string label) =>
        RuleFor(field).NotEmpty().WithMessage($"Enter the {label}")
            .Must(t => Parse(t) is not null).WithMessage($"{char.ToUpperInvariant(label[0])}{label[1..]} must be a real time, like 14:00 or 2pm");
}

/// <summary>What saving a session came to: the saved template, or errors by field; and how many visits were flagged.</summary>
public sealed record SessionResult(SessionTemplate? Template, IReadOnlyDictionary<string, string> Errors, int Flagged = 0);

/// <summary>Checks that need the database, shared by adding, editing and reactivating a session.</summary>
public static class SessionChecks
{
    /// <summary>The room must be this establishment's and in use, and the room must be free at that time.</summary>
    public static async Task<Dictionary<string, string>> Errors(FamilyTiesDbContext db, SessionTemplate session)
    {
        var errors = new Dictionary<string, string>();
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == session.RoomId);
        if (room is null)
        {
            errors[nameof(SessionForm.RoomId)] = "Select a room";
            return errors;
        }
        if (!room.Active && session.Active)
        {
            errors[nameof(SessionForm.RoomId)] = $"Select a room that is in use: {room.Name} is switched off";
            return errors;
        }
        if (!session.Active)
        {
            return errors;
        }
        var others = await db.SessionTemplates.AsNoTracking()
            .Where(t => t.Id != session.Id && t.Active && t.RoomId == session.RoomId && t.DayOfWeek == session.DayOfWeek)
            .ToListAsync();
        foreach (var other in others)
        {
            if (SessionTimetable.FirstSharedDate(session, other) is { } date)
            {
                errors[nameof(SessionForm.StartTime)] =
                    $"{room.Name} already has the {other.Name} session from {SessionFormat.Times(other)} on {SessionFormat.Date(date)}: choose other times or another room";
                break;
            }
        }
        return errors;
    }

    /// <summary>
    /// Booked visits from today in this session that the session no longer fits (another day or time, outside its
    /// dates or weeks, a prisoner no longer eligible, or the session switched off) go on the needs-review list.
    /// The caller saves, so the change and the flags land together.
    /// </summary>
    public static async Task<int> FlagVisitsThatNoLongerFit(FamilyTiesDbContext db, FamilyTies.Data.Visits.VisitReviews reviews,
        SessionTemplate session, DateOnly today, string detail)
    {
        var booked = await db.Visits.AsNoTracking().Include(v => v.Prisoner)
            .Where(v => v.Status == VisitStatus.Booked && v.Date >= today && v.SessionSlot!.SessionTemplateId == session.Id)
            .ToListAsync();
        var affected = booked
            .Where(v => !session.OccursOn(v.Date) || v.StartTime != session.StartTime || v.EndTime != session.EndTime
                        || (v.Prisoner is { } p && !session.IsEligible(p)))
            .Select(v => v.Id)
            .ToList();
        return affected.Count == 0
            ? 0
            : await reviews.Flag(db.Visits.Where(v => affected.Contains(v.Id)), NeedsReviewReason.Blocked, detail);
    }
}
