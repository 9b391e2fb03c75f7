using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.CareExperienced;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Web.Areas.CareExperienced.Register;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.CareExperienced.DropIns;

/// <summary>A drop-in session: when, where, and who runs it with the prison (the local authority).</summary>
public sealed class DropInForm
{
    [Display(Name = "Date"), DateRange(DateKind.CaseReview)] public DateOnly? Date { get; set; }
    [Display(Name = "Start time")] public string? StartTime { get; set; }
    [Display(Name = "End time")] public string? EndTime { get; set; }
    [Display(Name = "Where")] public string? Place { get; set; }
    [Display(Name = "Run with")] public string? RunWith { get; set; }

    /// <summary>A time of day as typed ("10am", "15:30"); midnight when it is not one (the validator has refused it).</summary>
    public static TimeOnly Time(string? text) => LondonTime.TryParseTimeOfDay(text, out var time) ? time : default;
}

public sealed class DropInFormValidator : AbstractValidator<DropInForm>
{
    public DropInFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the session");
        RuleFor(f => f.StartTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the start time, like 10am or 10:00");
        RuleFor(f => f.EndTime).Must(t => LondonTime.TryParseTimeOfDay(t, out _)).WithMessage("Enter the end time, like 11:30am or 11:30");
        RuleFor(f => f.EndTime).Must((f, t) => DropInForm.Time(t) > DropInForm.Time(f.StartTime))
            .When(f => LondonTime.TryParseTimeOfDay(f.StartTime, out _) && LondonTime.TryParseTimeOfDay(f.EndTime, out _))
            .WithMessage("The end time must be after the start time");
        this.Text(f => f.Place, "where the session is", 100, required: true);
        this.Text(f => f.RunWith, "who runs it with the prison", 200, required: true);
    }
}

public sealed class CreateDropInHandler(FamilyTiesDbContext db, ILogger<CreateDropInHandler> logger)
{
    public async Task<int?> Handle(DropInForm form)
    {
        var session = new DropInSession
        {
            Date = form.Date!.Value, StartTime = DropInForm.Time(form.StartTime), EndTime = DropInForm.Time(form.EndTime),
            Place = form.Place!.Trim(), RunWith = form.RunWith!.Trim(),
        };
        db.DropInSessions.Add(session);
        await db.SaveChangesAsync();
        logger.LogInformation("Drop-in session {SessionId} added", session.Id);
        return session.Id;
    }
}

/// <summary>Who came to a session: the register records ticked (every one not ticked is recorded as not attending).</summary>
public sealed class DropInAttendanceForm
{
    [Display(Name = "Who came?")] public List<string> Attended { get; set; } = [];
    [BindNever] public DropInSession? Session { get; set; }
    [BindNever] public IReadOnlyList<DropInPerson> People { get; set; } = [];
}

public sealed class DropInAttendanceFormValidator : AbstractValidator<DropInAttendanceForm>
{
    public DropInAttendanceFormValidator()
    {
        RuleFor(f => f.Attended).Must(a => a.Count <= 500).WithMessage("Select 500 prisoners or fewer")
            .Must(a => a.All(x => int.TryParse(x, out var id) && id > 0)).WithMessage("Select prisoners from the list");
    }
}

/// <summary>A registered prisoner who may be recorded at a session (registered by its date), and whether they came.</summary>
public sealed record DropInPerson(int RecordId, int PrisonerId, string PrisonNumber, string Name, bool Attended);

public sealed record DropInRow(DropInSession Session, int Attended);

public sealed class DropInLoader(FamilyTiesDbContext db)
{
    public async Task<IReadOnlyList<DropInRow>> All() =>
        (await db.DropInSessions.AsNoTracking().OrderByDescending(s => s.Date).ThenByDescending(s => s.StartTime).ThenByDescending(s => s.Id)
            .Select(s => new { Session = s, Attended = s.Attendances.Count(a => a.Attended) }).ToListAsync())
        .Select(x => new DropInRow(x.Session, x.Attended)).ToList();

    public Task<DropInSession?> Find(int id) => db.DropInSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);

    /// <summary>
    /// The prisoners who may be recorded at the session: registered on or before its date and on the roll, and anyone
    /// already recorded (still shown after release), with whether they came.
    /// </summary>
    public async Task<IReadOnlyList<DropInPerson>> People(DropInSession session)
    {
        var recorded = db.DropInAttendances.Where(a => a.SessionId == session.Id);
        var rows = await db.CareExperiencedRecords.AsNoTracking()
            .Where(r => (r.Prisoner!.Status == PrisonerStatus.Active && r.RegisteredOn <= session.Date) || recorded.Any(a => a.RecordId == r.Id))
            .Select(r => new
            {
                r.Id, r.PrisonerId, r.Prisoner!.PrisonNumber, r.Prisoner.LastName, r.Prisoner.FirstName,
                Attended = recorded.Any(a => a.RecordId == r.Id && a.Attended),
            }).ToListAsync();
        return rows.Select(r => new DropInPerson(r.Id, r.PrisonerId, r.PrisonNumber, $"{r.LastName}, {r.FirstName}", r.Attended))
            .OrderBy(p => p.Name).ThenBy(p => p.RecordId).ToList();
    }

    /// <summary>The sessions a registered prisoner came to, newest first.</summary>
    public async Task<IReadOnlyList<DropInSession>> AttendedBy(int recordId) =>
        await db.DropInAttendances.AsNoTracking().Where(a => a.RecordId == recordId && a.Attended).Select(a => a.Session!)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).ToListAsync();
}

/// <summary>Records who came to a session that has started; refuses a prisoner not on the session's list.</summary>
public sealed class RecordDropInAttendanceHandler(FamilyTiesDbContext db, DropInLoader loader, ILogger<RecordDropInAttendanceHandler> logger)
{
    public const string NotOnTheList = "Select prisoners from the list: only prisoners on the care-experienced register by the session's date can be recorded";

    /// <returns>The refusal, or null when recorded.</returns>
    public async Task<string?> Handle(DropInSession session, DropInAttendanceForm form)
    {
        if (DropInSession.AttendanceTooEarly(session.Date, session.StartTime, db.Clock.GetUtcNow()) is { } early)
        {
            return early;
        }
        var chosen = form.Attended.Select(int.Parse).ToHashSet();
        var people = (await loader.People(session)).ToDictionary(p => p.RecordId);
        if (!chosen.All(people.ContainsKey))
        {
            return NotOnTheList;
        }
        var result = await ContendedWrite.RunAsync(db, async (_, ct) =>
        {
            var tracked = await db.DropInSessions.Include(s => s.Attendances).SingleAsync(s => s.Id == session.Id, ct);
            foreach (var row in tracked.Attendances)
            {
                row.Attended = chosen.Contains(row.RecordId);
            }
            foreach (var id in chosen.Where(id => tracked.Attendances.All(a => a.RecordId != id)))
            {
                tracked.Attendances.Add(new DropInAttendance { RecordId = id, PrisonerId = people[id].PrisonerId, Attended = true });
            }
            tracked.AttendanceRecordedAt = db.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return true;
        }, logger: logger);
        if (!result.Completed)
        {
            return "The attendance could not be saved because the database is busy. Try again";
        }
        logger.LogInformation("Attendance recorded at drop-in session {SessionId}: {Attended} came", session.Id, chosen.Count);
        return null;
    }
}
