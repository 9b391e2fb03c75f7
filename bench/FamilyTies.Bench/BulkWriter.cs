using FamilyTies.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyTies.Bench;

/// <summary>
/// Writes entities in bulk to SQLite: one prepared <c>INSERT</c> per entity type, made from the EF Core model (table,
/// columns, value converters: enums as text, instants as binary ticks), run once per row inside the caller's single
/// transaction. Keys are given by the caller (<see cref="NextId"/>), so rows can point at each other without a read.
/// No change tracking, no audit interceptor, no rules: a measurement database, not a record of anyone's work.
/// </summary>
public sealed class BulkWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IModel _model;
    private readonly Dictionary<Type, Insert> _inserts = [];
    private readonly Dictionary<Type, long> _nextIds = [];
    private SqliteTransaction? _transaction;
    private bool _disposed;

    public BulkWriter(SqliteConnection connection, FamilyTiesDbContext db)
    {
        _connection = connection;
        _model = db.Model;
    }

    public long Rows { get; private set; }

    private sealed record Insert(SqliteCommand Command, IProperty[] Properties, Func<object, object?>[] Getters, ValueConverter?[] Converters);

    public void Begin() => _transaction = _connection.BeginTransaction();

    /// <summary>Commits what is written so far and starts again (keeps the write-ahead log from growing without end).</summary>
    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Transaction = null;
        }
        _transaction = _connection.BeginTransaction();
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Transaction = _transaction;
        }
    }

    /// <summary>The next free key of an entity's table (read once, then counted here).</summary>
    public int NextId<T>() => (int)NextLong<T>();

    public long NextLong<T>()
    {
        if (!_nextIds.TryGetValue(typeof(T), out var next))
        {
            var entity = _model.FindEntityType(typeof(T))!;
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"SELECT COALESCE(MAX(\"{entity.FindPrimaryKey()!.Properties[0].GetColumnName()}\"), 0) + 1 FROM \"{entity.GetTableName()}\";";
            next = (long)command.ExecuteScalar()!;
        }
        _nextIds[typeof(T)] = next + 1;
        return next;
    }

    public void Add<T>(T entity) where T : class
    {
        var insert = For(typeof(T));
        for (var i = 0; i < insert.Properties.Length; i++)
        {
            var value = insert.Getters[i](entity);
            var converter = insert.Converters[i];
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }
            insert.Command.Parameters[i].Value = value ?? DBNull.Value;
        }
        insert.Command.ExecuteNonQuery();
        Rows++;
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
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) "
                              + $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))});";
        for (var i = 0; i < properties.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }
        command.Prepare();
        insert = new Insert(command, properties,
            properties.Select(p => p.PropertyInfo is { } info ? (Func<object, object?>)info.GetValue : p.FieldInfo!.GetValue).ToArray(),
            properties.Select(p => p.GetTypeMapping().Converter).ToArray());
        _inserts[type] = insert;
        return insert;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        foreach (var insert in _inserts.Values)
        {
            insert.Command.Dispose();
        }
    }
}
