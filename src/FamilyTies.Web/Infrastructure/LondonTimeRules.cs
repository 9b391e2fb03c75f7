using System.Linq.Expressions;
using FamilyTies.Domain.Common;
using FluentValidation;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Validation rules for a London date and time typed as text fields (23/11/2026 and 14:30), read by
/// <see cref="LondonTime"/> (docs/decisions/0018-one-london-clock.md). Any pathway's form that records when something
/// happened uses these.
/// </summary>
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
