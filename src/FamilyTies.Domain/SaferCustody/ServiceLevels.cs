using FamilyTies.Domain.Establishments;

namespace FamilyTies.Domain.SaferCustody;

/// <summary>An establishment's safer custody service levels (its settings).</summary>
public sealed record ServiceLevelSettings(int UrgentFirstActionMinutes, int RoutineFirstActionHours, int WebFormPickupHours, int CallbackTargetHours)
{
    public static ServiceLevelSettings From(Establishment e) =>
        new(e.UrgentFirstActionMinutes, e.RoutineFirstActionHours, e.WebFormPickupHours, e.CallbackTargetHours);
}

public enum DeadlineKind { FirstAction, Callback }

public enum DeadlineState { Pending, Overdue, Met, MetLate }

/// <summary>One service level on one contact: when it falls due and when (if yet) it was met.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTimeOffset Due, DateTimeOffset? MetAt)
{
    /// <summary>Met on the stroke of the deadline counts as met; a moment later is a breach.</summary>
    public DeadlineState StateAt(DateTimeOffset now) => MetAt switch
    {
        { } met when met <= Due => DeadlineState.Met,
        not null => DeadlineState.MetLate,
        null when now <= Due => DeadlineState.Pending,
        _ => DeadlineState.Overdue,
    };

    public bool IsBreached(DateTimeOffset now) => StateAt(now) is DeadlineState.Overdue or DeadlineState.MetLate;

    /// <summary>Time left until the breach (negative once overdue).</summary>
    public TimeSpan RemainingAt(DateTimeOffset now) => Due - now;
}

/// <summary>The facts about a contact that its service levels depend on.</summary>
public sealed record ContactTimes(
    DateTimeOffset ReceivedAt, ContactChannel Channel, ConcernCategory Categories, bool ImminentRisk, bool WantsCallback,
    DateTimeOffset? FirstActionAt, DateTimeOffset? FirstCallerFeedbackAt);

/// <summary>
/// The safer custody service levels (docs/decisions/0010-safer-custody.md). All are measured in elapsed time from when
/// the contact was received, so a clock change neither gives nor takes an hour.
/// </summary>
public static class ServiceLevels
{
    public static bool IsUrgent(bool imminentRisk, ConcernCategory categories) =>
        imminentRisk || categories.HasFlag(ConcernCategory.Urgent);

    /// <summary>
    /// Urgent: the urgent first-action time. A routine web form: the web-form pick-up time. Otherwise: the routine time.
    /// </summary>
    public static TimeSpan FirstActionAllowance(ServiceLevelSettings settings, ContactChannel channel, bool urgent) =>
        urgent ? TimeSpan.FromMinutes(settings.UrgentFirstActionMinutes)
        : channel == ContactChannel.WebForm ? TimeSpan.FromHours(settings.WebFormPickupHours)
        : TimeSpan.FromHours(settings.RoutineFirstActionHours);

    /// <summary>First action always; a callback (the caller-told step) when the caller asked for one.</summary>
    public static IReadOnlyList<Deadline> For(ContactTimes c, ServiceLevelSettings settings)
    {
        var urgent = IsUrgent(c.ImminentRisk, c.Categories);
        var deadlines = new List<Deadline>
        {
            new(DeadlineKind.FirstAction, c.ReceivedAt + FirstActionAllowance(settings, c.Channel, urgent), c.FirstActionAt),
        };
        if (c.WantsCallback)
        {
            deadlines.Add(new(DeadlineKind.Callback, c.ReceivedAt + TimeSpan.FromHours(settings.CallbackTargetHours), c.FirstCallerFeedbackAt));
        }
        return deadlines;
    }

    /// <summary>The unmet deadline that falls due first, or null when every one is met.</summary>
    public static Deadline? MostPressing(IEnumerable<Deadline> deadlines) =>
        deadlines.Where(d => d.MetAt is null).OrderBy(d => d.Due).FirstOrDefault();

    /// <summary>Open contacts in the order to work them: the most overdue first, then the soonest due, then the rest.</summary>
    public static IEnumerable<T> InWorkingOrder<T>(IEnumerable<T> contacts, Func<T, IReadOnlyList<Deadline>> deadlines, Func<T, DateTimeOffset> receivedAt) =>
        contacts.OrderBy(c => MostPressing(deadlines(c))?.Due ?? DateTimeOffset.MaxValue).ThenBy(receivedAt);
}
