using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Assessment;

/// <summary>
/// Word documents in the national format (NĐ 30/2020/NĐ-CP): the appraisal record of one unit (biên bản thẩm định: every
/// criterion's points, the unit's and the appraiser's, with the reasons) and the decision recognising the results of a set
/// (quyết định công nhận kết quả). Official texts are in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class AssessmentDocuments(AssessmentReader reader, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Level(Classification? c, bool? passed) => c switch
    {
        Classification.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Classification.Good => "Hoàn thành tốt nhiệm vụ",
        Classification.Completed => "Hoàn thành nhiệm vụ",
        Classification.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => passed switch { true => "Đạt chuẩn", false => "Chưa đạt chuẩn", _ => "" },
    };

    private static string P(decimal? p) => p is { } v ? Indicator.Number(v) : "";

    public async Task<FileContent> RecordAsync(Guid id, CancellationToken ct)
    {
        var a = await reader.AssessmentAsync(id, ct);
        var day = a.DecidedOn ?? a.AppraisedOn ?? clock.VietnamToday();
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, ["UBND " + a.IssuerName.ToUpper(Vi), "HỘI ĐỒNG THẨM ĐỊNH"], "/BB-HĐTĐ",
            Unit.PlaceName(a.IssuerName), day, "BIÊN BẢN", $"Thẩm định kết quả tự đánh giá của {a.UnitName} năm {a.Year}"));
        doc.Paragraph($"Căn cứ {a.SetTitle}; Hội đồng thẩm định kết quả tự đánh giá, chấm điểm của {a.UnitName}" + (a.HeadName is null ? "" : $" (người đứng đầu: {a.HeadName})") + ".");
        doc.Section(1, "KẾT QUẢ THẨM ĐỊNH THEO TỪNG TIÊU CHÍ").Table(["Tiêu chí", "Nội dung", "Điểm tối đa", "Đơn vị tự chấm", "Thẩm định", "Lý do điều chỉnh"],
            a.Scores.Select(s => (IReadOnlyList<string>)[s.Number, s.Title + (s.FigureSource is null ? "" : $" ({s.FigureSource})"), P(s.MaxPoints), P(s.SelfPoints),
                P(s.AppraisedPoints), s.AppraisalReason ?? ""]), weights: [1, 5, 1, 1, 1, 3]);
        doc.Section(1, "KẾT LUẬN");
        doc.Paragraph($"Tổng điểm đơn vị tự chấm: {P(a.SelfTotal)}/{P(a.MaxPoints)} điểm; tổng điểm thẩm định: {P(a.FinalTotal ?? a.AppraisedTotal)}/{P(a.MaxPoints)} điểm.");
        if (a.Status == AssessmentStatus.Decided)
        {
            doc.Paragraph(new TextRun("Kết quả: ", Bold: true), new TextRun(Level(a.Result, a.Passed) + (a.StandardName is null ? "" : $" ({a.StandardName})") + "."));
        }
        var bytes = doc.SignedBy(new Signature(["TM. HỘI ĐỒNG"], "CHỦ TỊCH HỘI ĐỒNG", ""))
            .Recipients([a.UnitName, "Lưu: VT, NV"]).ToBytes();
        return new FileContent($"bien-ban-tham-dinh-{a.UnitCode}-{a.Year}.docx", FileKind.Docx.ContentType, bytes);
    }

    public async Task<FileContent> DecisionAsync(Guid setId, CancellationToken ct)
    {
        var ranking = await reader.RankingAsync(setId, ct);
        var s = ranking.Set;
        var day = ranking.Set.ResultsPublishedOn ?? clock.VietnamToday();
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, ["ỦY BAN NHÂN DÂN", s.IssuerName.ToUpper(Vi)], "/QĐ-UBND", Unit.PlaceName(s.IssuerName), day,
            "QUYẾT ĐỊNH", $"Công nhận kết quả {(s.Purpose == SetPurpose.Standard ? "đánh giá " + s.StandardName : "đánh giá, xếp loại")} năm {s.Year}"));
        doc.Paragraph($"Căn cứ {s.Title}; xét đề nghị của Hội đồng thẩm định,");
        doc.Paragraph(new TextRun("QUYẾT ĐỊNH:", Bold: true));
        doc.Paragraph(new TextRun("Điều 1. ", Bold: true), new TextRun($"Công nhận kết quả của {ranking.Rows.Count} đơn vị như sau:"));
        doc.Table(["Thứ hạng", "Đơn vị", "Tổng điểm", "Kết quả"],
            ranking.Rows.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(CultureInfo.InvariantCulture), r.UnitName + (r.HeadName is null ? "" : $" ({r.HeadName})"),
                P(r.Total), Level(r.Result, r.Passed)]), weights: [1, 5, 2, 4]);
        if (s.Purpose != SetPurpose.Standard)
        {
            doc.Paragraph(string.Join("; ", Enum.GetValues<Classification>().Select(c => $"{Level(c, null)}: {Indicator.Padded(ranking.Counts[c])} đơn vị")) + ".");
        }
        doc.Paragraph(new TextRun("Điều 2. ", Bold: true), new TextRun("Quyết định này có hiệu lực kể từ ngày ký. Các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
        var bytes = doc.SignedBy(new Signature(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "")).Recipients(["Như Điều 1", "Lưu: VT, NV"]).ToBytes();
        return new FileContent($"quyet-dinh-{s.IssuerCode}-{s.Year}.docx", FileKind.Docx.ContentType, bytes);
    }
}
