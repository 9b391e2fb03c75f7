using System.Text.Json;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Audit;

/// <summary>The audit log of this establishment, searchable by person, member of staff and date.</summary>
[Authorize(Policy = Policies.AuditLog)]
[Route("audit")]
public sealed class AuditController(FamilyTiesDbContext db) : Controller
{
    public const int PageSize = 50;

    public sealed class Search
    {
        public string? Person { get; set; }
        public string? User { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }

        /// <summary>The page of entries older than this one ("ticks-id" of the last entry shown): keyset paging.</summary>
        public string? Older { get; set; }

        /// <summary>The page of entries newer than this one ("ticks-id" of the first entry shown).</summary>
        public string? Newer { get; set; }
    }

    public sealed record Change(string Field, string? Old, string? New);

    public sealed record Row(AuditEvent Event, string UserName, IReadOnlyList<Change> Changes);

    /// <summary>
    /// One page of entries, newest first. <see cref="Total"/> is counted up to <see cref="CountLimit"/> (then "more than");
    /// <see cref="OlderCursor"/> and <see cref="NewerCursor"/> link the next and previous pages, if there are any.
    /// </summary>
    public sealed record Result(Search Search, IReadOnlyList<Row> Rows, int Total, string? PersonFound, IReadOnlyList<string> Errors,
        string? OlderCursor = null, string? NewerCursor = null)
    {
        public bool TotalCapped => Total > CountLimit;
    }

    /// <summary>
    /// The count stops here: an establishment's audit log holds hundreds of thousands of rows after a few years, and counting
    /// them all on every page cost more than the page (decision 0026).
    /// </summary>
    public const int CountLimit = 10_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] Search search)
    {
        var errors = new List<string>();
        // Audit events are not establishment-owned rows (some have no establishment), so this page scopes them itself.
        var establishmentId = User.EstablishmentId();
        var query = db.AuditEvents.AsNoTracking().Where(a => a.EstablishmentId == establishmentId);
        string? personFound = null;

        if (!string.IsNullOrWhiteSpace(search.Person))
        {
            var term = search.Person.Trim();
            if (PrisonNumber.IsValid(term))
            {
                var number = PrisonNumber.Normalise(term);
                var prisoner = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.PrisonNumber == number);
                personFound = prisoner is null ? null : $"{prisoner.FullName} ({prisoner.PrisonNumber})";
                var id = prisoner?.Id ?? -1;
                query = query.Where(a => a.PrisonerId == id);
            }
            else
            {
                var like = $"%{term}%";
                var contactIds = await db.Contacts.AsNoTracking()
                    .Where(c => EF.Functions.Like(c.FirstName + " " + c.LastName, like) || EF.Functions.Like(c.LastName, like))
                    .Select(c => c.Id).Take(50).ToListAsync();
                var prisonerIds = await db.Prisoners.AsNoTracking()
                    .Where(p => EF.Functions.Like(p.FirstName + " " + p.LastName, like) || EF.Functions.Like(p.LastName, like))
                    .Select(p => p.Id).Take(50).ToListAsync();
                query = query.Where(a => (a.ContactId != null && contactIds.Contains(a.ContactId.Value))
                                         || (a.PrisonerId != null && prisonerIds.Contains(a.PrisonerId.Value)));
            }
        }
        if (!string.IsNullOrWhiteSpace(search.User))
        {
            var name = search.User.Trim().ToUpperInvariant();
            var userIds = await db.Users.Where(u => u.NormalizedUserName == name || u.DisplayName.ToUpper().Contains(name)).Select(u => u.Id).ToListAsync();
            query = query.Where(a => a.UserId != null && userIds.Contains(a.UserId));
        }
        DateOnly? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(search.From))
        {
            if (LondonTime.TryParseDate(search.From, out var f)) { from = f; } else { errors.Add("From date must be a real date, like 1/11/2026"); }
        }
        if (!string.IsNullOrWhiteSpace(search.To))
        {
            if (LondonTime.TryParseDate(search.To, out var t)) { to = t; } else { errors.Add("To date must be a real date, like 30/11/2026"); }
        }
        if (from is { } fromDate)
        {
            var start = LondonStart(fromDate);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (to is { } toDate && toDate < DateOnly.MaxValue)
        {
            // To the end of that day. On the last day the calendar has there is no day after: nothing is later anyway.
            var end = LondonStart(toDate.AddDays(1));
            query = query.Where(a => a.OccurredAt < end);
        }

        var total = errors.Count > 0 ? 0 : await query.Take(CountLimit + 1).CountAsync();
        // Keyset paging, newest first by (when, id): each page is read from the (EstablishmentId, OccurredAt) index from
        // where the last one stopped, so a page deep in five years of history costs what the first does.
        List<AuditEvent> events = [];
        string? older = null, newer = null;
        if (errors.Count == 0)
        {
            if (Cursor(search.Newer) is { } after)
            {
                events = await query.Where(a => a.OccurredAt >= after.At && (a.OccurredAt > after.At || a.Id > after.Id))
                    .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).Take(PageSize + 1).ToListAsync();
                newer = events.Count > PageSize ? "more" : null;
                events = events.Take(PageSize).Reverse().ToList();
                older = events.Count > 0 ? "more" : null;
            }
            else
            {
                var before = Cursor(search.Older);
                var page = before is { } b ? query.Where(a => a.OccurredAt <= b.At && (a.OccurredAt < b.At || a.Id < b.Id)) : query;
                events = await page.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(PageSize + 1).ToListAsync();
                older = events.Count > PageSize ? "more" : null;
                events = events.Take(PageSize).ToList();
                newer = before is not null && events.Count > 0 ? "more" : null;
            }
            older = older is null ? null : CursorOf(events[^1]);
            newer = newer is null ? null : CursorOf(events[0]);
        }
        var ids = events.Select(e => e.UserId).Distinct().ToList();
        var names = await StaffNames.UserNamesAsync(db, ids);
        var rows = events.Select(e => new Row(e, e.UserId is null ? "system" : names.GetValueOrDefault(e.UserId, e.UserId), Changes(e.Changes))).ToList();
        return View(new Result(search, rows, total, personFound, errors, older, newer));
    }

    private static string CursorOf(AuditEvent e) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{e.OccurredAt.UtcTicks}-{e.Id}");

    /// <summary>A page cursor, "ticks-id"; anything else is no cursor (the newest page).</summary>
    private static (DateTimeOffset At, long Id)? Cursor(string? text)
    {
        var parts = text?.Split('-');
        if (parts is not { Length: 2 }
            || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return null;
        }
        return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }

    private static DateTimeOffset LondonStart(DateOnly date)
    {
        return FamilyTies.Domain.Common.LondonTime.ToInstant(date, TimeOnly.MinValue);
    }

    /// <summary>
    /// The details of an audit row as field → old and new. The interceptor writes {"Field":{"old":…,"new":…}}; explicit
    /// rows (a roll import's counts, an escalation) write plain values, shown as the new value. Anything else is shown
    /// as it is rather than failing the page.
    /// </summary>
    public static List<Change> Changes(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return [new Change("Details", null, json)];
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new Change("Details", null, Text(doc.RootElement))];
            }
            return doc.RootElement.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.Object
                    && (p.Value.TryGetProperty("old", out _) || p.Value.TryGetProperty("new", out _))
                ? new Change(p.Name,
                    p.Value.TryGetProperty("old", out var o) ? Text(o) : null,
                    p.Value.TryGetProperty("new", out var n) ? Text(n) : null)
                : new Change(p.Name, null, Text(p.Value))).ToList();
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "(none)",
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
