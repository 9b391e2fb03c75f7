using FamilyTies.Data.Measures;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Areas.Dashboard;

/// <summary>The month a dashboard page is for (?month=2026-11), this month when none is given.</summary>
public static class DashboardMonth
{
    public const int TrendMonthsBefore = 12;

    /// <summary>
    /// The month asked for. A month that cannot be read, or lies outside January 2000 to this month, adds the
    /// message to <paramref name="modelState"/> (the page shows it in the error summary) and gives this month.
    /// </summary>
    public static DateOnly Read(string? month, ModelStateDictionary modelState, TimeProvider clock)
    {
        var today = clock.Today();
        if (!Readable(modelState))
        {
            modelState.Remove("month");
            modelState.AddModelError("month", "Enter the month as a year and month, like " + today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            return new DateOnly(today.Year, today.Month, 1);
        }
        if (!MeasurePeriod.TryParseMonth(month, today, out var parsed, out var error))
        {
            modelState.AddModelError("month", error!);
        }
        return parsed;
    }

    /// <summary>False when binding refused the month (a NUL byte, say).</summary>
    private static bool Readable(ModelStateDictionary modelState) =>
        !modelState.TryGetValue("month", out var entry) || entry.Errors.Count == 0;

    /// <summary>For an export: the month, or null when it cannot be read (the export answers 404).</summary>
    public static DateOnly? ReadForExport(string? month, ModelStateDictionary modelState, TimeProvider clock) =>
        Readable(modelState) && MeasurePeriod.TryParseMonth(month, clock.Today(), out var parsed, out _) ? parsed : null;
}

/// <summary>The month field of a dashboard page: where it sends the month, and the month shown.</summary>
public sealed record MonthChooser(string Action, string MonthKey);
