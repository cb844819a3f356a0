using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Reception.Export;

/// <summary>
/// The reception log (sổ tiếp công dân, TT 04/2021/TT-TTCP mẫu 03) of a unit's subtree for a period, as a
/// workbook: one row per visit in the order received. A visitor who handed over a denunciation is not named.
/// </summary>
public sealed class ExportReceptionLog(AppDbContext db, UnitLineage lineage, IPetitionRegistry petitions, IStringLocalizer<SharedResource> t)
{
    public async Task<FileContent> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, paths)).Select(u => u.Id);
        var visits = await db.Set<ReceptionVisit>().AsNoTracking()
            .Join(db.Set<ReceptionSession>(), v => v.SessionId, s => s.Id, (v, s) => new { Visit = v, s.Kind, s.HeldOn, s.UnitId, UnitName = s.Unit!.Name, s.ReceivedBy })
            .Where(x => x.HeldOn >= from && x.HeldOn <= to && units.Contains(x.UnitId))
            .OrderBy(x => x.HeldOn).ThenBy(x => x.Visit.Id)
            .ToListAsync(ct);
        var progress = await petitions.ProgressOfAsync(visits.Where(v => v.Visit.PetitionId is not null).Select(v => v.Visit.PetitionId!.Value).ToList(), ct);

        SheetColumn[] columns =
        [
            new(t["Export.No"], 6), new(t["Export.Reception.HeldOn"], 12), new(t["Field.unit"], 22), new(t["Export.Reception.Kind"], 28),
            new(t["Export.Reception.Who"], 36), new(t["Field.people"], 9), new(t["Export.Reception.Crowd"], 14), new(t["Export.Reception.Content"], 40),
            new(t["Export.Reception.Handling"], 22), new(t["Export.Reception.FollowUp"], 28), new(t["Field.note"], 24),
        ];
        var rows = visits.Select((x, i) =>
        {
            var v = x.Visit;
            var who = v.IdentityProtected
                ? t["Reception.IdentityProtected"].Value
                : string.Join(", ", new[] { v.VisitorName, v.VisitorAddress, v.VisitorIdNumber is { } idNumber ? $"{t["Export.Reception.IdNumber"].Value} {idNumber}" : null }
                    .Where(s => !string.IsNullOrWhiteSpace(s)));
            var followUp = v.PetitionId is { } id && progress.TryGetValue(id, out var p) ? $"{p.TrackingCode}: {p.Status}" : null;
            return new object?[]
            {
                i + 1,
                x.HeldOn,
                x.UnitName,
                t[$"SessionKind.{x.Kind}"].Value + " — " + x.ReceivedBy,
                who,
                v.People,
                v.IsCrowd ? t["Reception.Crowd"].Value : null,
                v.Content,
                t[$"VisitOutcome.{v.Outcome}"].Value,
                followUp,
                v.Note,
            };
        }).ToList();
        return Spreadsheet.Register(new RegisterHeading("so-tiep-cong-dan", unit.Name, unit.Code, from, to, t["Export.Reception.Sheet"], t["Export.Reception.Title"],
            t["Export.Reception.Period", Text.Date(from), Text.Date(to)], t["Export.Empty"]), columns, rows);
    }
}
