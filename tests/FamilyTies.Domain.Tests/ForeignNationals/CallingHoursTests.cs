using FamilyTies.Domain.ForeignNationals;

namespace FamilyTies.Domain.Tests.ForeignNationals;

/// <summary>The overlap of the prison's phone hours (08:00 to 20:30 London) with the family's waking hours (08:00 to 22:00 theirs).</summary>
public sealed class CallingHoursTests
{
    private static readonly TimeOnly Open = new(8, 0);
    private static readonly TimeOnly Close = new(20, 30);

    private static CallingHoursOverlap Overlap(int year, int month, int day, string zone) =>
        CallingHours.Overlap(new DateOnly(year, month, day), Open, Close, CallingHours.Zone(zone)!);

    private static string Windows(CallingHoursOverlap o) => string.Join("; ", o.Windows.Select(w => $"{w.LondonFrom:HH\\:mm}-{w.LondonTo:HH\\:mm} ({w.FamilyFrom:HH\\:mm}-{w.FamilyTo:HH\\:mm})"));

    [Fact]
    public void Vietnam_in_winter_is_7_hours_ahead_so_only_the_morning_works()
    {
        // 8 January: London GMT, Vietnam UTC+7. Family awake 08:00-22:00 theirs = 01:00-15:00 London.
        var o = Overlap(2026, 1, 8, "Asia/Ho_Chi_Minh");
        Assert.Equal(("08:00-15:00 (15:00-22:00)", TimeSpan.FromHours(7)), (Windows(o), o.DifferenceFromLondon));
    }

    [Fact]
    public void Vietnam_in_summer_is_6_hours_ahead_because_London_moved()
    {
        var o = Overlap(2026, 7, 8, "Asia/Ho_Chi_Minh");
        Assert.Equal(("08:00-16:00 (14:00-22:00)", TimeSpan.FromHours(6)), (Windows(o), o.DifferenceFromLondon));
        Assert.Equal("6 hours ahead of London", CallingHours.DescribeDifference(o.DifferenceFromLondon));
    }

    [Fact]
    public void Jamaica_is_behind_so_the_evening_works()
    {
        // 8 January: Jamaica UTC-5. Awake 08:00-22:00 theirs = 13:00-03:00 London.
        var o = Overlap(2026, 1, 8, "America/Jamaica");
        Assert.Equal("13:00-20:30 (08:00-15:30)", Windows(o));
        Assert.Equal("5 hours behind London", CallingHours.DescribeDifference(o.DifferenceFromLondon));
    }

    [Fact]
    public void Poland_overlaps_almost_all_day()
    {
        var o = Overlap(2026, 1, 8, "Europe/Warsaw");
        Assert.Equal(("08:00-20:30 (09:00-21:30)", TimeSpan.FromHours(12.5)), (Windows(o), o.Total));
    }

    [Fact]
    public void No_overlap_when_the_family_sleeps_through_the_phone_hours()
    {
        // Pacific/Kiritimati is UTC+14: awake 08:00-22:00 theirs = 18:00-08:00 London (previous day) in January,
        // so 18:00-20:30 only.
        var o = Overlap(2026, 1, 8, "Pacific/Kiritimati");
        Assert.Equal("18:00-20:30 (08:00-10:30)", Windows(o));
        // Phone hours 09:00-17:00 do not touch it at all.
        Assert.True(CallingHours.Overlap(new DateOnly(2026, 1, 8), new TimeOnly(9, 0), new TimeOnly(17, 0), CallingHours.Zone("Pacific/Kiritimati")!).None);
    }

    [Fact]
    public void On_the_day_the_London_clocks_go_back_the_difference_follows_the_real_instants()
    {
        // Sunday 25 October 2026: London BST until 01:00 UTC, then GMT. At 08:00 GMT, Warsaw (back the same night) is 1 hour ahead.
        var o = Overlap(2026, 10, 25, "Europe/Warsaw");
        Assert.Equal(("08:00-20:30 (09:00-21:30)", TimeSpan.FromHours(1)), (Windows(o), o.DifferenceFromLondon));
        // New York goes back a week later: on 25 October it is 4 hours behind London (GMT vs EDT).
        var ny = Overlap(2026, 10, 25, "America/New_York");
        Assert.Equal(("12:00-20:30 (08:00-16:30)", TimeSpan.FromHours(-4)), (Windows(ny), ny.DifferenceFromLondon));
    }

    [Theory]
    [InlineData("Europe/Warsaw", true)]
    [InlineData("Asia/Ho_Chi_Minh", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("UTC", false)]
    [InlineData("", false)]
    public void Only_region_and_city_time_zones_are_accepted(string id, bool known) =>
        Assert.Equal(known, CallingHours.Zone(id) is not null);

    [Fact]
    public void Differences_read_as_hours_and_minutes() =>
        Assert.Equal(("5 hours 30 minutes ahead of London", "the same time as London"),
            (CallingHours.DescribeDifference(TimeSpan.FromHours(5.5)), CallingHours.DescribeDifference(TimeSpan.Zero)));
}
