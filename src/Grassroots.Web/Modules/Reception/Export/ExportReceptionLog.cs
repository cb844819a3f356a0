using System.Globalization;
using Grassroots.Web.Platform.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Reception.Export;

/// <summary>
/// The reception log (sổ tiếp công dân, TT 04/2021/TT-TTCP mẫu 03) of a unit's subtree for a period, as a
/// workbook: one row per visit in the order received. A visitor who handed over a denunciation is not named.
/// </summary>
public sealed class ExportReceptionLog(AppDbContext db, UnitLineage lineage, IPetitionRegistry petitions, IStringLocalizer<SharedResource> t)
{
    public async Task<byte[]> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, paths)).Select(u => u.Id);
        var visits = await db.Set<ReceptionVisit>().AsNoTracking()
            .Join(db.Set<ReceptionSession>(), v => v.SessionId, s => s.Id, (v, s) => new { Visit = v, s.Kind, s.HeldOn, s.UnitId, UnitName = s.Unit!.Name, s.ReceivedBy })
            .Where(x => x.HeldOn >= from && x.HeldOn <= to && units.Contains(x.UnitId))
            .OrderBy(x => x.HeldOn).ThenBy(x => x.Visit.Id)
            .ToListAsync(ct);
        var progress = await petitions.ProgressOfAsync(visits.Where(v => v.Visit.PetitionId is not null).Select(v => v.Visit.PetitionId!.Value).ToList(), ct);

        var rows = visits.Select((x, i) =>
        {
            var v = x.Visit;
            var who = v.IdentityProtected ? t["Reception.IdentityProtected"].Value : string.Join(", ", new[] { v.VisitorName, v.VisitorAddress, v.VisitorIdNumber is { } idNumber ? $"{t["Export.Reception.IdNumber"].Value} {idNumber}" : null }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var followUp = v.PetitionId is { } id && progress.TryGetValue(id, out var p) ? $"{p.TrackingCode}: {p.Status}" : "";
            return new Dictionary<string, object>
            {
                [t["Export.No"]] = i + 1,
                [t["Export.Reception.HeldOn"]] = Text.Date(x.HeldOn),
                [t["Field.unit"]] = x.UnitName,
                [t["Export.Reception.Kind"]] = t[$"SessionKind.{x.Kind}"].Value + " — " + x.ReceivedBy,
                [t["Export.Reception.Who"]] = who,
                [t["Field.people"]] = v.People,
                [t["Export.Reception.Crowd"]] = v.IsCrowd ? t["Reception.Crowd"].Value : "",
                [t["Export.Reception.Content"]] = v.Content,
                [t["Export.Reception.Handling"]] = t[$"VisitOutcome.{v.Outcome}"].Value,
                [t["Export.Reception.FollowUp"]] = followUp,
                [t["Field.note"]] = v.Note ?? "",
            };
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new Dictionary<string, object> { [t["Export.No"]] = "", [t["Export.Reception.Content"]] = t["Export.Empty"].Value });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: t["Export.Reception.Sheet"], cancellationToken: ct);
        return stream.ToArray();
    }

    public static string FileName(Unit unit, DateOnly from, DateOnly to) =>
        $"so-tiep-cong-dan-{unit.Code}-{from.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{to.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
}
