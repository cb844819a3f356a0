using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Inserts new rows with plain prepared statements built from the EF model (table, columns, value converters),
/// for the hot write paths where change tracking costs more than the write: the portal's group commit. The
/// caller owns the transaction and the order (parents before children); keys the database generates are left
/// to it. Everything else goes through <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>.
/// </summary>
public sealed class RowWriter : IDisposable
{
    private sealed record Column(string Parameter, IProperty Property, RelationalTypeMapping Mapping);

    private sealed record Table(string Sql, IReadOnlyList<Column> Columns);

    private static readonly ConcurrentDictionary<(Type Context, Type Entity), Table> Tables = new();

    private readonly AppDbContext _db;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Dictionary<Type, DbCommand> _commands = [];
    private readonly DbBatch? _batch;

    private RowWriter(AppDbContext db, DbConnection connection, DbTransaction transaction)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        // PostgreSQL takes the whole batch in one round trip; SQLite runs each prepared statement in process.
        if (connection.CanCreateBatch)
        {
            _batch = connection.CreateBatch();
            _batch.Transaction = transaction;
        }
    }

    /// <summary>Opens the context's connection and a transaction for a run of inserts.</summary>
    public static async Task<(RowWriter Writer, IDbContextTransaction Transaction)> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        return (new RowWriter(db, db.Database.GetDbConnection(), transaction.GetDbTransaction()), transaction);
    }

    public void Insert(object entity)
    {
        var table = Tables.GetOrAdd((_db.GetType(), entity.GetType()), key => Build(_db, key.Entity));
        if (_batch is not null)
        {
            var command = _batch.CreateBatchCommand();
            command.CommandText = table.Sql;
            using var factory = _connection.CreateCommand();
            foreach (var c in table.Columns)
            {
                command.Parameters.Add(c.Mapping.CreateParameter(factory, c.Parameter, c.Property.GetGetter().GetClrValue(entity), c.Property.IsNullable));
            }
            _batch.BatchCommands.Add(command);
            return;
        }
        if (!_commands.TryGetValue(entity.GetType(), out var prepared))
        {
            prepared = _connection.CreateCommand();
            prepared.Transaction = _transaction;
            prepared.CommandText = table.Sql;
            _commands[entity.GetType()] = prepared;
        }
        prepared.Parameters.Clear();
        foreach (var c in table.Columns)
        {
            prepared.Parameters.Add(c.Mapping.CreateParameter(prepared, c.Parameter, c.Property.GetGetter().GetClrValue(entity), c.Property.IsNullable));
        }
        prepared.ExecuteNonQuery();
    }

    /// <summary>Sends what is batched (PostgreSQL); the caller then commits.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            await _batch.ExecuteNonQueryAsync(ct);
            _batch.BatchCommands.Clear();
        }
    }

    /// <summary>Frees the prepared statements (left to the finalizer they would pile up under load).</summary>
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _batch?.Dispose();
    }

    private static Table Build(AppDbContext db, Type clrType)
    {
        var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = new List<Column>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{clrType.Name}.{property.Name} is a shadow property; RowWriter writes CLR values only.");
            }
            // Keys the database generates (identity columns) are left to it.
            if (property.ValueGenerated.HasFlag(ValueGenerated.OnAdd) && property.IsPrimaryKey() && property.ClrType != typeof(Guid))
            {
                continue;
            }
            // The parameter's name carries its "@": SQLite binds it directly instead of trying each prefix.
            columns.Add(new Column("@p" + columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), property,
                (RelationalTypeMapping)property.GetTypeMapping()));
        }
        var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", columns.Select(c => c.Parameter));
        return new Table($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) VALUES ({values})", columns);
    }
}
