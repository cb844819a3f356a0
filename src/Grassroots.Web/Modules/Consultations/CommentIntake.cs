using Microsoft.EntityFrameworkCore.Storage;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>
/// Comments by group commit (<see cref="GroupCommit{TItem}"/>): many comments and the consultations' counters in
/// one transaction, each request answered only after its comment is committed.
/// </summary>
public sealed class CommentIntake(IServiceScopeFactory scopes, ILogger<CommentIntake> log)
    : GroupCommit<ConsultationComment>(scopes, log, maxBatch: 1000, capacity: 50_000)
{
    protected override async Task WriteAsync(AppDbContext db, IReadOnlyList<ConsultationComment> items, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The hot path of national consultations: one multi-row INSERT per 100 comments instead of EF's row by row.
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        foreach (var chunk in items.Chunk(100))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var sql = new System.Text.StringBuilder(
                "INSERT INTO \"ConsultationComments\" (\"Id\", \"ConsultationId\", \"Text\", \"AuthorName\", \"AuthorAddress\", \"HouseholdId\", \"Channel\", \"ReceivedAt\", \"EnteredBy\") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var c = chunk[i];
                sql.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@i{i},@c{i},@t{i},@n{i},@a{i},@h{i},@k{i},@r{i},@e{i})");
                Add(command, $"@i{i}", Id(c.Id, sqlite));
                Add(command, $"@c{i}", Id(c.ConsultationId, sqlite));
                Add(command, $"@t{i}", c.Text);
                Add(command, $"@n{i}", c.AuthorName);
                Add(command, $"@a{i}", c.AuthorAddress);
                Add(command, $"@h{i}", c.HouseholdId is { } h ? Id(h, sqlite) : null);
                Add(command, $"@k{i}", c.Channel.ToString());
                Add(command, $"@r{i}", sqlite ? c.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) : c.ReceivedAt);
                Add(command, $"@e{i}", c.EnteredBy);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var group in items.GroupBy(i => i.ConsultationId))
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction.GetDbTransaction();
            update.CommandText = "UPDATE \"Consultations\" SET \"CommentCount\" = \"CommentCount\" + @n WHERE \"Id\" = @id";
            Add(update, "@n", (long)group.Count());
            Add(update, "@id", Id(group.Key, sqlite));
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>As EF stores a Guid: upper-case text on SQLite, a native uuid on PostgreSQL.</summary>
    private static object Id(Guid id, bool sqlite) => sqlite ? id.ToString().ToUpperInvariant() : id;

    private static void Add(System.Data.Common.DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
