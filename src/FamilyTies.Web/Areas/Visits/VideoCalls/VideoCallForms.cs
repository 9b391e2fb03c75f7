using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>The booking journey's answers: carried in the POST body from the participants step to the slot step.</summary>
public sealed class VideoBookForm
{
    [Display(Name = "Who is taking part?")] public List<int> ContactIds { get; set; } = [];
    [Display(Name = "Main caller")] public int? MainCallerContactId { get; set; }
    [Display(Name = "Kind of call")] public string? Kind { get; set; } = nameof(VideoCallKind.Allowance);
    [Display(Name = "Who arranged it")] public string? ArrangedBy { get; set; }
    [Display(Name = "When would they like to call?")] public string? Band { get; set; } = nameof(VideoTimeBand.Any);
    [Display(Name = "From"), DateRange(DateKind.Upcoming)] public DateOnly? FromDate { get; set; }
    [Display(Name = "Time")] public string? Slot { get; set; }

    public VideoCallKind ParsedKind => Enum.TryParse<VideoCallKind>(Kind, out var k) ? k : VideoCallKind.Allowance;
    public VideoTimeBand ParsedBand => Enum.TryParse<VideoTimeBand>(Band, out var b) ? b : VideoTimeBand.Any;

    public bool TryParseSlot(out int sessionId, out DateOnly date)
    {
        sessionId = 0;
        date = default;
        var parts = (Slot ?? "").Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out sessionId)
               && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static string SlotKey(int sessionId, DateOnly date) => $"{sessionId}:{date:yyyy-MM-dd}";
}

public sealed class VideoBookValidator : AbstractValidator<VideoBookForm>
{
    public VideoBookValidator()
    {
        RuleFor(f => f.ContactIds).NotEmpty().WithMessage("Select who is taking part in the call")
            .Must(ids => ids.Count <= 10).WithMessage("Select no more than 10 people");
        RuleFor(f => f.MainCallerContactId).NotNull().WithMessage("Select the main caller")
            .Must((f, id) => id is null || f.ContactIds.Contains(id.Value)).WithMessage("The main caller must be one of the people taking part");
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<VideoCallKind>).WithMessage("Select the kind of call");
        RuleFor(f => f.ArrangedBy).NotEmpty().When(f => f.Kind == nameof(VideoCallKind.Compassionate)).WithMessage("Enter who arranged the compassionate call");
        RuleFor(f => f.ArrangedBy).MaximumLength(200).WithMessage("Who arranged it must be 200 characters or fewer");
        RuleFor(f => f.Band).Must(FormChoices.IsOneOf<VideoTimeBand>).WithMessage("Select when they would like to call");
        RuleFor(f => f.Slot).MaximumLength(30).WithMessage("Choose a time from the list");
    }
}

/// <summary>The record of a call: what it delivered, who joined and left when, why it ended early, and its problems.</summary>
public sealed class VideoCallRecordForm
{
    [Display(Name = "What happened?")] public string? Outcome { get; set; }
    [Display(Name = "Minutes delivered")] public int? DeliveredMinutes { get; set; }
    [Display(Name = "Minutes late starting")] public int? StartedLateMinutes { get; set; }
    [Display(Name = "Why did it end early?")] public string? EndedEarly { get; set; }
    [Display(Name = "Details of why it ended early")] public string? EndedEarlyDetail { get; set; }
    [Display(Name = "Connection dropped")] public bool Dropped { get; set; }
    [Display(Name = "Buffering")] public bool Buffering { get; set; }
    [Display(Name = "Video froze")] public bool FrozenVideo { get; set; }
    [Display(Name = "No audio")] public bool NoAudio { get; set; }
    [Display(Name = "The family's rating (optional)")] public int? FamilyRating { get; set; }
    public List<ParticipantTimes> Participants { get; set; } = [];

    public sealed class ParticipantTimes
    {
        public int ContactId { get; set; }
        [Display(Name = "Joined")] public string? JoinedAt { get; set; }
        [Display(Name = "Left")] public string? LeftAt { get; set; }
    }
}

