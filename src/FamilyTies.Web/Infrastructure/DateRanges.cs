using System.Globalization;
using FamilyTies.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// The kinds of date a form asks for, each with the window of dates that is plausible for it, counted from today in
/// London (docs/decisions/0015-date-ranges-and-the-bad-input-test.md). A form field says which kind it is with
/// <see cref="DateRangeAttribute"/>; the date model binder and the form string binder refuse a date outside the window,
/// and the GOV.UK field tag helpers add the window to the field's hint.
/// </summary>
public enum DateKind
{
    /// <summary>Any date field that has not said what kind it is: a wide window that still refuses 0001 and 9999.</summary>
    Any,

    /// <summary>Someone's date of birth: in the last 120 years, not in the future.</summary>
    DateOfBirth,

    /// <summary>Something that happened, perhaps long ago (a prisoner's reception): in the last 100 years, not in the future.</summary>
    Past,

    /// <summary>An entry in a log kept as things happen (safer custody contacts, actions, cases): in the last 2 years, not in the future.</summary>
    RecentPast,

    /// <summary>A case review, recorded before or after it happens: from 2 years ago to 1 year ahead.</summary>
    CaseReview,

    /// <summary>The dates a visits session runs from and until: from 10 years ago to 5 years ahead.</summary>
    Timetable,

    /// <summary>A date planned from today (blocking visits): from today to 2 years ahead.</summary>
    Upcoming,

    /// <summary>The start, end, expiry or review of a restriction or non-association: from 20 years ago to 20 years ahead.</summary>
    Restriction,

    /// <summary>A release date, which a long sentence puts far ahead: from 100 years ago to 100 years ahead.</summary>
    Release,
}

/// <summary>Which kind of date a form field (a DateOnly, or a string typed as a date) holds: see <see cref="DateKind"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateRangeAttribute(DateKind kind) : Attribute
{
    public DateKind Kind { get; } = kind;
}

/// <summary>The first and last dates a field accepts today.</summary>
public readonly record struct DateWindow(DateOnly Earliest, DateOnly Latest, DateOnly Today)
{
    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>"between 2 December 1906 and today".</summary>
    public string Describe() => $"between {Name(Earliest)} and {Name(Latest)}";

    private string Name(DateOnly date) => date == Today ? "today" : LondonTime.FormatDate(date);
}

public static class DateRanges
{
    private static readonly Dictionary<DateKind, (int YearsBefore, int YearsAfter)> Windows = new()
    {
        [DateKind.Any] = (150, 100),
        [DateKind.DateOfBirth] = (120, 0),
        [DateKind.Past] = (100, 0),
        [DateKind.RecentPast] = (2, 0),
        [DateKind.CaseReview] = (2, 1),
        [DateKind.Timetable] = (10, 5),
        [DateKind.Upcoming] = (0, 2),
        [DateKind.Restriction] = (20, 20),
        [DateKind.Release] = (100, 100),
    };

    public static DateWindow For(DateKind kind, DateOnly today)
    {
        var (before, after) = Windows[kind];
        return new DateWindow(today.AddYears(-before), today.AddYears(after), today);
    }

    /// <summary>The kind a property or parameter declares, or null when it declares none.</summary>
    public static DateKind? KindOf(ModelMetadata metadata) =>
        (metadata as DefaultModelMetadata)?.Attributes.Attributes.OfType<DateRangeAttribute>().FirstOrDefault()?.Kind;

    /// <summary>Today in London by the app's clock (tests replace the clock).</summary>
    public static DateOnly Today(IServiceProvider services) => LondonTime.Today(services.GetRequiredService<TimeProvider>());

    /// <summary>The sentence the field's hint ends with.</summary>
    public static string Hint(DateWindow window) => $"The date must be {window.Describe()}.";

    /// <summary>A hint with the window added: "For example, 27/3/1985. The date must be between ...".</summary>
    public static string WithHint(string? hint, DateWindow window) =>
        string.IsNullOrWhiteSpace(hint) ? Hint(window) : $"{hint.TrimEnd()}{(hint.TrimEnd().EndsWith('.') ? "" : ".")} {Hint(window)}";

    /// <summary>"Date of birth must be between 2 December 1906 and today".</summary>
    public static string Error(string field, DateWindow window) => $"{FieldName(field)} must be {window.Describe()}";

    /// <summary>A field's label as the start of an error message: "Runs until (optional)" reads "Runs until".</summary>
    public static string FieldName(string label) =>
        label.EndsWith("(optional)", StringComparison.Ordinal) ? label[..^"(optional)".Length].TrimEnd() : label;

    public static string Input(DateOnly date) => LondonTime.DateInput(date);
}
