namespace FamilyTies.Web.Infrastructure;

public static class DemoDefaults
{
    /// <summary>The development default for Demo:Password, written in the README. Demo data never loads in Production.</summary>
    public const string Password = "FamilyTies-demo-2026";
}
