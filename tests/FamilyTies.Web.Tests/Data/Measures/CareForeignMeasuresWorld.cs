using FamilyTies.Data;
using FamilyTies.Data.Measures;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FamilyTies.Web.Tests.Data.Measures;

/// <summary>
/// Two establishments of their own for the care-experienced and foreign-national measures, with rows a reader can
/// count (the figures are worked out beside them). October 2026 is the month asked about (it holds the clock change);
/// August 2026 is empty (nobody had arrived); "now" is 10 December 2026.
/// </summary>
public sealed class CareForeignMeasuresWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly October = new(2026, 10, 1);
    public static readonly DateOnly August = new(2026, 8, 1);

    public FamilyTiesApp App { get; } = new(seed: false);
    public int A { get; private set; }
    public int B { get; private set; }

    public FamilyTiesDbContext Db(int establishment) => App.Db(establishment, new FakeTimeProvider(Now));

    private static DateOnly D(int month, int day) => new(2026, month, day);

    public async Task InitializeAsync()
    {
        _ = App.Server; // migrate
        await using (var db = App.Db())
        {
            var a = Establishment("CFA", "HMP Care Foreign A");
            var b = Establishment("CFB", "HMP Care Foreign B");
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

    private static Prisoner Prisoner(string number, string last, string nationality, DateOnly received, PrisonerStatus status = PrisonerStatus.Active) => new()
    {
        PrisonNumber = number, FirstName = "Test", LastName = last, DateOfBirth = new DateOnly(2004, 1, 1), Location = "A-1-01",
        ReceptionDate = received, Status = status, Nationality = nationality,
    };

    private async Task ArrangeA()
    {
        await using var db = App.Db(A);
        // The roll at the end of October: P1 to P7 (received 10 September). P8 has been released; P9 arrived in November.
        var received = D(9, 10);
        var p1 = Prisoner("C1001AA", "Careone", "British", received);    // registered 15 September; adviser contact 20 September
        var p2 = Prisoner("C1002AA", "Caretwo", "Welsh", received);      // registered 1 October; no contact: first due 11 October
        var p3 = Prisoner("C1003AA", "Carethree", "English", received);  // registered 5 November: not care-experienced in October
        var p4 = Prisoner("C1004AA", "Otherfour", "British", received);
        var p5 = Prisoner("C1005AA", "Irishfive", "Irish", received);    // a foreign national
        var p6 = Prisoner("C1006AA", "Polishsix", "Polish", received);   // a foreign national
        var p7 = Prisoner("C1007AA", "Blankseven", "", received);        // nationality not recorded: not a foreign national
        var p8 = Prisoner("C1008AA", "Released", "Polish", received, PrisonerStatus.Released);
        var p9 = Prisoner("C1009AA", "Novembernine", "Romanian", D(11, 15));
        db.Prisoners.AddRange(p1, p2, p3, p4, p5, p6, p7, p8, p9);
        await db.SaveChangesAsync();

        var r1 = new CareExperiencedRecord { PrisonerId = p1.Id, RegisteredOn = D(9, 15), IdentifiedBy = IdentifiedBy.InductionQuestionnaire };
        var r2 = new CareExperiencedRecord { PrisonerId = p2.Id, RegisteredOn = D(10, 1), IdentifiedBy = IdentifiedBy.FirstNight };
        var r3 = new CareExperiencedRecord { PrisonerId = p3.Id, RegisteredOn = D(11, 5), IdentifiedBy = IdentifiedBy.Referral };
        var r8 = new CareExperiencedRecord { PrisonerId = p8.Id, RegisteredOn = D(9, 15), IdentifiedBy = IdentifiedBy.Referral };
        db.CareExperiencedRecords.AddRange(r1, r2, r3, r8);
        await db.SaveChangesAsync();
        // P1's first contact on 20 September (due by 25 September); the next is due 8 weeks later, 15 November: not overdue on 31 October.
        db.PersonalAdviserContacts.Add(new PersonalAdviserContact { RecordId = r1.Id, OccurredOn = D(9, 20), Method = AdviserContactMethod.Phone, Who = "Personal adviser" });

        // Visits attended (outcome completed): P1 3 October, P4 6 October, P3 17 October (ended by staff), P5 20 September;
        // P8 (released) 6 October. Not contact: P2 10 October cancelled, P2 17 October booked with no outcome, P6 12 October
        // booked with no outcome, P7 24 October where the visitor did not arrive.
        var (room, template) = (new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 10 }, (SessionTemplate?)null);
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        template = new SessionTemplate
        {
            Name = "Afternoon", RoomId = room.Id, DayOfWeek = DayOfWeek.Saturday, StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0),
            ValidFrom = D(9, 1), OpenCapacity = 10,
        };
        db.SessionTemplates.Add(template);
        await db.SaveChangesAsync();
        var attended = new[]
        {
            await Visit(db, template, p1, D(10, 3)), await Visit(db, template, p4, D(10, 6)), await Visit(db, template, p5, D(9, 20)),
            await Visit(db, template, p8, D(10, 6)),
        };
        var endedByStaff = await Visit(db, template, p3, D(10, 17));
        var didNotArrive = await Visit(db, template, p7, D(10, 24));
        db.Visits.AddRange(attended);
        db.Visits.AddRange(endedByStaff, didNotArrive, await Visit(db, template, p2, D(10, 10), VisitStatus.Cancelled),
            await Visit(db, template, p2, D(10, 17)), await Visit(db, template, p6, D(10, 12)));
        await db.SaveChangesAsync();
        db.VisitAttendances.AddRange(attended.Select(v => Attendance(v, VisitOutcome.Completed)));
        db.VisitAttendances.AddRange(Attendance(endedByStaff, VisitOutcome.TerminatedByStaff), Attendance(didNotArrive, VisitOutcome.VisitorDidNotArrive));

        // Drop-ins: 8 October P1 came and P2 was recorded as not coming; 22 October P1 came again; 24 September (another month) P1 came.
        // October: 1 prisoner (P1, counted once). August: no session.
        var (oct8, oct22, sep24) = (DropIn(D(10, 8)), DropIn(D(10, 22)), DropIn(D(9, 24)));
        oct8.Attendances.AddRange([Came(r1), Came(r2, attended: false)]);
        oct22.Attendances.Add(Came(r1));
        sep24.Attendances.Add(Came(r1));
        db.DropInSessions.AddRange(oct8, oct22, sep24);

        // Interpreter requests: October has one met (5 October) and one not met (25 October, the clock-change day); one
        // pending (20 October) is left out; 30 September and 1 November are other months.
        db.InterpreterRequests.AddRange(
            Request(p5, D(10, 5), InterpreterOutcome.Met), Request(p6, D(10, 25), InterpreterOutcome.NotMet), Request(p6, D(10, 20), InterpreterOutcome.Pending),
            Request(p6, D(9, 30), InterpreterOutcome.Met), Request(p6, D(11, 1), InterpreterOutcome.Met));
        await db.SaveChangesAsync();
    }

    private async Task ArrangeB()
    {
        await using var db = App.Db(B);
        // B's rows must never count for A: a registered prisoner with no adviser contact and a visit, a foreign national
        // with a visit, and three met interpreter requests in October.
        var pb1 = Prisoner("C2001BB", "Bcare", "British", D(9, 1));
        var pb2 = Prisoner("C2002BB", "Bforeign", "Lithuanian", D(9, 1));
        db.Prisoners.AddRange(pb1, pb2);
        await db.SaveChangesAsync();
        var rb1 = new CareExperiencedRecord { PrisonerId = pb1.Id, RegisteredOn = D(9, 2), IdentifiedBy = IdentifiedBy.Other };
        db.CareExperiencedRecords.Add(rb1);
        await db.SaveChangesAsync();
        // B's drop-in on 8 October with its one registered prisoner.
        var dropIn = DropIn(D(10, 8));
        dropIn.Attendances.Add(Came(rb1));
        db.DropInSessions.Add(dropIn);
        var room = new Room { Name = "Hall", Kind = RoomKind.VisitsHall, Tables = 3 };
        db.Rooms.Add(room);
        await db.SaveChangesAsync();
        var template = new SessionTemplate
        {
            Name = "Afternoon", RoomId = room.Id, DayOfWeek = DayOfWeek.Saturday, StartTime = new TimeOnly(14, 0), EndTime = new TimeOnly(16, 0),
            ValidFrom = D(9, 1), OpenCapacity = 3,
        };
        db.SessionTemplates.Add(template);
        await db.SaveChangesAsync();
        var visits = new[] { await Visit(db, template, pb1, D(10, 3)), await Visit(db, template, pb2, D(10, 3)) };
        db.Visits.AddRange(visits);
        await db.SaveChangesAsync();
        db.VisitAttendances.AddRange(visits.Select(v => Attendance(v, VisitOutcome.Completed)));
        db.InterpreterRequests.AddRange(Request(pb2, D(10, 3), InterpreterOutcome.Met), Request(pb2, D(10, 4), InterpreterOutcome.Met), Request(pb2, D(10, 5), InterpreterOutcome.Met));
        await db.SaveChangesAsync();
    }

    private static async Task<Visit> Visit(FamilyTiesDbContext db, SessionTemplate t, Prisoner p, DateOnly date, VisitStatus status = VisitStatus.Booked)
    {
        // One slot per session and date.
        var slot = db.SessionSlots.Local.FirstOrDefault(s => s.SessionTemplateId == t.Id && s.Date == date);
        if (slot is null)
        {
            slot = new SessionSlot { SessionTemplateId = t.Id, Date = date, BookedOpen = 0 };
            db.SessionSlots.Add(slot);
            await db.SaveChangesAsync();
        }
        slot.BookedOpen++;
        return new Visit
        {
            Reference = VisitReference.New(), PrisonerId = p.Id, SessionSlotId = slot.Id, Date = date, StartTime = t.StartTime, EndTime = t.EndTime,
            Status = status, CancelledAt = status == VisitStatus.Cancelled ? Now : null,
            CancellationReason = status == VisitStatus.Cancelled ? CancellationReason.VisitorCancelled : null,
        };
    }

    private static DropInSession DropIn(DateOnly date) =>
        new() { Date = date, StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(11, 30), Place = "Library", RunWith = "County council", AttendanceRecordedAt = Now };

    private static DropInAttendance Came(CareExperiencedRecord r, bool attended = true) => new() { RecordId = r.Id, PrisonerId = r.PrisonerId, Attended = attended };

    private static VisitAttendance Attendance(Visit v, VisitOutcome outcome) =>
        new() { VisitId = v.Id, PrisonerId = v.PrisonerId, Date = v.Date, Outcome = outcome, OutcomeAt = Now };

    private static InterpreterRequest Request(Prisoner p, DateOnly on, InterpreterOutcome outcome) =>
        new() { PrisonerId = p.Id, For = InterpreterFor.Visit, Language = "Polish", NeededOn = on, Outcome = outcome };

    public async Task<MeasureResults> Month(int establishment, DateOnly month)
    {
        await using var db = Db(establishment);
        var q = await MeasureQuery.ForCurrentAsync(db, [MeasurePeriod.Month(month, Now)]);
        return await MeasureRegistry.ComputeAsync(q, Keys.Select(MeasureRegistry.Get));
    }

    public static readonly string[] Keys =
    [
        "careexperienced.registered", "careexperienced.pa_contact_due_overdue", "careexperienced.visit_last_month_pct", "others.visit_last_month_pct",
        "foreignnationals.count", "foreignnationals.contact_90d_pct", "others.contact_90d_pct", "foreignnationals.interpreter_requests_met_pct",
        "careexperienced.dropin_attended",
    ];

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
