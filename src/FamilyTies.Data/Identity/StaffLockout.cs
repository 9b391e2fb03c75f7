namespace FamilyTies.Data.Identity;

/// <summary>
/// Whether an account is locked out, on the clock ASP.NET Core Identity itself uses when it sets and enforces the
/// lockout (the system clock; Identity does not take a TimeProvider), so an admin page says exactly what sign-in does.
/// </summary>
public static class StaffLockout
{
    public static bool IsLockedOut(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end > TimeProvider.System.GetUtcNow();
}
