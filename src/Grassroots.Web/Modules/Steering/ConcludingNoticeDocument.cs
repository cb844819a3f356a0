using System.Globalization;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// A concluding notice (Thông báo kết luận) as a Word document in the national format: the Party's header for the Party's
/// bodies (the Ban Chỉ đạo under its Party committee), the State's for the People's Committee; its number and date, the
/// inspection it concludes, the general conclusions, and each item with the unit in charge and its due day; signed, with
/// the units named among the recipients.
/// </summary>
[Scoped]
public sealed class ConcludingNoticeDocument(AppDbContext db, SteeringFiles files)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<FileContent> HandleAsync(Guid documentId, CancellationToken ct = default)
    {
        var d = await files.DocumentAsync(documentId, Permission.View, ct);
        if (d.Kind != DocumentKind.Notice || d.Status != DocumentStatus.Issued)
        {
            throw DomainException.NotFound("Steering.NotANotice");
        }
        var unit = d.Unit!;
        var inspection = await db.Set<SteeringInspection>().AsNoTracking().Include(i => i.Units).ThenInclude(u => u.Unit)
            .FirstOrDefaultAsync(i => i.NoticeId == d.Id, ct);
        var items = await db.Set<SteeringTask>().AsNoTracking().Where(t => t.NoticeId == d.Id).OrderBy(t => t.ItemNumber)
            .Select(t => new { t.Title, Unit = t.AssigneeUnit!.Name, t.DueOn, t.ExpectedOutput }).ToListAsync(ct);
        var place = Unit.PlaceName(unit.Name);
        var (lines, governing) = SteeringRules.HeaderLines(d.IssuingBody, unit);
        var doc = new NationalDocument(new DocumentHeading(d.Format, lines, d.NumberAndSymbol!, place, d.IssuedOn!.Value, "THÔNG BÁO", d.Summary,
            GoverningLines: governing));
        if (inspection is not null)
        {
            var basis = inspection.DocumentId is { } basisId && await db.Set<SteeringDocument>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == basisId, ct) is { NumberAndSymbol: { } symbol } b
                ? $"Thực hiện {SteeringRules.KindName(b.Kind)} số {symbol}{(b.IssuedOn is { } on ? " ngày " + SteeringRules.Date(on) : "")}, t"
                : "T";
            var units = string.Join(", ", inspection.Units.OrderBy(u => u.Unit!.Code, StringComparer.Ordinal).Select(u => u.Unit!.Name));
            doc.Paragraph($"{basis}ừ ngày {SteeringRules.Date(inspection.From)} đến ngày {SteeringRules.Date(inspection.To)}, Đoàn kiểm tra của "
                + $"{SteeringRules.BodyName(d.IssuingBody, unit.Kind)} đã tiến hành {SteeringRules.LowerFirst(inspection.Title.TrimEnd('.'))} tại {units}. "
                + $"Trên cơ sở báo cáo của Đoàn kiểm tra, {SteeringRules.BodyName(d.IssuingBody, unit.Kind)} kết luận như sau:");
        }
        doc.Section(1, "KẾT LUẬN CHUNG");
        foreach (var p in (d.Body ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            doc.Paragraph(p);
        }
        if (inspection is not null && inspection.Units.Any(u => !string.IsNullOrWhiteSpace(u.Findings)))
        {
            doc.Section(1, "KẾT QUẢ KIỂM TRA TẠI CÁC ĐƠN VỊ");
            foreach (var u in inspection.Units.Where(u => !string.IsNullOrWhiteSpace(u.Findings)).OrderBy(u => u.Unit!.Code, StringComparer.Ordinal))
            {
                doc.Section(2, u.Unit!.Name);
                foreach (var p in u.Findings!.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    doc.Paragraph(p);
                }
            }
        }
        doc.Section(1, "NHIỆM VỤ THỰC HIỆN KẾT LUẬN");
        var n = 0;
        foreach (var i in items)
        {
            n++;
            doc.Paragraph(new TextRun($"{n.ToString(CultureInfo.InvariantCulture)}. {i.Title.TrimEnd('.')}. "),
                new TextRun($"Đơn vị thực hiện: {i.Unit}; thời hạn hoàn thành: {SteeringRules.Date(i.DueOn)}"
                    + (i.ExpectedOutput is { } o ? $"; sản phẩm: {o}" : "") + ".", Italic: true));
        }
        var recipients = (d.Recipients ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (recipients.Count == 0)
        {
            recipients = [.. items.Select(i => i.Unit).Distinct(StringComparer.Ordinal), "Lưu: VT"];
        }
        doc.SignedBy(new Signature([SteeringRules.Authority(d.IssuingBody)], (d.SignerTitle ?? "").ToUpper(Vi), d.SignerName ?? "")).Recipients(recipients);
        var name = $"Thong-bao-ket-luan-{d.NumberAndSymbol!.Replace('/', '-')}.docx";
        return new FileContent(FileUploads.SafeFileName(name), FileKind.Docx.ContentType, doc.ToBytes());
    }
}
