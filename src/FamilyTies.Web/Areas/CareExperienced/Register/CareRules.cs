using System.Linq.Expressions;
using FamilyTies.Domain.Common;
using FluentValidation;

namespace FamilyTies.Web.Areas.CareExperienced.Register;

/// <summary>Validation rules the care-experienced and foreign-national forms share.</summary>
public static class CareRules
{
    /// <summary>An optional date: empty, or a real date (the date binder keeps it inside its window).</summary>
    public static void OptionalDate<T>(this AbstractValidator<T> v, Expression<Func<T, string?>> date, string what) =>
        v.RuleFor(date).Must(d => string.IsNullOrWhiteSpace(d) || LondonTime.TryParseDate(d, out _))
            .WithMessage($"Enter the date {what} as a real date, like 23/11/2026");

    public static DateOnly? OptionalDate(string? text) => LondonTime.TryParseDate(text, out var d) ? d : null;

    public static bool IsYesNo(string? value) => value is "true" or "false";

    public static void Text<T>(this AbstractValidator<T> v, Expression<Func<T, string?>> field, string label, int max, bool required = false)
    {
        var rule = v.RuleFor(field);
        if (required)
        {
            rule.NotEmpty().WithMessage($"Enter {label}");
        }
        v.RuleFor(field).MaximumLength(max).WithMessage($"{char.ToUpperInvariant(label[0])}{label[1..]} must be {max} characters or fewer");
    }
}