public sealed class VideoCallRecordValidator : AbstractValidator<VideoCallRecordForm>
{
    public VideoCallRecordValidator()
    {
        RuleFor(f => f.Outcome).Must(FormChoices.IsOneOf<VideoCallOutcome>).WithMessage("Select what happened");
        RuleFor(f => f.DeliveredMinutes).NotNull().When(f => f.Outcome == nameof(VideoCallOutcome.Delivered)).WithMessage("Enter the minutes the call delivered");
        RuleFor(f => f.DeliveredMinutes).InclusiveBetween(1, VideoCallRules.MaxMinutes).When(f => f.Outcome == nameof(VideoCallOutcome.Delivered))
            .WithMessage($"Minutes delivered must be between 1 and {VideoCallRules.MaxMinutes}");
        RuleFor(f => f.DeliveredMinutes).Must(m => m is null or 0).When(f => f.Outcome is not null && f.Outcome != nameof(VideoCallOutcome.Delivered))
            .WithMessage("A call that did not take place delivered no minutes: leave minutes delivered empty");
        RuleFor(f => f.StartedLateMinutes).InclusiveBetween(0, VideoCallRules.MaxMinutes).WithMessage($"Minutes late must be between 0 and {VideoCallRules.MaxMinutes}");
        RuleFor(f => f.EndedEarly).Must(v => string.IsNullOrEmpty(v) || FormChoices.IsOneOf<VideoCallEndedEarly>(v)).WithMessage("Select why the call ended early");
        RuleFor(f => f.EndedEarlyDetail).NotEmpty().When(f => f.EndedEarly == nameof(VideoCallEndedEarly.TerminatedByStaff))
            .WithMessage("Enter why staff ended the call");
        RuleFor(f => f.EndedEarlyDetail).MaximumLength(500).WithMessage("Details must be 500 characters or fewer");
        RuleFor(f => f.FamilyRating).InclusiveBetween(1, 5).WithMessage("The family's rating must be from 1 to 5");
        RuleFor(f => f.Participants).Must(p => p.Count <= 10).WithMessage("Too many participants");
        RuleForEach(f => f.Participants).ChildRules(p =>
        {
            p.RuleFor(x => x.JoinedAt).Must(BeTime).WithMessage("Enter the time they joined in the 24-hour clock, like 14:05");
            p.RuleFor(x => x.LeftAt).Must(BeTime).WithMessage("Enter the time they left in the 24-hour clock, like 14:35");
        });
    }

    private static bool BeTime(string? text) => string.IsNullOrWhiteSpace(text) || LondonTime.TryParseTime(text, out _);
}

