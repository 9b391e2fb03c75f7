using FamilyTies.Domain.People.RollImport;
using FamilyTies.Web.Features.RollImport;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyTies.Web.Tests.Features.RollImport;

/// <summary>The validated file waiting for the full-roll confirmation travels protected, bound and time-limited.</summary>
public sealed class PendingFullRollTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly EphemeralDataProtectionProvider Protection = new();
    private static readonly PendingFullRoll Pending = new(3, "user-1", 180, RollCsv.Bytes(RollCsv.Generate(50, 'Q', "PF")));

    [Fact]
    public void It_comes_back_intact_for_the_same_user_and_establishment_within_30_minutes()
    {
        var clock = new Clock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var token = PendingFullRoll.Protect(Protection, Pending, clock);
        clock.Now = clock.Now.AddMinutes(29);

        var back = PendingFullRoll.Unprotect(Protection, token, 3, "user-1", clock);

        Assert.NotNull(back);
        Assert.Equal(Pending.Content, back.Content);
        Assert.Equal(180, back.ExpectedLeft);
        Assert.DoesNotContain("Ansel", token, StringComparison.Ordinal);
        Assert.True(token.Length < Pending.Content.Length / 2, $"the file is compressed: {token.Length} characters for {Pending.Content.Length} bytes");
    }

    [Fact]
    public void A_1200_line_roll_travels_in_a_field_of_reasonable_size()
    {
        var roll = new PendingFullRoll(3, "user-1", 0, RollCsv.Bytes(RollCsv.Generate(1200, 'Q', "PS")));
        var token = PendingFullRoll.Protect(Protection, roll, TimeProvider.System);
        Assert.True(token.Length < 60_000, $"{token.Length} characters for {roll.Content.Length} bytes");
    }

    [Fact]
    public void It_is_refused_when_expired_for_another_user_or_establishment_or_damaged()
    {
        var clock = new Clock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var token = PendingFullRoll.Protect(Protection, Pending, clock);

        Assert.Null(PendingFullRoll.Unprotect(Protection, token, 3, "user-2", clock));
        Assert.Null(PendingFullRoll.Unprotect(Protection, token, 4, "user-1", clock));
        Assert.Null(PendingFullRoll.Unprotect(Protection, token[..^2] + "xx", 3, "user-1", clock));
        Assert.Null(PendingFullRoll.Unprotect(Protection, "not base64 !", 3, "user-1", clock));
        Assert.Null(PendingFullRoll.Unprotect(Protection, null, 3, "user-1", clock));
        var otherPurpose = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Protection.CreateProtector("something else").Protect([1, 2, 3]));
        Assert.Null(PendingFullRoll.Unprotect(Protection, otherPurpose, 3, "user-1", clock));
        clock.Now = clock.Now.AddMinutes(31);
        Assert.Null(PendingFullRoll.Unprotect(Protection, token, 3, "user-1", clock));
    }
}
