using FamilyTies.Data;
using FamilyTies.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Infrastructure;

/// <summary>What sending a create form did: the record's id (null when the handler refused), and whether it was made earlier.</summary>
public sealed record Submitted(int? Id, bool Repeated);

/// <summary>
/// Makes a create form create its record once, however often it is sent. The form renders a one-time key
/// (<c>&lt;partial name="_SubmissionKey" /&gt;</c>); the action asks <see cref="Earlier"/> before validating (a form
/// sent again goes to the record it made), then creates through <see cref="Once"/>, which claims the key and creates
/// the record in one transaction. The unique index on the key settles a race: the transaction that loses rolls back
/// (nothing of it is saved) and is answered with the winner's record. A request without a key (not a browser sending
/// our form) is handled as before, without protection. (docs/decisions/0014-audit-logging-and-submissions.md)
/// </summary>
public sealed class FormSubmissions(FamilyTiesDbContext db, IHttpContextAccessor http, ILogger<FormSubmissions> logger)
{
    public const string Field = "SubmissionKey";

    /// <summary>The key the form was sent with, when it is a real one.</summary>
    public Guid? Key
    {
        get
        {
            var request = http.HttpContext?.Request;
            return request is { HasFormContentType: true } && Guid.TryParse(request.Form[Field].ToString(), out var key) && key != Guid.Empty ? key : null;
        }
    }

    /// <summary>The id of the record this very form created when it was sent before, or null.</summary>
    public async Task<int?> Earlier(string entityType)
    {
        if (Key is not { } key || db.CurrentUser.UserId is not { } user)
        {
            return null;
        }
        return await db.FormSubmissions.AsNoTracking()
            .Where(s => s.UserId == user && s.EntityType == entityType && s.Key == key)
            .Select(s => s.EntityId).FirstOrDefaultAsync();
    }

    /// <param name="create">Creates and saves the record (within the transaction this opens) and returns its id, or null to refuse.</param>
    public async Task<Submitted> Once(string entityType, Func<Task<int?>> create)
    {
        if (Key is not { } key || db.CurrentUser.UserId is not { } user)
        {
            return new Submitted(await create(), Repeated: false);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claim = new FormSubmission { UserId = user, Key = key, EntityType = entityType, CreatedAt = db.Clock.GetUtcNow() };
        db.FormSubmissions.Add(claim);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another request with this key got there first (and has committed, or we would still be waiting).
            await transaction.RollbackAsync();
            db.Entry(claim).State = EntityState.Detached;
            var earlier = await Earlier(entityType)
                ?? throw new InvalidOperationException($"The {entityType} form's key was claimed but names no record.");
            logger.LogInformation("A {EntityType} form was sent again: {EntityId} was created the first time", entityType, earlier);
            return new Submitted(earlier, Repeated: true);
        }

        var id = await create();
        if (id is null)
        {
            await transaction.RollbackAsync();
            db.Entry(claim).State = EntityState.Detached;
            return new Submitted(null, Repeated: false);
        }
        claim.EntityId = id;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new Submitted(id, Repeated: false);
    }
}
