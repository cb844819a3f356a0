using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Inserts new rows with plain prepared statements built from the EF model (table, columns, value converters),
/// for the hot write paths where change tracking costs more than the write: the portal's group commit. The caller
/// gives the order (parents before children); keys the database generates are left to it. All the rows of one
/// writer are committed together by <see cref="CommitAsync"/>, or none. Everything else goes through
/// <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>.
/// </summary>
public sealed class RowWriter : IAsyncDisposable
{
    private sealed record Column(string Parameter, IProperty Property, RelationalTypeMapping Mapping);

    private sealed record Table(string Sql, IReadOnlyList<Column> Columns);

    private static readonly ConcurrentDictionary<(Type Context, Type Entity), Table> Tables = new();

    private readonly AppDbContext _db;
    private readonly DbConnection _connection;
    private readonly IDbContextTransaction? _transaction;
    private readonly Dictionary<Type, DbCommand> _commands = [];
    private readonly DbBatch? _batch;

    private RowWriter(AppDbContext db, DbConnection connection, IDbContextTransaction? transaction, DbBatch? batch)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        _batch = batch;
    }

    /// <summary>
    /// Opens the context's connection for a run of inserts. PostgreSQL takes the whole run as one batch, in one round
    /// trip, which the server runs as one implicit transaction (a failing row rolls back the others); SQLite runs each
    /// prepared statement in process, inside a transaction of its own.
    /// </summary>
    public static async Task<RowWriter> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        return connection.CanCreateBatch
            ? new RowWriter(db, connection, null, connection.CreateBatch())
            : new RowWriter(db, connection, await db.Database.BeginTransactionAsync(ct), null);
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
            prepared.Transaction = _transaction!.GetDbTransaction();
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

    /// <summary>Commits every row inserted: sends the batch (PostgreSQL) or commits the transaction (SQLite).</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        if (_batch is not null)
        {
            if (_batch.BatchCommands.Count > 0)
            {
                await _batch.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        await _transaction!.CommitAsync(ct);
    }

    /// <summary>
    /// Frees the prepared statements (left to the finalizer they would pile up under load) and rolls back what was
    /// not committed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }
        _commands.Clear();
        if (_batch is not null)
        {
            await _batch.DisposeAsync();
        }
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
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
