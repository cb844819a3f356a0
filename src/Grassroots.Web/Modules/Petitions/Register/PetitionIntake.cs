namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>
/// Letters from the public portal, by group commit. Each item is a letter's rows, parents first and complete
/// (audit rows included): the writer inserts them as they are, without change tracking.
/// </summary>
public sealed class PetitionIntake(IServiceScopeFactory scopes, ILogger<PetitionIntake> log)
    : GroupCommit<object[]>(scopes, log, maxBatch: 500, capacity: 20_000)
{
    protected override async Task WriteAsync(AppDbContext db, IReadOnlyList<object[]> items, CancellationToken ct)
    {
        await using var writer = await RowWriter.BeginAsync(db, ct);
        foreach (var rows in items)
        {
            foreach (var row in rows)
            {
                writer.Insert(row);
            }
        }
        await writer.CommitAsync(ct);
    }
}
