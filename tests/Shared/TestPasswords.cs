using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Testing;

/// <summary>
/// The test hosts hash passwords with 1,000 PBKDF2 iterations instead of Identity's 100,000: the suite signs in and
/// makes accounts hundreds of times, and the hashing was a large share of its time on a small machine. Only the cost
/// changes; hashing, verifying, lockout and the sign-in answers are the app's own (docs/decisions/0019).
/// </summary>
public static class TestPasswords
{
    public const int HashIterations = 1_000;

    public static void UseCheapHashing(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = HashIterations);
}
