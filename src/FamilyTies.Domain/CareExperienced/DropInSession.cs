using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.CareExperienced;

/// <summary>
/// A drop-in session for care-experienced prisoners (at Durham, monthly, run by the care leaver single points of
/// contact with the county council): when, where, who runs it with the prison, and who came.
/// </summary>
public class DropInSession : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    /// <summary>Where in the prison, e.g. "Library" or "Family visits hall".</summary>
    public string Place { get; set; } = "";
    /// <summary>Who runs it with the prison, e.g. "Durham County Council leaving care team".</summary>
    public string RunWith { get; set; } = "";
    /// <summary>When attendance was last recorded; null until it has been (so "nobody came" differs from "not recorded").</summary>
    public DateTimeOffset? AttendanceRecordedAt { get; set; }
    public List<DropInAttendance> Attendances { get; set; } = [];

    /// <summary>The refusal when attendance is recorded before the session has started, or null.</summary>
    public static string? AttendanceTooEarly(DateOnly sessionDate, TimeOnly start, DateTimeOffset now) =>
        LondonTime.ToInstant(sessionDate, start) > now ? "Attendance can be recorded once the session has started" : null;
}

/// <summary>
/// A registered care-experienced prisoner's attendance at a drop-in. Rows are never deleted: a prisoner recorded by
/// mistake is marked as not attended, and the audit log keeps the change.
/// </summary>
public class DropInAttendance : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int SessionId { get; set; }
    public DropInSession? Session { get; set; }
    public int RecordId { get; set; }
    public CareExperiencedRecord? Record { get; set; }
    public int PrisonerId { get; set; }
    public bool Attended { get; set; }

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => null;
}
