using System.Text.Json;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace FamilyTies.Data.Interceptors;

/// <summary>
/// Stamps who and when on every audited row, stamps the current establishment on new establishment-owned rows,
/// refuses changes to another establishment's rows, and writes one <see cref="AuditEvent"/> per inserted, updated
/// or deleted row (old and new values of changed fields) in the same transaction as the change.
/// </summary>
public sealed class AuditInterceptor : SaveChangesInterceptor
{
    private static readonly HashSet<string> SecretProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName"];

    /// <summary>Enums as their names, as the database stores them, so the history still reads right if an enum grows.</summary>
    private static readonly JsonSerializerOptions ChangesJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// A row about to be saved. What changed is decided before the save (original values are gone after it), but new
    /// values are read after it: only then do keys and foreign keys hold the values the database gave them rather
    /// than EF's temporary ones.
    /// </summary>
    private sealed record Pending(EntityEntry Entry, string Action, List<Change> Changes);

    /// <summary>One changed field. <see cref="Hidden"/> is the text shown instead of the values of a confidential field.</summary>
    private sealed record Change(string Name, bool HasOld, object? Old, bool HasNew, string? Hidden);

    private sealed class State
    {
        public List<Pending> Pending { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool WritingEvents { get; set; }
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, State> _states = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Prepare(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await Complete(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task Prepare(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not FamilyTiesDbContext db)
        {
            return;
        }
        var state = _states.GetOrCreateValue(db);
        if (state.WritingEvents)
        {
            return;
        }
        state.Pending.Clear();
        var now = db.Clock.GetUtcNow();
        var user = db.CurrentUser.UserId;

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            // Sign-in sessions are not audited: their ids stay out of the audit log (sign-in and sign-out are logged).
            if (entry.Entity is AuditEvent or Identity.StaffSession || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            if (entry.Entity is IEstablishmentOwned owned)
            {
                GuardEstablishment(db, entry, owned);
            }
            if (entry.Entity is FormSubmission)
            {
                // A technical record of a form sent once: guarded, not audited (the record it created is).
                continue;
            }
            if (entry.Entity is IAudited audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = user;
                }
                else if (entry.State == EntityState.Modified)
                {
                    audited.UpdatedAt = now;
                    audited.UpdatedBy = user;
                }
            }
            state.Pending.Add(new Pending(entry, entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            }, Changes(entry)));
        }

        if (state.Pending.Count > 0 && db.Database.CurrentTransaction is null)
        {
            state.OwnTransaction = async ? await db.Database.BeginTransactionAsync(ct) : db.Database.BeginTransaction();
        }
    }

    private static void GuardEstablishment(FamilyTiesDbContext db, EntityEntry entry, IEstablishmentOwned owned)
    {
        var current = db.CurrentEstablishmentId;
        if (entry.State == EntityState.Added && owned.EstablishmentId == 0)
        {
            owned.EstablishmentId = current
                ?? throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} needs an establishment, and none is selected.");
            return;
        }
        // The system user (seeding, imports run by the system) may write anywhere; people only in their establishment.
        var original = entry.State == EntityState.Added
            ? owned.EstablishmentId
            : (int)entry.Property(nameof(IEstablishmentOwned.EstablishmentId)).OriginalValue!;
        if (current is not null && (original != current || owned.EstablishmentId != current))
        {
            throw new InvalidOperationException(
                $"Refused to change a {entry.Metadata.ClrType.Name} outside the current establishment.");
        }
    }

    private static List<Change> Changes(EntityEntry entry)
    {
        var changes = new List<Change>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(IAudited.CreatedAt) or nameof(IAudited.CreatedBy) or nameof(IAudited.UpdatedAt) or nameof(IAudited.UpdatedBy))
            {
                continue;
            }
            var secret = SecretProperties.Contains(name) || entry.Entity is IConfidential;
            switch (entry.State)
            {
                // A generated key, or a foreign key to a row saved in the same batch, may still be temporary here:
                // included when it will have a value, read after the save.
                case EntityState.Added when !property.Metadata.IsPrimaryKey() && (property.CurrentValue is not null || property.IsTemporary):
                    changes.Add(new Change(name, HasOld: false, null, HasNew: true, secret ? "(set)" : null));
                    break;
                case EntityState.Deleted:
                    changes.Add(new Change(name, HasOld: true, secret ? "(set)" : property.OriginalValue, HasNew: false, null));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes.Add(new Change(name, HasOld: true, secret ? "(changed)" : property.OriginalValue, HasNew: true, secret ? "(changed)" : null));
                    break;
            }
        }
        return changes;
    }

    /// <summary>The JSON of a pending row's changes, read after the save so every key is the real one.</summary>
    private static string? ChangesJsonOf(Pending pending)
    {
        if (pending.Changes.Count == 0)
        {
            return null;
        }
        var json = new Dictionary<string, object?>();
        foreach (var change in pending.Changes)
        {
            var current = change.HasNew && change.Hidden is null ? pending.Entry.Property(change.Name).CurrentValue : null;
            json[change.Name] = (change.HasOld, change.HasNew) switch
            {
                (false, _) => new { @new = change.Hidden ?? current },
                (true, false) => new { old = change.Old },
                _ => new { old = change.Old, @new = change.Hidden ?? current },
            };
        }
        return JsonSerializer.Serialize(json, ChangesJson);
    }

    private async Task Complete(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is not FamilyTiesDbContext db || !_states.TryGetValue(db, out var state) || state.WritingEvents)
        {
            return;
        }
        try
        {
            var now = db.Clock.GetUtcNow();
            var events = state.Pending
                .Where(p => p.Action != "Updated" || p.Changes.Count > 0)
                .Select(p => new AuditEvent
                {
                    OccurredAt = now,
                    UserId = db.CurrentUser.UserId,
                    EstablishmentId = (p.Entry.Entity as IEstablishmentOwned)?.EstablishmentId ?? db.CurrentEstablishmentId,
                    EntityType = p.Entry.Metadata.ClrType.Name,
                    EntityId = KeyOf(p.Entry),
                    Action = p.Action,
                    Changes = ChangesJsonOf(p),
                    CorrelationId = db.CurrentUser.CorrelationId,
                    PrisonerId = (p.Entry.Entity as IAuditSubject)?.AuditPrisonerId,
                    ContactId = (p.Entry.Entity as IAuditSubject)?.AuditContactId,
                })
                .ToList();
            state.Pending.Clear();
            if (events.Count > 0)
            {
                state.WritingEvents = true;
                db.AuditEvents.AddRange(events);
                if (async)
                {
                    await db.SaveChangesAsync(ct);
                }
                else
                {
                    db.SaveChanges();
                }
            }
            if (state.OwnTransaction is { } tx)
            {
                if (async)
                {
                    await tx.CommitAsync(ct);
                    await tx.DisposeAsync();
                }
                else
                {
                    tx.Commit();
                    tx.Dispose();
                }
            }
        }
        catch
        {
            state.WritingEvents = false;
            Abandon(db);
            throw;
        }
        finally
        {
            state.WritingEvents = false;
            state.OwnTransaction = null;
        }
    }

    private void Abandon(DbContext? context)
    {
        if (context is null || !_states.TryGetValue(context, out var state) || state.WritingEvents)
        {
            return;
        }
        state.Pending.Clear();
        state.OwnTransaction?.Dispose();
        state.OwnTransaction = null;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }
}
