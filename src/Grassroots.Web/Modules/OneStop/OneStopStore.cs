using System.Globalization;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>A wrong cell of an upload: its sheet, row and column as Excel names them, and why, in the reader's language.</summary>
public sealed record OneStopError(string Sheet, int Row, string Column, string Message);

/// <summary>What an accepted upload laid: the units' periods, how many rows read, figures laid and earlier figures replaced.</summary>
public sealed record OneStopImportResult(Guid Id, string UnitCode, DateOnly From, DateOnly To, int Rows, int Figures, int Replaced, int Units);

/// <summary>An upload's fate: laid (<see cref="Imported"/>), or refused whole with every wrong cell named (nothing of it stored).</summary>
public sealed record OneStopOutcome(OneStopImportResult? Imported, IReadOnlyList<OneStopError> Errors, string Message)
{
    public Results<Ok<OneStopImportResult>, ProblemHttpResult> ToHttpResult() => Imported is { } imported
        ? TypedResults.Ok(imported)
        : TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Message,
            Detail = string.Join(" ", Errors.Take(20).Select(e => $"{e.Sheet}!{e.Column}{e.Row.ToString(CultureInfo.InvariantCulture)}: {e.Message}")),
            Extensions = { ["errors"] = Errors.Take(200).ToList() },
        });
}

/// <summary>
/// Lays the figures of an accepted upload in one save: the earlier figures of the same units whose periods overlap the new
/// ones are removed (a re-import of a period replaces it), and the upload itself is recorded (<see cref="OneStopImport"/>,
/// in the audit log) with how many it replaced.
/// </summary>
[Scoped]
public sealed class OneStopStore(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<OneStopImportResult> ReplaceAsync(Unit importer, OneStopSource source, string fileName, string sha256, int rows,
        List<OneStopFigures> figures, CancellationToken ct)
    {
        var import = new OneStopImport
        {
            UnitId = importer.Id,
            Source = source,
            FileName = fileName,
            Sha256 = sha256,
            From = figures.Min(f => f.From),
            To = figures.Max(f => f.To),
            Rows = rows,
            Figures = figures.Count,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        var unitIds = figures.Select(f => f.UnitId).Distinct().ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var replaced = 0;
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.Set<OneStopFigures>().Where(f => unitIds.Contains(f.UnitId) && f.From <= import.To && f.To >= import.From)
                .Select(f => new { f.Id, f.UnitId, f.From, f.To }).ToListAsync(ct);
            var byUnit = figures.GroupBy(f => f.UnitId).ToDictionary(g => g.Key, g => g.ToList());
            var gone = existing.Where(e => byUnit[e.UnitId].Any(n => n.From <= e.To && n.To >= e.From)).Select(e => e.Id).ToList();
            replaced = gone.Count;
            import.Replaced = replaced;
            foreach (var chunk in gone.Chunk(500))
            {
                await db.Set<OneStopFigures>().Where(f => chunk.Contains(f.Id)).ExecuteDeleteAsync(ct);
            }
            foreach (var f in figures)
            {
                f.ImportId = import.Id;
                f.Source = source;
            }
            db.Add(import);
            db.AddRange(figures);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        db.ChangeTracker.Clear();
        return new OneStopImportResult(import.Id, importer.Code, import.From, import.To, rows, figures.Count, replaced, unitIds.Count);
    }
}
