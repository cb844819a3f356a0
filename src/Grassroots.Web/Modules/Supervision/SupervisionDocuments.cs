using System.Globalization;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Supervision;

/// <summary>
/// Word documents in the national format (NĐ 30/2020/NĐ-CP): a board's inspection or activity plan (kế hoạch), a
/// session's findings record (biên bản) and a recommendation letter (kiến nghị) to the addressed body. Official texts are
/// in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class SupervisionDocuments(SupervisionReader reader)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[] Bytes, string FileName)> PlanAsync(Guid boardId, Guid planId, CancellationToken ct)
    {
        var board = await reader.BoardAsync(boardId, ct);
        var plan = await reader.PlanAsync(boardId, planId, ct);
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [("Ủy ban MTTQ " + board.UnitName).ToUpper(Vi), board.Name.ToUpper(Vi)], "/KH-BTTND",
            Unit.PlaceName(board.UnitName), plan.SentOn ?? plan.PeriodFrom, "KẾ HOẠCH", plan.Title));
        doc.Section(1, "MỤC ĐÍCH, YÊU CẦU").Paragraph(plan.Content ?? "Kiểm tra, giám sát theo chương trình công tác của Ban.");
        doc.Section(1, "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN");
        if (plan.Target is not null)
        {
            doc.Paragraph(new TextRun("Đối tượng kiểm tra, giám sát: ", Bold: true), new TextRun(plan.Target));
        }
        doc.Paragraph(new TextRun("Thời gian: ", Bold: true), new TextRun($"từ ngày {Text.Date(plan.PeriodFrom)} đến ngày {Text.Date(plan.PeriodTo)}."));
        if (plan.Explanation is not null)
        {
            doc.Paragraph(new TextRun(plan.Explanation, Italic: true));
        }
        doc.Section(1, "THÀNH PHẦN").Table(["TT", "Họ và tên", "Chức danh", "Nơi cư trú"],
            board.Members.Where(m => m.LeftOn is null).Select((m, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), m.Name, Role(m.Role), m.Residence ?? ""]));
        var head = board.Members.FirstOrDefault(m => m.Role == MemberRole.Head && m.LeftOn is null);
        var bytes = doc.SignedBy(new Signature(["TM. BAN THANH TRA NHÂN DÂN"], "TRƯỞNG BAN", head?.Name ?? ""))
            .Recipients(["Ban Thường trực Ủy ban MTTQ " + board.UnitName, "Chủ tịch UBND " + board.UnitName, .. plan.Target is null ? Array.Empty<string>() : [plan.Target], "Lưu: BTTND"])
            .ToBytes();
        return (bytes, $"ke-hoach-{board.UnitCode}-{plan.PeriodFrom:yyyyMMdd}.docx");
    }

    public async Task<(byte[] Bytes, string FileName)> FindingsAsync(Guid sessionId, CancellationToken ct)
    {
        var s = await reader.SessionAsync(sessionId, ct);
        var body = s.Kind switch
        {
            SessionKind.Inspection => "BAN THANH TRA NHÂN DÂN",
            SessionKind.Investment => "BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
            _ => "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
        };
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [s.UnitName.ToUpper(Vi), body], "/BB", Unit.PlaceName(s.UnitName), s.EndedOn ?? s.HeldOn, "BIÊN BẢN", s.Topic));
        doc.Paragraph($"Hôm nay, ngày {Text.Date(s.HeldOn)}, tại {s.SupervisedBody ?? s.UnitName}, tiến hành {Kind(s.Kind)}: {s.Topic}.");
        if (s.Document is not null)
        {
            doc.Paragraph(new TextRun("Văn bản: ", Bold: true), new TextRun(s.Document));
        }
        doc.Section(1, "KẾT QUẢ").Paragraph(s.Findings ?? "");
        if (s.Recommendations.Count > 0)
        {
            doc.Section(1, "KIẾN NGHỊ").Table(["TT", "Nội dung kiến nghị", "Gửi đến", "Hạn trả lời"],
                s.Recommendations.Select(r => (IReadOnlyList<string>)[r.Number.ToString(CultureInfo.InvariantCulture), r.Content, Addressee(r), Text.Date(r.DueOn)]));
        }
        doc.Paragraph(new TextRun("Biên bản được lập thành 03 bản, đọc lại cho các thành viên cùng nghe và thống nhất ký tên.", Italic: true));
        var bytes = doc.SignedBy(new Signature(["TM. " + body], "TRƯỞNG ĐOÀN", "")).Recipients([s.SupervisedBody ?? s.UnitName, "Lưu"]).ToBytes();
        return (bytes, $"bien-ban-{s.UnitCode}-{s.HeldOn:yyyyMMdd}.docx");
    }

    public async Task<(byte[] Bytes, string FileName)> LetterAsync(Guid id, CancellationToken ct)
    {
        var r = await reader.RecommendationAsync(id, ct);
        var sender = r.Source switch
        {
            RecommendationSource.InspectionBoard => "BAN THANH TRA NHÂN DÂN",
            RecommendationSource.InvestmentBoard => "BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
            _ => "BAN THƯỜNG TRỰC ỦY BAN MTTQ",
        };
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [r.UnitName.ToUpper(Vi), sender], "/KN", Unit.PlaceName(r.UnitName), r.SentOn, "KIẾN NGHỊ",
            "V/v " + Short(r.Content), Addressee(r)));
        doc.Paragraph(r.Content);
        doc.Paragraph(new TextRun($"Đề nghị {Addressee(r)} xem xét, trả lời bằng văn bản trước ngày {Text.Date(r.DueOn)} ({r.DueExplanation}).", Italic: true));
        var bytes = doc.SignedBy(new Signature(["TM. " + sender], "TRƯỞNG BAN", "")).Recipients(["Như trên", "Lưu"]).ToBytes();
        return (bytes, $"kien-nghi-{r.UnitCode}-{r.SentOn:yyyyMMdd}-{r.Number}.docx");
    }

    private static string Addressee(RecommendationDto r) => r.AddressedBody is null ? r.AddressedUnitName : $"{r.AddressedBody}, {r.AddressedUnitName}";

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    private static string Role(MemberRole role) => role switch
    {
        MemberRole.Head => "Trưởng ban",
        MemberRole.Deputy => "Phó Trưởng ban",
        _ => "Thành viên",
    };

    private static string Kind(SessionKind kind) => kind switch
    {
        SessionKind.Inspection => "kiểm tra, giám sát",
        SessionKind.Investment => "giám sát đầu tư của cộng đồng",
        SessionKind.FrontSupervision => "giám sát",
        SessionKind.Criticism => "phản biện xã hội",
        _ => "góp ý dự thảo văn bản",
    };
}
