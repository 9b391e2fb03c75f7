using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Two establishments of their own on an unseeded database, with a few rows each that a reader can count
/// (every figure the tests expect is worked out in a comment beside the rows). October 2026 holds the clock change
/// (Sunday 25 October, 2am BST becomes 1am GMT); August 2026 is empty; "now" is 10 December 2026.
/// </summary>
public sealed class MeasuresWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly August = new(2026, 8, 1);

    public FamilyTiesApp App { get; } = new(seed: false);
    public int A { get; private set; }
    public int B { get; private set; }

    public FamilyTiesDbContext Db(int establishment) => App.Db(establishment, new FakeTimeProvider(Now));

    private static DateTimeOffset Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        _ = App.Server; // migrate
        await using (var db = App.Db())
        {
            var a = Establishment("MEA", "HMP Measures A");
            // A's safer custody line is staffed on Sundays from midnight to 3am, so the night the clocks go back counts 4 real hours.
            a.SaferCustodyLineDays = Weekdays.Sunday;
            a.SaferCustodyLineOpens = new TimeOnly(0, 0);
            a.SaferCustodyLineCloses = new TimeOnly(3, 0);
            var b = Establishment("MEB", "HMP Measures B");
            db.Establishments.AddRange(a, b);
            await db.SaveChangesAsync();
            (A, B) = (a.Id, b.Id);
        }
        await ArrangeA();
        await ArrangeB();
    }

    private static Establishment Establishment(string code, string name) => new()
    {
        Code = code, Name = name, Type = EstablishmentType.MaleCategoryC, OperationalCapacity = 500,
        SwitchboardNumber = "01234 567890", SwitchboardHours = "Always", OutOfHoursNumber = "01234 567891", OutOfHoursHours = "Always",
        VisitsBookingNumber = "01234 567892", VisitsBookingHours = "Weekdays", SaferCustodyNumber = "01234 567893", SaferCustodyHours = "Weekdays",
        FamilyServiceProvider = "Pact",
    };

    private static Prisoner Prisoner(string number, string last, int? children, int? miles, DateOnly? received, PrisonerStatus status = PrisonerStatus.Active) => new()
    {
        PrisonNumber = number, FirstName = "Test", LastName = last, DateOfBirth = new DateOnly(1990, 1, 1), Location = "A-1-01",
        ChildrenUnder18 = children, DistanceFromHomeMiles = miles, ReceptionDate = received, Status = status, Nationality = "British",
    };

    private async Task ArrangeA()
    {
        await using var db = App.Db(A);
        // The roll at the end of October: P1 to P4 (received in September). P5 has been released; P6 arrived in November.
        var p1 = Prisoner("A1001AA", "One", children: 2, miles: 120, new DateOnly(2026, 9, 10));     // children, far from home
        var p2 = Prisoner("A1002AA", "Two", children: 0, miles: 30, new DateOnly(2026, 9, 10));
        var p3 = Prisoner("A1003AA", "Three", children: null, miles: null, new DateOnly(2026, 9, 10)); // neither recorded
        var p4 = Prisoner("A1004AA", "Four", children: 1, miles: 50, new DateOnly(2026, 9, 10));     // children; exactly 50 miles is not far
        var p5 = Prisoner("A1005AA", "Five", children: 3, miles: 200, new DateOnly(2026, 9, 1), PrisonerStatus.Released);
        var p6 = Prisoner("A1006AA", "Six", children: 1, miles: 300, new DateOnly(2026, 11, 15));
        db.Prisoners.AddRange(p1, p2, p3, p4, p5, p6);
        var room = new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 12 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();

        // Saturdays 2pm, 10 open and 2 closed tables; Tuesdays 6pm (evening), 5 open. Both from 1 September 2026.
        // October: Saturdays 3, 10, 17, 24, 31 with the 10th blocked: 4 x 12 = 48 tables; Tuesdays 6, 13, 20, 27: 4 x 5 = 20.
        // Capacity 68; evening 20 of 68 = 29.4%; weekend 48 of 68 = 70.6%.
        var saturday = Template(room.Id, "Saturday afternoon", DayOfWeek.Saturday, new TimeOnly(14, 0), 10, 2);
        var tuesday = Template(room.Id, "Tuesday evening", DayOfWeek.Tuesday, new TimeOnly(18, 0), 5, 0);
        db.SessionTemplates.AddRange(saturday, tuesday);
        await db.SaveChangesAsync();
        db.BlockedDates.Add(new BlockedDate { Date = new DateOnly(2026, 10, 10), Reason = "Staff training" });

        // October: P1 has 2 visits (regular contact), P2 1, P3 1 cancelled. Booked 3, cancelled 1, capacity used 3 of 68 = 4.4%.
        // Regular contact: 1 (P1) of the roll of 4 = 25%.
        var oct3 = Slot(saturday, new DateOnly(2026, 10, 3), 1);
        var oct6 = Slot(tuesday, new DateOnly(2026, 10, 6), 1);
        var oct17 = Slot(saturday, new DateOnly(2026, 10, 17), 1);
        var oct24 = Slot(saturday, new DateOnly(2026, 10, 24), 0);
        // The first Saturday after 31 October (7 November) is full, so the next free weekend table is on 14 November: 14 days.
        var nov7 = Slot(saturday, new DateOnly(2026, 11, 7), 10);
        db.SessionSlots.AddRange(oct3, oct6, oct17, oct24, nov7);
        await db.SaveChangesAsync();
        db.Visits.AddRange(
            Visit(p1, oct3, saturday), Visit(p1, oct6, tuesday), Visit(p2, oct17, saturday),
            Visit(p3, oct24, saturday, VisitStatus.Cancelled));

        // Safer custody contacts (routine first action within 24 hours, urgent within 30 minutes, call back within 24 hours).
        // C1 at 00:30 BST on 1 October (23:30 UTC on 30 September): October. First action after 60 minutes; caller told.
        // C2 at 00:30 UTC on 25 October (the clock-change night): first action after 20 minutes (an action at 5 minutes was corrected).
        // C3 at 23:30 GMT on 31 October: October. First action after 180 minutes; caller asked for a call back, not reached.
        // C4 at 23:30 BST on 30 September (22:30 UTC): September, not October.
        // C5 on 10 October, urgent: first action after 45 minutes, late (the urgent service level is 30 minutes).
        // October: 4 contacts; first-action times 20, 45, 60, 180: median (45 + 60) / 2 = 52.5, 90th percentile (4th of 4) 180.
        // Callers told: 1 (C1) of the 2 who asked (C1, C3) = 50%. Missed a service level: 1 (C5).
        var c1 = Contact(Utc(9, 30, 23, 30), callback: true);
        var c2 = Contact(Utc(10, 25, 0, 30), callback: false);
        var c3 = Contact(Utc(10, 31, 23, 30), callback: true);
        var c4 = Contact(Utc(9, 30, 22, 30), callback: false);
        var c5 = Contact(Utc(10, 10, 10, 0), callback: false, imminent: true);
        db.SaferCustodyContacts.AddRange(c1, c2, c3, c4, c5);
        await db.SaveChangesAsync();
        var corrected = Action(c2, 5);
        db.ContactActions.AddRange(Action(c1, 60), corrected, Action(c3, 180), Action(c4, 10), Action(c5, 45));
        db.CallerFeedback.AddRange(
            new CallerFeedback { ContactId = c1.Id, OccurredAt = c1.ReceivedAt.AddHours(2), Result = CallerFeedbackResult.Told, Disclosure = Disclosure.AcknowledgementOnly },
            new CallerFeedback { ContactId = c3.Id, OccurredAt = c3.ReceivedAt.AddHours(4), Result = CallerFeedbackResult.NotToldNoAnswer, Attempts = 2 });
        await db.SaveChangesAsync();
        db.ContactActions.Add(new ContactAction { ContactId = c2.Id, Kind = ActionKind.WelfareCheck, OccurredAt = c2.ReceivedAt.AddMinutes(20), CorrectsId = corrected.Id, CorrectionReason = "Wrong time" });

        // Voicemail checks (A's line: Sundays midnight to 3am). October's staffed gaps: 1 Oct to Sun 4 Oct 2am: 120 minutes;
        // 4 Oct 2am to 11 Oct 2am: 60 + 120 = 180; 11 to 18 Oct: 180; 18 Oct 2am to 25 Oct 2:30am GMT: 60 + 210 (midnight BST
        // to 2:30am GMT is 3.5 real hours) = 270; then 30 minutes to 3am. Longest: 270. August has no check: its five Sundays,
        // 5 x 180 = 900.
        db.VoicemailChecks.AddRange(
            new VoicemailCheck { CheckedAt = Utc(10, 4, 1, 0) }, new VoicemailCheck { CheckedAt = Utc(10, 11, 1, 0) },
            new VoicemailCheck { CheckedAt = Utc(10, 18, 1, 0) }, new VoicemailCheck { CheckedAt = Utc(10, 25, 2, 30) });

        // ACCTs open in October: K1 (opened 20 September, prisoner asked on 5 October) and K2 (10 to 20 October, never asked):
        // 1 of 2 = 50%. K3 (all of September) is not October's; a CSIP does not count. September: K1 (not yet asked) and K3: 0 of 2.
        var k1 = Case(p1, SafetyCaseKind.Acct, new DateOnly(2026, 9, 20), null);
        var k2 = Case(p2, SafetyCaseKind.Acct, new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 20));
        var k3 = Case(p3, SafetyCaseKind.Acct, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));
        var k4 = Case(p4, SafetyCaseKind.Csip, new DateOnly(2026, 10, 1), null);
        db.SafetyCases.AddRange(k1, k2, k3, k4);
        await db.SaveChangesAsync();
        db.FamilyInvolvementEntries.Add(new FamilyInvolvementEntry { SafetyCaseId = k1.Id, Kind = InvolvementEntryKind.PrisonerAsked, OccurredOn = new DateOnly(2026, 10, 5), Answer = FamilyAnswer.Agreed });
        db.FamilyInvolvementEntries.Add(new FamilyInvolvementEntry { SafetyCaseId = k4.Id, Kind = InvolvementEntryKind.PrisonerAsked, OccurredOn = new DateOnly(2026, 10, 5), Answer = FamilyAnswer.Agreed });
        await db.SaveChangesAsync();
        // Issue 13: the booked October visits took place (outcome completed), so regular contact counts them as attended.
        foreach (var v in await db.Visits.Where(v => v.Status == VisitStatus.Booked).ToListAsync())
        {
            db.VisitAttendances.Add(new VisitAttendance { VisitId = v.Id, PrisonerId = v.PrisonerId, Date = v.Date, Outcome = VisitOutcome.Completed });
        }
        await db.SaveChangesAsync();
    }

    private async Task ArrangeB()
    {
        await using var db = App.Db(B);
        // B's rows must never count for A. Its October: roll 2 (PB1 children 1, 10 miles; PB2 neither recorded);
        // Saturdays 2pm with 3 open tables: 5 x 3 = 15; PB1 has 2 visits. Two contacts (10 and 30 minutes to first action,
        // the one caller who asked was told) and an ACCT whose prisoner was asked.
        var pb1 = Prisoner("B2001BB", "Bone", children: 1, miles: 10, new DateOnly(2026, 9, 1));
        var pb2 = Prisoner("B2002BB", "Btwo", children: null, miles: null, new DateOnly(2026, 9, 1));
        db.Prisoners.AddRange(pb1, pb2);
        var room = new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 3 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        var saturday = Template(room.Id, "Saturday afternoon", DayOfWeek.Saturday, new TimeOnly(14, 0), 3, 0);
        db.SessionTemplates.Add(saturday);
        await db.SaveChangesAsync();
        var oct3 = Slot(saturday, new DateOnly(2026, 10, 3), 2);
        db.SessionSlots.Add(oct3);
        await db.SaveChangesAsync();
        db.Visits.AddRange(Visit(pb1, oct3, saturday), Visit(pb1, oct3, saturday));
        var cb1 = Contact(Utc(10, 5, 9, 0), callback: true);
        var cb2 = Contact(Utc(10, 6, 9, 0), callback: false);
        db.SaferCustodyContacts.AddRange(cb1, cb2);
        await db.SaveChangesAsync();
        db.ContactActions.AddRange(Action(cb1, 10), Action(cb2, 30));
        db.CallerFeedback.Add(new CallerFeedback { ContactId = cb1.Id, OccurredAt = cb1.ReceivedAt.AddHours(1), Result = CallerFeedbackResult.Told, Disclosure = Disclosure.AcknowledgementOnly });
        var kb = Case(pb1, SafetyCaseKind.Acct, new DateOnly(2026, 10, 1), null);
        db.SafetyCases.Add(kb);
        await db.SaveChangesAsync();
        db.FamilyInvolvementEntries.Add(new FamilyInvolvementEntry { SafetyCaseId = kb.Id, Kind = InvolvementEntryKind.PrisonerAsked, OccurredOn = new DateOnly(2026, 10, 2), Answer = FamilyAnswer.Declined });
        await db.SaveChangesAsync();
        // Issue 13: the booked October visits took place (outcome completed), so regular contact counts them as attended.
        foreach (var v in await db.Visits.Where(v => v.Status == VisitStatus.Booked).ToListAsync())
        {
            db.VisitAttendances.Add(new VisitAttendance { VisitId = v.Id, PrisonerId = v.PrisonerId, Date = v.Date, Outcome = VisitOutcome.Completed });
        }
        await db.SaveChangesAsync();
    }

    private static SessionTemplate Template(int room, string name, DayOfWeek day, TimeOnly start, int open, int closed) => new()
    {
        Name = name, RoomId = room, DayOfWeek = day, StartTime = start, EndTime = start.AddHours(2), ValidFrom = new DateOnly(2026, 9, 1),
        OpenCapacity = open, ClosedCapacity = closed,
    };

    private static SessionSlot Slot(SessionTemplate t, DateOnly date, int bookedOpen) => new() { SessionTemplateId = t.Id, Date = date, BookedOpen = bookedOpen };

    private static Visit Visit(Prisoner p, SessionSlot slot, SessionTemplate t, VisitStatus status = VisitStatus.Booked) => new()
    {
        Reference = VisitReference.New(), PrisonerId = p.Id, SessionSlotId = slot.Id, Date = slot.Date, StartTime = t.StartTime, EndTime = t.EndTime,
        Status = status, CancelledAt = status == VisitStatus.Cancelled ? Now : null,
        CancellationReason = status == VisitStatus.Cancelled ? CancellationReason.VisitorCancelled : null,
    };

    private static SaferCustodyContact Contact(DateTimeOffset received, bool callback, bool imminent = false) => new()
    {
        ReceivedAt = received, Channel = ContactChannel.SaferCustodyLine, CallerName = "Test Caller", CallerRelationship = "Sister",
        CallerWantsCallback = callback, Categories = imminent ? ConcernCategory.EmotionalSupportSelfHarm : ConcernCategory.Healthcare,
        ImminentRisk = imminent, EscalatedTo = imminent ? EscalatedTo.OrderlyOfficer : null, EscalatedAt = imminent ? received.AddMinutes(1) : null,
        CallerSaid = "Worried",
    };

    private static ContactAction Action(SaferCustodyContact c, int minutes) =>
        new() { ContactId = c.Id, Kind = ActionKind.WelfareCheck, OccurredAt = c.ReceivedAt.AddMinutes(minutes) };

    private static SafetyCase Case(Prisoner p, SafetyCaseKind kind, DateOnly opened, DateOnly? closed) =>
        new() { PrisonerId = p.Id, Kind = kind, Reference = kind + "-" + p.PrisonNumber + opened.DayNumber, OpenedOn = opened, ClosedOn = closed };

    /// <summary>One establishment's figures for a month, from the measures layer.</summary>
    public async Task<MeasureResults> Month(int establishment, DateOnly month)
    {
        await using var db = Db(establishment);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, Now)]);
        return await MeasureRegistry.ComputeAsync(q);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
