namespace Grassroots.Web.Modules.OneStop.Demo;

/// <summary>
/// The one-stop figures of every demo district and commune, month by month from January 2021 to last month, as the
/// province's one-stop software would export them: online services spread, digitisation starts in 2023, a few dossiers
/// overdue each month. Laid as one upload of each demo province's statistics (so the page lists it), deterministic.
/// </summary>
public sealed class OneStopDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly UnitKind[] Reporting = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public int Order => 81;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20240315);
        var today = clock.VietnamToday();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var units = await db.Units.AsNoTracking().Where(u => Reporting.Contains(u.Kind)).OrderBy(u => u.Code).ToListAsync(ct);
        if (units.Count == 0)
        {
            return;
        }
        var roots = await db.Units.AsNoTracking().Where(u => u.ParentId == null).ToListAsync(ct);
        var imports = roots.ToDictionary(r => r.Id, r => new OneStopImport
        {
            UnitId = r.Id, Source = OneStopSource.Statistics, FileName = "thong-ke-mot-cua-tinh.xlsx", Sha256 = new string('0', 64),
            From = new DateOnly(2021, 1, 1), To = lastMonth, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = "demo",
        });
        var figures = new List<OneStopFigures>();
        foreach (var u in units)
        {
            var root = roots.FirstOrDefault(r => u.IsInSubtreeOf(r.Path)) ?? roots[0];
            var district = u.Kind == UnitKind.District;
            var size = district ? 1.4 : 0.6 + random.NextDouble() * (u.IsRemoteArea ? 0.5 : 0.9);
            var pendingIn = 0;
            var pendingOver = 0;
            for (var month = new DateOnly(2021, 1, 1); month <= lastMonth; month = month.AddMonths(1))
            {
                var end = month.AddMonths(1).AddDays(-1);
                if (!u.IsActiveOn(month) && !u.IsActiveOn(end))
                {
                    continue;
                }
                var progress = (month.Year - 2021) * 12 + month.Month - 1; // 0 … : online services grow
                var carried = pendingIn + pendingOver;
                var received = (int)(size * (district ? 430 : 70) * (0.85 + random.NextDouble() * 0.3));
                var online = (int)(received * Math.Min(0.85, 0.005 + progress * 0.012 * (0.8 + random.NextDouble() * 0.4)));
                var post = (int)(received * 0.01 * random.NextDouble());
                var returned = (int)(received * (0.01 + random.NextDouble() * 0.02));
                var open = carried + received - returned;
                pendingIn = (int)(received * (0.02 + random.NextDouble() * 0.03));
                pendingOver = random.NextDouble() < (u.IsRemoteArea ? 0.5 : 0.25) ? random.Next(1, district ? 12 : 6) : 0;
                var settled = Math.Max(0, open - pendingIn - pendingOver);
                var late = (int)(settled * (0.002 + random.NextDouble() * 0.015));
                var early = (int)((settled - late) * (0.2 + random.NextDouble() * 0.3));
                var payable = (int)(received * 0.3);
                figures.Add(new OneStopFigures
                {
                    UnitId = u.Id, From = month, To = end, Source = OneStopSource.Statistics, ImportId = imports[root.Id].Id,
                    CarriedOver = carried, ReceivedOnline = online, ReceivedByPost = post, ReceivedAtCounter = received - online - post,
                    SettledEarly = early, SettledOnTime = settled - late - early, SettledLate = late, PendingInTime = pendingIn, PendingOverdue = pendingOver,
                    Returned = returned,
                    DigitisedReceived = month.Year >= 2023 ? (int)(received * Math.Min(0.95, 0.3 + (progress - 24) * 0.02)) : 0,
                    DigitisedResults = month.Year >= 2023 ? (int)(settled * Math.Min(0.9, 0.2 + (progress - 24) * 0.02)) : 0,
                    Payable = payable, PaidOnline = (int)(payable * Math.Min(0.97, 0.15 + progress * 0.015)),
                });
            }
        }
        foreach (var import in imports.Values)
        {
            var mine = figures.Where(f => f.ImportId == import.Id).ToList();
            if (mine.Count > 0)
            {
                import.Rows = import.Figures = mine.Count;
                db.Add(import);
            }
        }
        db.AddRange(figures);
        await db.SaveChangesAsync(ct);
    }
}
