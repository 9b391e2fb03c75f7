using System.Globalization;
using FamilyTies.Domain.Common;

namespace FamilyTies.Testing;

/// <summary>
/// The clock of the app under test and of the tests themselves. Unset, it is the system clock. With
/// FAMILYTIES_TEST_NOW set to an instant (like 2026-12-05T10:00:00Z) it starts there when the test run starts and
/// keeps moving with real time, so a whole run can be tried on a Saturday or in Christmas week. The test hosts put
/// <see cref="Provider"/> in place of the app's TimeProvider; the tests take "now" and "today" from here.
/// </summary>
public static class TestClock
{
    public const string Variable = "FAMILYTIES_TEST_NOW";

    public static TimeProvider Provider { get; } = Create(Environment.GetEnvironmentVariable(Variable));

    /// <summary>True when FAMILYTIES_TEST_NOW moved the clock.</summary>
    public static bool Moved => Provider is OffsetTimeProvider;

    public static DateTimeOffset Now => Provider.GetUtcNow();

    /// <summary>Today in the prisons' time zone (Europe/London), as the app sees it.</summary>
    public static DateOnly Today => LondonTime.Today(Provider);

    public static TimeProvider Create(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeProvider.System;
        }
        if (!DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start))
        {
            throw new InvalidOperationException($"{Variable} must be an instant like 2026-12-05T10:00:00Z, not '{value}'");
        }
        return new OffsetTimeProvider(start);
    }
}

/// <summary>A clock that reads <paramref name="start"/> when made and then runs at the speed of the system clock.</summary>
public sealed class OffsetTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - TimeProvider.System.GetUtcNow();

    public TimeSpan Offset => _offset;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;
}
