using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure;

public sealed record ComplianceCell(int CategoryId, int Number, string Category, string Article, ComplianceState State, DisclosureForms Forms,
    int PostedDays, int MinimumDays, int LoudspeakerDays, int LoudspeakerRequired, Guid? DisclosureId, string? Title, DateOnly? PostedFrom, DateOnly? PostedTo);

public sealed record ComplianceRow(string UnitCode, string UnitName, int Compliant, int Ongoing, int NoLoudspeaker, int TooShort, int Missing,
    IReadOnlyList<ComplianceCell> Cells)
{
    public int Total => Compliant + Ongoing + NoLoudspeaker + TooShort + Missing;
}

/// <summary>Mandatory categories of every commune of the unit's subtree (and of the communes merged into it), for a period.</summary>
public sealed record ComplianceDto(string UnitCode, string UnitName, DateOnly From, DateOnly To, IReadOnlyList<ComplianceRow> Communes,
    int Compliant, int Ongoing, int NoLoudspeaker, int TooShort, int Missing, double? ComplianceRate, string Citation);

/// <summary>
/// Per commune and mandatory category: the best disclosure first posted in the period, judged by
/// <see cref="DisclosureRules"/>. A district or province sums its communes (rates are ratios of sums).
/// </summary>
public sealed class DisclosureCompliance(AppDbContext db, UnitLineage lineage, TimeProvider clock)
{
    public async Task<ComplianceDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var communes = (await db.Units.AsNoTracking().Where(UnitPaths.Within<Unit>(u => u.Path, paths))
                .Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo > from))
                .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.Path }).ToListAsync(ct))
            .Where(u => u.Kind.IsCommuneLevel()).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        var categories = await db.Set<DisclosureCategory>().AsNoTracking()
            .Where(c => c.IsMandatory && c.Audience == DisclosureAudience.Commune).OrderBy(c => c.Number).ToListAsync(ct);
        var ids = communes.Select(c => c.Id).ToList();
        var disclosures = await db.Set<Disclosure>().AsNoTracking()
            .Where(d => ids.Contains(d.UnitId) && d.PostedFrom >= from && d.PostedFrom <= to)
            .Select(d => new { d.Id, d.UnitId, d.CategoryId, d.Title, d.Forms, d.PostedFrom, d.PostedTo, d.LoudspeakerDays })
            .ToListAsync(ct);
        var byCell = disclosures.ToLookup(d => (d.UnitId, d.CategoryId));

        var rows = communes.Select(c =>
        {
            var cells = categories.Select(cat =>
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
                Count(ComplianceState.TooShort), Count(ComplianceState.Missing), cells);
        }).ToList();
        var compliant = rows.Sum(r => r.Compliant);
        var total = rows.Sum(r => r.Total);
        return new ComplianceDto(unit.Code, unit.Name, from, to, rows, compliant, rows.Sum(r => r.Ongoing), rows.Sum(r => r.NoLoudspeaker),
            rows.Sum(r => r.TooShort), rows.Sum(r => r.Missing), total == 0 ? null : Math.Round(100.0 * compliant / total, 2), DisclosureRules.PostingCitation);
    }
}
