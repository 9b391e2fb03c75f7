namespace FamilyTies.Domain.Common;

/// <summary>Prisons keep England and Wales time: dates that people read (today, ages) are Europe/London dates.</summary>
public static class PrisonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
