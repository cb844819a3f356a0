using Microsoft.EntityFrameworkCore.Storage;

namespace Grassroots.Web.Modules.Surveys.Responses;

/// <summary>A response on its way to the database, and what the writer found.</summary>
public sealed class PendingResponse(SurveyResponse response, string? deviceHash)
{
    public SurveyResponse Response { get; } = response;
    public string? DeviceHash { get; } = deviceHash;

    /// <summary>Set by the writer: the campaign was closed, or the device had answered already. Nothing of the response was stored.</summary>
    public string? Refusal { get; set; }
}

/// <summary>
/// Responses by group commit (<see cref="GroupCommit{TItem}"/>): many in one transaction, each answered only after it
/// is committed, so none acknowledged is lost when the process is killed. In the same transaction the writer checks that
/// each campaign is still open and records the device's "has answered" (a hash of campaign and token, with nothing that
/// leads to the response: no shared key, and the responses inserted in shuffled order).
/// </summary>
public sealed class SurveyIntake(IServiceScopeFactory scopes, ILogger<SurveyIntake> log)
    : GroupCommit<PendingResponse>(scopes, log, maxBatch: 1000, capacity: 50_000)
{
    protected override async Task WriteAsync(AppDbContext db, IReadOnlyList<PendingResponse> items, CancellationToken ct)
    {
        foreach (var i in items)
        {
            i.Refusal = null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        var ids = items.Select(i => i.Response.CampaignId).Distinct().ToList();
        var open = (await db.Set<SurveyCampaign>().AsNoTracking().Where(c => ids.Contains(c.Id) && c.Status == CampaignStatus.Open).Select(c => c.Id).ToListAsync(ct))
            .ToHashSet();
        var accepted = new List<PendingResponse>(items.Count);
        foreach (var item in items)
        {
            if (!open.Contains(item.Response.CampaignId))
            {
                item.Refusal = "Surveys.CampaignClosed";
                continue;
            }
            if (item.DeviceHash is { } hash)
            {
                await using var device = connection.CreateCommand();
                device.Transaction = transaction.GetDbTransaction();
                device.CommandText = "INSERT INTO \"SurveyDevices\" (\"CampaignId\", \"TokenHash\") VALUES (@c, @h) ON CONFLICT DO NOTHING";
                Add(device, "@c", Id(item.Response.CampaignId, sqlite));
                Add(device, "@h", hash);
                if (await device.ExecuteNonQueryAsync(ct) == 0)
                {
                    item.Refusal = "Surveys.AlreadyAnswered";
                    continue;
                }
            }
            accepted.Add(item);
        }
        var shuffled = accepted.ToArray();
        Random.Shared.Shuffle(shuffled);
        foreach (var chunk in shuffled.Chunk(50))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var sql = new System.Text.StringBuilder("INSERT INTO \"SurveyResponses\" (\"Id\", \"CampaignId\", \"SubmittedOn\", \"Channel\", \"Answers\", "
                + "\"S1\", \"N1\", \"S2\", \"N2\", \"S3\", \"N3\", \"S4\", \"N4\", \"S5\", \"N5\") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var r = chunk[i].Response;
                sql.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"(@i{i},@c{i},@d{i},@k{i},@a{i},@s1_{i},@n1_{i},@s2_{i},@n2_{i},@s3_{i},@n3_{i},@s4_{i},@n4_{i},@s5_{i},@n5_{i})");
                Add(command, $"@i{i}", Id(r.Id, sqlite));
                Add(command, $"@c{i}", Id(r.CampaignId, sqlite));
                Add(command, $"@d{i}", sqlite ? r.SubmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : r.SubmittedOn);
                Add(command, $"@k{i}", r.Channel.ToString());
                Add(command, $"@a{i}", r.Answers);
                int[] v = [r.S1, r.N1, r.S2, r.N2, r.S3, r.N3, r.S4, r.N4, r.S5, r.N5];
                for (var f = 0; f < 5; f++)
                {
                    Add(command, $"@s{f + 1}_{i}", v[2 * f]);
                    Add(command, $"@n{f + 1}_{i}", v[2 * f + 1]);
                }
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var group in accepted.GroupBy(i => i.Response.CampaignId))
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction.GetDbTransaction();
            update.CommandText = "UPDATE \"SurveyCampaigns\" SET \"Responses\" = \"Responses\" + @n WHERE \"Id\" = @id";
            Add(update, "@n", group.Count());
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
