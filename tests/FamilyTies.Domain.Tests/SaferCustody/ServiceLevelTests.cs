using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Domain.Tests.SaferCustody;

public sealed class ServiceLevelTests
{
    private static readonly ServiceLevelSettings Settings = new(UrgentFirstActionMinutes: 30, RoutineFirstActionHours: 24, WebFormPickupHours: 72, CallbackTargetHours: 24);

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    private static ContactTimes Contact(DateTimeOffset received, bool imminent = false, ContactChannel channel = ContactChannel.SaferCustodyLine,
        ConcernCategory categories = ConcernCategory.Healthcare, bool callback = false, DateTimeOffset? firstAction = null, DateTimeOffset? told = null) =>
        new(received, channel, categories, imminent, callback, firstAction, told);

    private static Deadline FirstAction(ContactTimes c) => ServiceLevels.For(c, Settings).Single(d => d.Kind == DeadlineKind.FirstAction);

    [Fact]
    public void An_imminent_risk_or_an_urgent_concern_gets_the_urgent_time()
    {
        var received = Utc(2026, 6, 10, 9, 0);
        Assert.Equal(received.AddMinutes(30), FirstAction(Contact(received, imminent: true)).Due);
        Assert.Equal(received.AddMinutes(30), FirstAction(Contact(received, categories: ConcernCategory.Urgent | ConcernCategory.Property)).Due);
        Assert.Equal(received.AddHours(24), FirstAction(Contact(received)).Due);
    }

    [Fact]
    public void A_routine_web_form_has_the_pick_up_time_but_an_urgent_one_does_not()
    {
        var received = Utc(2026, 6, 10, 9, 0);
        Assert.Equal(received.AddHours(72), FirstAction(Contact(received, channel: ContactChannel.WebForm)).Due);
        Assert.Equal(received.AddMinutes(30), FirstAction(Contact(received, channel: ContactChannel.WebForm, imminent: true)).Due);
    }

    [Fact]
    public void First_action_exactly_on_the_deadline_is_met_and_a_second_later_is_a_breach()
    {
        var received = Utc(2026, 6, 10, 9, 0);
        var due = received.AddMinutes(30);
        Assert.Equal(DeadlineState.Met, FirstAction(Contact(received, imminent: true, firstAction: due)).StateAt(due.AddHours(1)));
        Assert.Equal(DeadlineState.MetLate, FirstAction(Contact(received, imminent: true, firstAction: due.AddSeconds(1))).StateAt(due.AddHours(1)));
    }

    [Fact]
    public void An_open_deadline_is_pending_up_to_the_stroke_and_overdue_after_it()
    {
        var received = Utc(2026, 6, 10, 9, 0);
        var deadline = FirstAction(Contact(received, imminent: true));
        Assert.Equal(DeadlineState.Pending, deadline.StateAt(received.AddMinutes(29)));
        Assert.Equal(DeadlineState.Pending, deadline.StateAt(received.AddMinutes(30)));
        Assert.Equal(DeadlineState.Overdue, deadline.StateAt(received.AddMinutes(30).AddSeconds(1)));
        Assert.Equal(TimeSpan.FromMinutes(1), deadline.RemainingAt(received.AddMinutes(29)));
        Assert.Equal(TimeSpan.FromMinutes(-5), deadline.RemainingAt(received.AddMinutes(35)));
    }

    [Fact]
    public void Across_the_October_clock_change_30_minutes_is_30_real_minutes()
    {
        // 00:45 BST on Sunday 25 October 2026; at 02:00 BST the clocks go back to 01:00 GMT.
        var received = LondonTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(0, 45));
        Assert.Equal(Utc(2026, 10, 24, 23, 45), received);
        var deadline = FirstAction(Contact(received, imminent: true));
        Assert.Equal(Utc(2026, 10, 25, 0, 15), deadline.Due);

        // A welfare check at 01:10 GMT reads only 25 minutes later on the wall clock, but 85 minutes have passed.
        var check = Utc(2026, 10, 25, 1, 10);
        Assert.Equal("01:10 GMT", LondonTime.TimeInput(check));
        Assert.Equal(DeadlineState.MetLate, (deadline with { MetAt = check }).StateAt(check));
        Assert.Equal(DeadlineState.Overdue, deadline.StateAt(check));
    }

    [Fact]
    public void Across_the_March_clock_change_the_skipped_hour_is_not_counted()
    {
        // 00:50 GMT on Sunday 29 March 2026; at 01:00 GMT the clocks go forward to 02:00 BST.
        var received = LondonTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(0, 50));
        var check = LondonTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 10));
        // The wall clock says 80 minutes; only 20 have passed.
        Assert.Equal(TimeSpan.FromMinutes(20), check - received);
        Assert.Equal(DeadlineState.Met, (FirstAction(Contact(received, imminent: true)) with { MetAt = check }).StateAt(check));
    }

    [Fact]
    public void Routine_24_hours_across_the_clock_change_ends_an_hour_earlier_on_the_wall_clock()
    {
        var received = LondonTime.ToInstant(new DateOnly(2026, 10, 24), new TimeOnly(12, 0));
        var due = FirstAction(Contact(received)).Due;
        Assert.Equal("25/10/2026 11:00", LondonTime.DateInput(due) + " " + LondonTime.TimeInput(due));
    }

    [Fact]
    public void A_callback_is_due_only_when_the_caller_asked_for_one()
    {
        var received = Utc(2026, 6, 10, 9, 0);
        Assert.DoesNotContain(ServiceLevels.For(Contact(received), Settings), d => d.Kind == DeadlineKind.Callback);
        var callback = ServiceLevels.For(Contact(received, callback: true), Settings).Single(d => d.Kind == DeadlineKind.Callback);
        Assert.Equal(received.AddHours(24), callback.Due);
    }

    [Fact]
    public void Open_contacts_are_worked_most_overdue_first()
    {
        var now = Utc(2026, 6, 10, 12, 0);
        var contacts = new[]
        {
            ("routine, due tomorrow", Contact(now.AddHours(-1))),
            ("urgent, overdue by 90 minutes", Contact(now.AddHours(-2), imminent: true)),
            ("all met", Contact(now.AddHours(-3), firstAction: now.AddHours(-2))),
            ("callback overdue by 2 hours", Contact(now.AddHours(-26), callback: true, firstAction: now.AddHours(-25))),
        };
        var order = ServiceLevels.InWorkingOrder(contacts, c => ServiceLevels.For(c.Item2, Settings), c => c.Item2.ReceivedAt).Select(c => c.Item1);
        Assert.Equal(["callback overdue by 2 hours", "urgent, overdue by 90 minutes", "routine, due tomorrow", "all met"], order);
    }
}
