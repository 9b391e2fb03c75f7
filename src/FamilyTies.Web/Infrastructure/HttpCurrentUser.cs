using System.Security.Claims;
using FamilyTies.Data;

namespace FamilyTies.Web.Infrastructure;

/// <summary>The signed-in user and their current establishment, for the data layer's scoping and audit.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string? UserId => accessor.HttpContext is null
        ? "system"
        : User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public int? EstablishmentId => User?.EstablishmentId();

    public string? CorrelationId => accessor.HttpContext?.TraceIdentifier;
}
