using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Export;

/// <summary>
/// The petitions register (sổ theo dõi xử lý đơn) of a unit's subtree: the letters received in a period, with
/// their case, kind, status and the next limit. A denouncer is never named in it (LTC Điều 9, 47): the column
/// says the identity is kept secret, whoever exports.
/// </summary>
public sealed class ExportPetitionRegister(AppDbContext db, UnitLineage lineage, IStringLocalizer<SharedResource> t)
{
    public async Task<FileContent> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var unitIds = await db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, paths)).Select(u => u.Id).ToListAsync(ct);
        var letters = await db.Set<Petition>().AsNoTracking()
            .Where(p => unitIds.Contains(p.UnitId) && p.ReceivedOn >= from && p.ReceivedOn <= to)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.ReceivedOn,
                p.TrackingCode,
                UnitName = p.Unit!.Name,
                p.Channel,
                p.Kind,
                p.IsAnonymous,
                p.PetitionerName,
                p.PetitionerAddress,
                p.SignerCount,
                p.Subject,
                p.Status,
                CaseTitle = p.Case!.Title,
                Next = p.Deadlines.Where(d => d.State == DeadlineState.Running).OrderBy(d => d.DueOn).Select(d => new { d.Rule, d.DueOn }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        SheetColumn[] columns =
        [
            new(t["Export.No"], 6), new(t["Field.receivedOn"], 12), new(t["Export.Petitions.TrackingCode"], 15), new(t["Field.unit"], 22),
            new(t["Field.channel"], 14), new(t["Export.Petitions.Kind"], 12), new(t["Field.petitionerName"], 24), new(t["Field.petitionerAddress"], 24),
            new(t["Export.Petitions.Signers"], 10), new(t["Field.subject"], 40), new(t["Export.Petitions.Case"], 30), new(t["Export.Petitions.Status"], 16),
            new(t["Export.Petitions.NextDeadline"], 24), new(t["Export.Petitions.DueOn"], 12),
        ];
        var rows = letters.Select((p, i) => new object?[]
        {
            i + 1,
            p.ReceivedOn,
            p.TrackingCode,
            p.UnitName,
            t[$"PetitionChannel.{p.Channel}"].Value,
            t[$"PetitionKind.{p.Kind}"].Value,
            p.Kind == PetitionKind.Denunciation
                ? (p.IsAnonymous ? t["Export.Petitions.Anonymous"].Value : t["Petitions.IdentityProtected"].Value)
                : p.PetitionerName,
            p.Kind == PetitionKind.Denunciation ? null : p.PetitionerAddress,
            p.SignerCount,
            p.Subject,
            p.CaseTitle,
            t[$"PetitionStatus.{p.Status}"].Value,
            p.Next is null ? null : t[$"DeadlineRule.{p.Next.Rule}"].Value,
            p.Next?.DueOn,
        }).ToList();
        return Spreadsheet.Register(new RegisterHeading("so-theo-doi-don", unit.Name, unit.Code, from, to, t["Export.Petitions.Sheet"], t["Export.Petitions.Title"],
            t["Export.Petitions.Period", Text.Date(from), Text.Date(to)], t["Export.Empty"]), columns, rows);
    }
}
