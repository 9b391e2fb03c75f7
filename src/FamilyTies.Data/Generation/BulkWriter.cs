using System.Data.Common;
using System.Globalization;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyTies.Data.Generation;

/// <summary>
/// Writes generated rows in bulk through a <see cref="FamilyTiesDbContext"/>'s own connection and transaction: one
/// prepared <c>INSERT</c> per entity type, made from the EF Core model (table, columns and value converters, so enums
/// are text and instants what the provider stores, exactly as the app writes them), run once per row. Keys are handed
/// out here (<see cref="NextId{T}"/>: the table's largest key plus one, then counted), so rows point at each other
/// without a read. Rows wait in memory until <see cref="Flush"/>, which writes each table in the order its foreign keys
/// need, so the database checks every key as usual; on SQL Server each table's rows are written with
/// <c>IDENTITY_INSERT</c> on. No change tracking and no audit interceptor: the generator writes the audit rows itself
/// (<see cref="Audit"/>), in the interceptor's shape.
/// </summary>
public sealed class BulkWriter(FamilyTiesDbContext db) : IDisposable
{
    private readonly IModel _model = db.Model;
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
    private readonly bool _sqlServer = db.Database.IsSqlServer();
    private readonly Dictionary<Type, Insert> _inserts = [];
    private readonly Dictionary<Type, List<object>> _pending = [];
    private readonly Dictionary<Type, long> _nextIds = [];

    private sealed record Insert(DbCommand Command, string Table, bool Identity, Func<object, object?>[] Getters, ValueConverter?[] Converters);

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Audit rows written so far (included in <see cref="Rows"/>).</summary>
    public long AuditRows { get; private set; }

    /// <summary>
    /// The generated moment: a row that records who and when (<see cref="IAudited"/>) and has no creation time of its
    /// own is stamped with it, as the interceptor stamps the time of the save.
    /// </summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The next free key of an entity's table (read once after each flush, then counted here).</summary>
    public int NextId<T>() => checked((int)NextLong<T>());

    public long NextLong<T>()
    {
        if (!_nextIds.TryGetValue(typeof(T), out var next))
        {
            var entity = _model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
            using var command = Command();
            var key = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
            command.CommandText = $"SELECT COALESCE(MAX({_sql.DelimitIdentifier(key)}), 0) + 1 FROM {_sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())}";
            next = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        _nextIds[typeof(T)] = next + 1;
        return next;
    }

    /// <summary>Queues a row (its key given by <see cref="NextId{T}"/>) for the next <see cref="Flush"/>.</summary>
    public void Add<T>(T row) where T : class
    {
        if (row is IAudited { CreatedAt.Ticks: 0 } audited)
        {
            audited.CreatedAt = At;
        }
        if (!_pending.TryGetValue(typeof(T), out var rows))
        {
            _pending[typeof(T)] = rows = [];
        }
        rows.Add(row);
    }

    /// <summary>
    /// One audit row as <c>AuditInterceptor</c> writes it for a row created or changed (here by the system: no user),
    /// with a short account of the fields that matter in <paramref name="changes"/>.
    /// </summary>
    public void Audit(DateTimeOffset at, int establishmentId, string entityType, long id, string action, int? prisonerId = null, string? changes = null,
        int? contactId = null) =>
        Audit(at, establishmentId, entityType, id.ToString(CultureInfo.InvariantCulture), action, prisonerId, changes, contactId);

    /// <summary>An audit row for a row whose key is not one number (a staff account's, a membership's: the key's parts joined by commas, as the interceptor writes them).</summary>
    public void Audit(DateTimeOffset at, int establishmentId, string entityType, string key, string action, int? prisonerId = null, string? changes = null,
        int? contactId = null)
    {
        Add(new AuditEvent
        {
            Id = NextLong<AuditEvent>(), OccurredAt = at, EstablishmentId = establishmentId, EntityType = entityType,
            EntityId = key, Action = action, PrisonerId = prisonerId, ContactId = contactId, Changes = changes,
        });
        AuditRows++;
    }

    /// <summary>Writes every queued row, table by table in foreign-key order, in the context's current transaction.</summary>
    public void Flush()
    {
        foreach (var type in InKeyOrder(_pending.Keys))
        {
            var insert = For(type);
            insert.Command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var statements = Statements(type);
            if (insert.Identity)
            {
                Execute(statements[0]);
            }
            foreach (var row in _pending[type])
            {
                for (var i = 0; i < insert.Getters.Length; i++)
                {
                    var value = insert.Getters[i](row);
                    if (value is not null && insert.Converters[i] is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }
                    insert.Command.Parameters[i].Value = value ?? DBNull.Value;
                }
                insert.Command.ExecuteNonQuery();
                Rows++;
            }
            if (insert.Identity)
            {
                Execute(statements[^1]);
            }
        }
        _pending.Clear();
        // Others may write between flushes (the demo loader saves through EF): keys are read again next time.
        _nextIds.Clear();
    }

    /// <summary>
    /// The statements <see cref="Flush"/> runs for rows of <paramref name="type"/>, in order (the insert once per row);
    /// on SQL Server between the switches that let it write the keys handed out here.
    /// </summary>
    public IReadOnlyList<string> Statements(Type type)
    {
        var insert = For(type);
        return insert.Identity
            ? [$"SET IDENTITY_INSERT {insert.Table} ON", insert.Command.CommandText, $"SET IDENTITY_INSERT {insert.Table} OFF"]
            : [insert.Command.CommandText];
    }

    /// <summary>The queued types, each after the types its foreign keys point at (a cycle between tables is a mistake here).</summary>
    private List<Type> InKeyOrder(IEnumerable<Type> types)
    {
        var left = types.ToHashSet();
        var ordered = new List<Type>();
        while (left.Count > 0)
        {
            var ready = left.Where(t => !_model.FindEntityType(t)!.GetForeignKeys()
                    .Any(fk => fk.PrincipalEntityType.ClrType != t && left.Contains(fk.PrincipalEntityType.ClrType)))
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The generated tables point at each other: {string.Join(", ", left.Select(t => t.Name))}");
            }
            ordered.AddRange(ready);
            left.ExceptWith(ready);
        }
        return ordered;
    }

    private Insert For(Type type)
    {
        if (_inserts.TryGetValue(type, out var insert))
        {
            return insert;
        }
        var entity = _model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.GetColumnName(table) is not null && (p.PropertyInfo is not null || p.FieldInfo is not null)).ToArray();
        var command = Command();
        var name = _sql.DelimitIdentifier(table.Name, table.Schema);
        command.CommandText = $"INSERT INTO {name} ({string.Join(", ", properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName(table)!)))}) "
                              + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < properties.Length; i++)
        {
            // The provider's own parameter for the column (type, size), its value set per row.
            command.Parameters.Add(properties[i].GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null, properties[i].IsNullable));
        }
        if (!_sqlServer)
        {
            command.Prepare();
        }
        var identity = _sqlServer && entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd }];
        insert = new Insert(command, name, identity,
            properties.Select(p => p.PropertyInfo is { } info ? (Func<object, object?>)info.GetValue : p.FieldInfo!.GetValue).ToArray(),
            properties.Select(p => p.GetTypeMapping().Converter).ToArray());
        _inserts[type] = insert;
        return insert;
    }

    private DbCommand Command()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = Command();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Dispose();
        }
        _inserts.Clear();
    }
}
