using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyTies.Web.Areas.Visits.VideoCalls;

/// <summary>The radios and selects of the video-call forms, worded once.</summary>
public static class VideoChoices
{
    public static IReadOnlyList<SelectListItem> Kinds => FormChoices.Of<VideoCallKind>(k => k == VideoCallKind.Allowance
        ? "From the monthly allowance" : "Compassionate, outside the allowance (for example a funeral)");

    public static IReadOnlyList<SelectListItem> Bands => FormChoices.Of<VideoTimeBand>(b => b switch
    {
        VideoTimeBand.Daytime => "Weekday daytime",
        VideoTimeBand.Evening => "Evening (from 5pm)",
        VideoTimeBand.Weekend => "Weekend",
        _ => "Any time",
    });

    public static IReadOnlyList<SelectListItem> Outcomes => FormChoices.Of<VideoCallOutcome>(o => o switch
    {
        VideoCallOutcome.Delivered => "The call took place (in full or in part)",
        VideoCallOutcome.NoShow => "The family did not join",
        _ => "The call could not be connected",
    });

    public static IReadOnlyList<SelectListItem> EndedEarly => FormChoices.Of<VideoCallEndedEarly>(r => r switch
    {
        VideoCallEndedEarly.Network => "Network problem",
        VideoCallEndedEarly.MovementDetection => "Movement detection cut it off",
        VideoCallEndedEarly.TerminatedByStaff => "Ended by staff",
        VideoCallEndedEarly.ParticipantLeft => "A participant left",
        _ => "A participant did not show",
    });

    public static IReadOnlyList<SelectListItem> ResourceKinds => FormChoices.Of<VideoResourceKind>(k => k == VideoResourceKind.Booth ? "Booth" : "Laptop");

    public static IReadOnlyList<SelectListItem> Days => FormChoices.Of<DayOfWeek>(LondonTime.FormatDay,
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday]);

    public static IReadOnlyList<SelectListItem> Priorities => FormChoices.Of<VideoPriorityReason>(VideoCallPriority.Describe);

    public static IReadOnlyList<SelectListItem> Months(IEnumerable<string> months) => months.Select(m => new SelectListItem(VideoMonths.Describe(m), m)).ToList();

    /// <summary>Each approved visitor: name, relationship, age and where they live if abroad.</summary>
    public static IReadOnlyList<SelectListItem> Participants(IEnumerable<PrisonerContact> links, DateOnly today) => links.Select(l =>
    {
        var c = l.Contact!;
        var age = c.AgeOn(today) is { } a ? $", age {a}" : "";
        var abroad = c.Country.Length > 0 ? $", lives in {c.Country}" : "";
        return new SelectListItem($"{c.FullName} ({PrisonerContact.Describe(l.Relationship)}{age}{abroad})", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }).ToList();

    public static IReadOnlyList<SelectListItem> MainCallers(IEnumerable<PrisonerContact> links) =>
        links.Select(l => new SelectListItem(l.Contact!.FullName, l.ContactId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
