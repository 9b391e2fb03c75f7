namespace FamilyTies.Data;

/// <summary>Who is acting, in which establishment. The web app reads it from the signed-in user.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    /// <summary>The establishment the user is working in now; null for the national team and the system.</summary>
    int? EstablishmentId { get; }
    string? CorrelationId { get; }
}

/// <summary>The system acting on its own (migrations, seeding, background jobs): no user, no establishment.</summary>
public sealed class SystemUser(int? establishmentId = null) : ICurrentUser
{
    public string? UserId => "system";
    public int? EstablishmentId { get; } = establishmentId;
    public string? CorrelationId => null;
}
