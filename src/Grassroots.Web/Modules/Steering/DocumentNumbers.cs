namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// Gives the next number of a series in one statement (<c>UPDATE … SET Last = Last + 1 … RETURNING</c>), inside the
/// caller's transaction: concurrent issuing waits on the counter's row and gets consecutive, distinct numbers; a refused
/// save rolls the number back with everything else (ND30-NUMBER).
/// </summary>
[Scoped]
public sealed class DocumentNumbers(AppDbContext db)
{
    public async Task<int> NextAsync(int unitId, IssuingBody body, int year, string series, CancellationToken ct)
    {
        var b = body.ToString();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SteeringDocumentCounters" ("UnitId", "IssuingBody", "Year", "Series", "Last") VALUES ({unitId}, {b}, {year}, {series}, 0) ON CONFLICT DO NOTHING""", ct);
        var next = await db.Database.SqlQuery<int>(
            $"""UPDATE "SteeringDocumentCounters" SET "Last" = "Last" + 1 WHERE "UnitId" = {unitId} AND "IssuingBody" = {b} AND "Year" = {year} AND "Series" = {series} RETURNING "Last" AS "Value" """)
            .ToListAsync(ct);
        return next.Single();
    }
}
