using FamilyTies.Testing;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>Staff accounts a test makes for itself.</summary>
public static class TestUsers
{
    /// <summary>
    /// A new account holding <paramref name="roles"/> at each establishment named (by code), working in the first;
    /// its password is <see cref="FamilyTiesApp.Password"/>. Every account a test makes goes through here
    /// (<see cref="TestStaff.CreateAsync"/>).
    /// </summary>
    public static Task<TestStaffUser> Create(FamilyTiesApp app, IReadOnlyCollection<string> roles, params string[] establishmentCodes) =>
        TestStaff.CreateAsync(app.Services, FamilyTiesApp.Password, roles, establishmentCodes);
}
