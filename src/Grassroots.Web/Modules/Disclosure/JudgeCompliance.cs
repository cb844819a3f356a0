namespace Grassroots.Web.Modules.Disclosure;

public sealed record ComplianceCell(int CategoryId, int Number, string Category, string Article, ComplianceState State, DisclosureForms Forms,
    int PostedDays, int MinimumDays, int LoudspeakerDays, int LoudspeakerRequired, Guid? DisclosureId, string? Title, DateOnly? PostedFrom, DateOnly? PostedTo);

public sealed record ComplianceRow(string UnitCode, string UnitName, int Compliant, int Ongoing, int NoLoudspeaker, int TooShort, int Missing,
    IReadOnlyList<ComplianceCell> Cells)
{
    public UnitKind Kind { get; init; }
    public DisclosureAudience Audience { get; init; }
    public int Total => Compliant + Ongoing + NoLoudspeaker + TooShort + Missing;
}

/// <summary>The sums of one audience's units (communes, agencies and units, enterprises): rates are ratios of sums.</summary>
public sealed record AudienceSummary(DisclosureAudience Audience, int Units, int Compliant, int Ongoing, int NoLoudspeaker, int TooShort, int Missing,
    double? ComplianceRate);

/// <summary>
/// Mandatory categories of every commune, agency, public service unit and enterprise of the unit's subtree (and of the
/// units merged into it), each against the catalogue of its own kind, for a period.
/// </summary>
public sealed record ComplianceDto(string UnitCode, string UnitName, DateOnly From, DateOnly To, IReadOnlyList<ComplianceRow> Units,
    int Compliant, int Ongoing, int NoLoudspeaker, int TooShort, int Missing, double? ComplianceRate, string Citation)
{
    public IReadOnlyList<AudienceSummary> Audiences { get; init; } = [];
}

/// <summary>
/// Per unit and mandatory category of its kind's catalogue: the best disclosure first posted in the period, judged by
/// <see cref="DisclosureRules"/>. A district or province sums its units (rates are ratios of sums), overall and per audience.
/// </summary>
public sealed class JudgeCompliance(AppDbContext db, UnitLineage lineage, TimeProvider clock)
{
    public async Task<ComplianceDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var units = (await db.Units.AsNoTracking().Where(UnitPaths.Within<Unit>(u => u.Path, paths))
                .Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo > from))
                .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.Path }).ToListAsync(ct))
            .Select(u => (u.Id, u.Code, u.Name, u.Kind, u.Path, Audience: DisclosureCatalogue.AudienceOf(u.Kind)))
            .Where(u => u.Audience is not null)
            .OrderBy(u => u.Audience).ThenBy(u => u.Path, StringComparer.Ordinal).ToList();
        var catalogues = (await db.Set<DisclosureCategory>().AsNoTracking().Where(c => c.IsMandatory).ToListAsync(ct))
            .GroupBy(c => c.Audience).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Number).ThenBy(c => c.Id).ToList());
        var ids = units.Select(c => c.Id).ToList();
        var disclosures = await db.Set<Disclosure>().AsNoTracking()
            .Where(d => ids.Contains(d.UnitId) && d.PostedFrom >= from && d.PostedFrom <= to)
            .Select(d => new { d.Id, d.UnitId, d.CategoryId, d.Title, d.Forms, d.PostedFrom, d.PostedTo, d.LoudspeakerDays })
            .ToListAsync(ct);
        var byCell = disclosures.ToLookup(d => (d.UnitId, d.CategoryId));

        var rows = units.Select(c =>
        {
            var cells = catalogues.GetValueOrDefault(c.Audience!.Value, []).Select(cat =>
            {
                var best = byCell[(c.Id, cat.Id)]
                    .Select(d => (d, check: DisclosureRules.Check(cat, d.PostedFrom, d.PostedTo, d.Forms, d.LoudspeakerDays, today)))
                    .OrderBy(x => x.check.State).ThenByDescending(x => x.check.PostedDays).FirstOrDefault();
                return best.d is null
                    ? new ComplianceCell(cat.Id, cat.Number, cat.Name, cat.Article, ComplianceState.Missing, DisclosureForms.None, 0, cat.MinimumPostingDays, 0,
                        cat.LoudspeakerDays, null, null, null, null)
                    : new ComplianceCell(cat.Id, cat.Number, cat.Name, cat.Article, best.check.State, best.d.Forms, best.check.PostedDays, best.check.MinimumDays,
                        best.check.LoudspeakerDays, best.check.LoudspeakerRequired, best.d.Id, best.d.Title, best.d.PostedFrom, best.d.PostedTo);
            }).ToList();
            int Count(ComplianceState s) => cells.Count(x => x.State == s);
            return new ComplianceRow(c.Code, c.Name, Count(ComplianceState.Compliant), Count(ComplianceState.Ongoing), Count(ComplianceState.NoLoudspeaker),
                Count(ComplianceState.TooShort), Count(ComplianceState.Missing), cells)
            { Kind = c.Kind, Audience = c.Audience!.Value };
        }).ToList();
        var audiences = rows.GroupBy(r => r.Audience).OrderBy(g => g.Key)
            .Select(g => new AudienceSummary(g.Key, g.Count(), g.Sum(r => r.Compliant), g.Sum(r => r.Ongoing), g.Sum(r => r.NoLoudspeaker), g.Sum(r => r.TooShort),
                g.Sum(r => r.Missing), Rate(g.Sum(r => r.Compliant), g.Sum(r => r.Total))))
            .ToList();
        var compliant = rows.Sum(r => r.Compliant);
        return new ComplianceDto(unit.Code, unit.Name, from, to, rows, compliant, rows.Sum(r => r.Ongoing), rows.Sum(r => r.NoLoudspeaker),
            rows.Sum(r => r.TooShort), rows.Sum(r => r.Missing), Rate(compliant, rows.Sum(r => r.Total)), DisclosureRules.PostingCitation)
        {
            Audiences = audiences,
        };
    }

    private static double? Rate(int compliant, int total) => total == 0 ? null : Math.Round(100.0 * compliant / total, 2);
}
