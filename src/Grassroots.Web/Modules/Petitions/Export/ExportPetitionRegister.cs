using System.Globalization;
using Grassroots.Web.Platform.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Petitions.Export;

/// <summary>
/// The petitions register (sổ theo dõi xử lý đơn) of a unit's subtree: the letters received in a period, with
/// their case, kind, status and the next limit. A denouncer is never named in it (LTC Điều 9, 47): the column
/// says the identity is kept secret, whoever exports.
/// </summary>
public sealed class ExportPetitionRegister(AppDbContext db, UnitLineage lineage, IStringLocalizer<SharedResource> t)
{
    public async Task<byte[]> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
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

        var rows = letters.Select((p, i) => new Dictionary<string, object>
        {
            [t["Export.No"]] = i + 1,
            [t["Field.receivedOn"]] = Text.Date(p.ReceivedOn),
            [t["Export.Petitions.TrackingCode"]] = p.TrackingCode,
            [t["Field.unit"]] = p.UnitName,
            [t["Field.channel"]] = t[$"PetitionChannel.{p.Channel}"].Value,
            [t["Export.Petitions.Kind"]] = t[$"PetitionKind.{p.Kind}"].Value,
            [t["Field.petitionerName"]] = p.Kind == PetitionKind.Denunciation
                ? (p.IsAnonymous ? t["Export.Petitions.Anonymous"].Value : t["Petitions.IdentityProtected"].Value)
                : p.PetitionerName ?? "",
            [t["Field.petitionerAddress"]] = p.Kind == PetitionKind.Denunciation ? "" : p.PetitionerAddress ?? "",
            [t["Export.Petitions.Signers"]] = p.SignerCount,
            [t["Field.subject"]] = p.Subject,
            [t["Export.Petitions.Case"]] = p.CaseTitle,
            [t["Export.Petitions.Status"]] = t[$"PetitionStatus.{p.Status}"].Value,
            [t["Export.Petitions.NextDeadline"]] = p.Next is null ? "" : $"{t[$"DeadlineRule.{p.Next.Rule}"].Value}: {Text.Date(p.Next.DueOn)}",
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new Dictionary<string, object> { [t["Export.No"]] = "", [t["Field.subject"]] = t["Export.Empty"].Value });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: t["Export.Petitions.Sheet"], cancellationToken: ct);
        return stream.ToArray();
    }

    public static string FileName(Unit unit, DateOnly from, DateOnly to) =>
        $"so-theo-doi-don-{unit.Code}-{from.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{to.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
}
