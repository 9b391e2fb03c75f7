using System.Linq.Expressions;
using System.Text.Json;
using FamilyTies.Data;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Shared;

/// <summary>Rules for a London date and time typed as two fields (23/11/2026 and 14:30).</summary>
public static class LondonTimeRules
{
    /// <summary>Both fields present, real, a time that existed in the UK, and not in the future.</summary>
    public static void InstantInPast<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> date, Expression<Func<T, string?>> time,
        string what, TimeProvider clock, Func<T, bool>? when = null)
    {
        var getDate = date.Compile();
        var getTime = time.Compile();
        when ??= _ => true;
        validator.RuleFor(date).NotEmpty().WithMessage($"Enter the date {what}")
            .Must(d => LondonTime.TryParseDate(d, out _)).WithMessage($"Enter the date {what} as a real date, like 23/11/2026")
            .When(f => when(f));
        validator.RuleFor(time).NotEmpty().WithMessage($"Enter the time {what}")
            .Must(t => LondonTime.TryParseTime(t, out _)).WithMessage($"Enter the time {what} in the 24-hour clock, like 14:30")
            .When(f => when(f));
        validator.RuleFor(time)
            .Must((f, t) => LondonTime.Exists(ParseDate(getDate(f)), ParseTime(t)))
            .WithMessage($"The time {what} did not happen in the UK: the clocks went forward an hour")
            .Must((f, t) => !LondonTime.IsAmbiguous(ParseDate(getDate(f)), ParseTime(t)) || (LondonTime.TryParseTime(t, out _, out var offset) && offset is not null))
            .WithMessage($"The time {what} happened twice that night because the clocks went back: add BST for the first or GMT for the second, like 01:30 GMT")
            .Must((f, t) => ToInstant(getDate(f), t) <= clock.GetUtcNow().AddMinutes(1))
            .WithMessage($"The time {what} must not be in the future")
            .When(f => when(f) && LondonTime.TryParseDate(getDate(f), out _) && LondonTime.TryParseTime(getTime(f), out _));
    }

    public static DateTimeOffset ToInstant(string? date, string? time)
    {
        return LondonTime.TryParseTime(time, out var t, out var offset)
            ? LondonTime.ToInstant(ParseDate(date), t, offset)
            : LondonTime.ToInstant(ParseDate(date), default);
    }

    public static DateOnly ParseDate(string? text) => LondonTime.TryParseDate(text, out var d) ? d : default;

    public static TimeOnly ParseTime(string? text) => LondonTime.TryParseTime(text, out var t) ? t : default;

    /// <summary>A London date that is real and not after today.</summary>
    public static void DateNotFuture<T>(this AbstractValidator<T> validator, Expression<Func<T, string?>> date, string what, TimeProvider clock, Func<T, bool>? when = null)
    {
        when ??= _ => true;
        validator.RuleFor(date).NotEmpty().WithMessage($"Enter the date {what}")
            .Must(d => LondonTime.TryParseDate(d, out _)).WithMessage($"Enter the date {what} as a real date, like 23/11/2026")
            .Must(d => !LondonTime.TryParseDate(d, out var day) || day <= LondonTime.DateOf(clock.GetUtcNow()))
            .WithMessage($"The date {what} must be today or in the past")
            .When(f => when(f));
    }
}

public static class SaferCustodyAudit
{
    public const string Read = "Read";

    /// <summary>
    /// One Read event for each record a page shows (a contact's caller or content, a case's family involvement), saved
    /// at once: an audited read, like the contact page's, whichever page it happens on.
    /// </summary>
    public static async Task Reads(FamilyTiesDbContext db, string entityType, IEnumerable<int> ids)
    {
        var any = false;
        foreach (var id in ids.Distinct())
        {
            Add(db, entityType, id, Read);
            any = true;
        }
        if (any)
        {
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// The fields a named state change set, with their values hidden as the interceptor hides a confidential row's
    /// ("(set)"): the values stay in the record itself.
    /// </summary>
    public static Dictionary<string, object> Hidden(params string[] fields) =>
        fields.ToDictionary(f => f, _ => (object)new { @new = "(set)" });

    /// <summary>
    /// An explicit audit event: a named state change (Escalated, Closed) or a read of safer custody details. It names the
    /// record only; what was read or said stays in the record itself.
    /// </summary>
    public static void Add(FamilyTiesDbContext db, string entityType, int entityId, string action, object? details = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = db.Clock.GetUtcNow(),
            UserId = db.CurrentUser.UserId,
            EstablishmentId = db.CurrentEstablishmentId,
            EntityType = entityType,
            EntityId = entityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = action,
            Changes = details is null ? null : JsonSerializer.Serialize(details),
            CorrelationId = db.CurrentUser.CorrelationId,
        });
}

public static class StaffNames
{
    /// <summary>Display names for user ids, in one query.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(FamilyTiesDbContext db, IEnumerable<string?> ids)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return names.ToDictionary(n => n.Id, n => n.DisplayName);
    }

    public static string Of(IReadOnlyDictionary<string, string> names, string? id) =>
        id is null ? "Unknown" : names.TryGetValue(id, out var name) ? name : id == "system" ? "FamilyTies" : "A former member of staff";
}

public static class Options
{
    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];

    public static IReadOnlyList<SelectListItem> Of<TEnum>(Func<TEnum, string> text, IEnumerable<TEnum>? values = null) where TEnum : struct, Enum =>
        (values ?? Enum.GetValues<TEnum>()).Select(v => new SelectListItem(text(v), v.ToString())).ToList();

    public static bool IsOneOf<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, out var parsed) && Enum.IsDefined(parsed);
}