/// <summary>Saves the record of a call. A call cannot be recorded before it starts.</summary>
public sealed class RecordVideoCallHandler(FamilyTiesDbContext db, ILogger<RecordVideoCallHandler> logger)
{
    public async Task<IReadOnlyDictionary<string, string>> Handle(VideoCall call, VideoCallRecordForm form)
    {
        var errors = new Dictionary<string, string>();
        var now = db.Clock.GetUtcNow();
        if (LondonTime.ToInstant(call.Date, call.StartTime) > now)
        {
            errors[""] = "A call cannot be recorded before it starts";
        }
        if (call.Status == VideoCallStatus.Cancelled)
        {
            errors[""] = "This call was cancelled";
        }
        if (form.DeliveredMinutes is { } m && m > call.BookedMinutes)
        {
            errors[nameof(form.DeliveredMinutes)] = $"Minutes delivered cannot be more than the {call.BookedMinutes} minutes booked";
        }
        for (var i = 0; i < form.Participants.Count; i++)
        {
            if (call.Participants.All(p => p.ContactId != form.Participants[i].ContactId))
            {
                errors[$"Participants[{i}].ContactId"] = "Record times only for the people on this call";
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        call.Outcome = Enum.Parse<VideoCallOutcome>(form.Outcome!);
        call.DeliveredMinutes = call.Outcome == VideoCallOutcome.Delivered ? form.DeliveredMinutes : 0;
        call.StartedLateMinutes = form.StartedLateMinutes ?? 0;
        call.EndedEarly = string.IsNullOrEmpty(form.EndedEarly) ? null : Enum.Parse<VideoCallEndedEarly>(form.EndedEarly);
        call.EndedEarlyDetail = form.EndedEarlyDetail?.Trim() ?? "";
        call.Dropped = form.Dropped;
        call.Buffering = form.Buffering;
        call.FrozenVideo = form.FrozenVideo;
        call.NoAudio = form.NoAudio;
        call.FamilyRating = form.FamilyRating;
        call.RecordedAt = now;
        foreach (var times in form.Participants)
        {
            var p = call.Participants.Single(x => x.ContactId == times.ContactId);
            p.JoinedAt = LondonTime.TryParseTime(times.JoinedAt, out var joined) ? joined : null;
            p.LeftAt = LondonTime.TryParseTime(times.LeftAt, out var left) ? left : null;
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Video call {VideoCallId} recorded: {Outcome}", call.Id, call.Outcome);
        return errors;
    }
}

/// <summary>A wellbeing extra for one month, granted by a visits manager with a reason.</summary>
public sealed class VideoExtraForm
{
    [Display(Name = "Month")] public string? Month { get; set; }
    [Display(Name = "Extra calls")] public int? Calls { get; set; }
    [Display(Name = "Extra minutes")] public int? Minutes { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
}

public sealed class VideoExtraValidator : AbstractValidator<VideoExtraForm>
{
    public VideoExtraValidator(TimeProvider clock)
    {
        RuleFor(f => f.Month).Must(m => VideoMonths.Offered(clock).Contains(m)).WithMessage("Select this month or next month");
        RuleFor(f => f.Calls).NotNull().WithMessage("Enter the extra calls").InclusiveBetween(1, 10).WithMessage("Extra calls must be from 1 to 10");
        RuleFor(f => f.Minutes).NotNull().WithMessage("Enter the extra minutes").InclusiveBetween(1, 600).WithMessage("Extra minutes must be from 1 to 600");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the wellbeing extra").MaximumLength(500).WithMessage("Reason must be 500 characters or fewer");
    }
}

public static class VideoMonths
{
    /// <summary>This London month and the next, "2026-12" and "2027-01".</summary>
    public static IReadOnlyList<string> Offered(TimeProvider clock)
    {
        var today = clock.Today();
        var first = new DateOnly(today.Year, today.Month, 1);
        return [VideoCallLoader.MonthOf(first), VideoCallLoader.MonthOf(first.AddMonths(1))];
    }

    public static string Describe(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>A reason to offer the prisoner a free slot first.</summary>
public sealed class VideoPriorityForm
{
    [Display(Name = "Priority reason")] public string? Reason { get; set; }
    [Display(Name = "Note (optional)")] public string? Note { get; set; }
}

public sealed class VideoPriorityValidator : AbstractValidator<VideoPriorityForm>
{
    public VideoPriorityValidator()
    {
        RuleFor(f => f.Reason).Must(FormChoices.IsOneOf<VideoPriorityReason>).WithMessage("Select the priority reason");
        RuleFor(f => f.Note).MaximumLength(500).WithMessage("Note must be 500 characters or fewer");
    }
}

public sealed class VideoResourceForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind")] public string? Kind { get; set; }
    [Display(Name = "Where it is")] public string? Location { get; set; }
}

public sealed class VideoResourceValidator : AbstractValidator<VideoResourceForm>
{
    public VideoResourceValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name").MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<VideoResourceKind>).WithMessage("Select booth or laptop");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where it is").MaximumLength(100).WithMessage("Where it is must be 100 characters or fewer");
    }
}

public sealed class VideoSessionForm
{
    [Display(Name = "Day")] public string? DayOfWeek { get; set; }
    [Display(Name = "Start time")] public string? StartTime { get; set; }
    [Display(Name = "End time")] public string? EndTime { get; set; }
    [Display(Name = "Locations (optional)")] public string? Locations { get; set; }
}

public sealed class VideoSessionValidator : AbstractValidator<VideoSessionForm>
{
    public VideoSessionValidator()
    {
        RuleFor(f => f.DayOfWeek).Must(FormChoices.IsOneOf<DayOfWeek>).WithMessage("Select the day");
        RuleFor(f => f.StartTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the start time, like 18:00 or 6pm");
        RuleFor(f => f.EndTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the end time, like 18:30 or 6:30pm");
        RuleFor(f => f.EndTime).Must((f, end) =>
            {
                if (!LondonTime.TryParseTimeOfDay(f.StartTime, out var s) || !LondonTime.TryParseTimeOfDay(end, out var e)) { return true; }
                var minutes = (e - s).TotalMinutes;
                return e > s && minutes <= VideoCallRules.MaxMinutes;
            })
            .WithMessage($"The end time must be after the start time, and a call no longer than {VideoCallRules.MaxMinutes} minutes");
        RuleFor(f => f.Locations).MaximumLength(200).WithMessage("Locations must be 200 characters or fewer");
    }
}

public sealed class VideoBlockForm
{
    [Display(Name = "Booth or laptop")] public int? ResourceId { get; set; }
    [Display(Name = "From"), DateRange(DateKind.Upcoming)] public DateOnly? FromDate { get; set; }
    [Display(Name = "To"), DateRange(DateKind.Upcoming)] public DateOnly? ToDate { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
}

public sealed class VideoBlockValidator : AbstractValidator<VideoBlockForm>
{
    public VideoBlockValidator(TimeProvider clock)
    {
        RuleFor(f => f.FromDate).NotNull().WithMessage("Enter the first date to block")
            .GreaterThanOrEqualTo(_ => clock.Today()).WithMessage("The first date must be today or in the future");
        RuleFor(f => f.ToDate).NotNull().WithMessage("Enter the last date to block")
            .Must((f, to) => f.FromDate is null || to is null || (to >= f.FromDate && to.Value.DayNumber - f.FromDate.Value.DayNumber <= 90))
            .WithMessage("The last date must be on or after the first, and within 90 days of it");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the block").MaximumLength(300).WithMessage("Reason must be 300 characters or fewer");
    }
}

/// <summary>Blocks a resource (or all) over dates; calls booked there move to needs review in the same save.</summary>
public sealed class BlockVideoHandler(FamilyTiesDbContext db, ILogger<BlockVideoHandler> logger)
{
    public async Task<(int? Id, int Flagged, IReadOnlyDictionary<string, string> Errors)> Handle(VideoBlockForm form)
    {
        var errors = new Dictionary<string, string>();
        if (form.ResourceId is { } rid && !await db.VideoResources.AnyAsync(r => r.Id == rid))
        {
            errors[nameof(form.ResourceId)] = "Select a booth or laptop from the list";
            return (null, 0, errors);
        }
        var reason = form.Reason!.Trim();
        var block = new VideoBlock { VideoResourceId = form.ResourceId, FromDate = form.FromDate!.Value, ToDate = form.ToDate!.Value, Reason = reason };
        db.VideoBlocks.Add(block);
        var calls = await db.VideoCalls
            .Where(c => c.Status == VideoCallStatus.Booked && c.Date >= block.FromDate && c.Date <= block.ToDate
                        && (form.ResourceId == null || c.VideoResourceId == form.ResourceId))
            .ToListAsync();
        foreach (var call in calls)
        {
            call.Status = VideoCallStatus.NeedsReview;
            call.ReviewReason = $"Blocked: {reason}";
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Video block {BlockId} added; {Count} calls moved to needs review", block.Id, calls.Count);
        return (block.Id, calls.Count, errors);
    }
}
