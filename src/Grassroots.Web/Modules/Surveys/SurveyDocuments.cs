using System.Globalization;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>
/// The campaign's results report in the national format (NĐ 30/2020/NĐ-CP, Word): what was surveyed, how many answered by
/// which channel, the index of each element and overall with its 95 % interval, and the method (docs/legal.md SIPAS-INDEX).
/// Official texts are in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class SurveyDocuments(SurveyReader reader, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly Dictionary<SurveyFactor, string> Names = new()
    {
        [SurveyFactor.Access] = "Tiếp cận dịch vụ",
        [SurveyFactor.Procedure] = "Thủ tục hành chính",
        [SurveyFactor.CivilServant] = "Công chức giải quyết công việc",
        [SurveyFactor.Result] = "Kết quả giải quyết",
        [SurveyFactor.Feedback] = "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
    };

    public async Task<FileContent> ReportAsync(Guid id, CancellationToken ct)
    {
        var c = await reader.CampaignAsync(id, ct);
        static string P(decimal? v) => v is { } x ? x.ToString("0.##", Vi) + "%" : "—";
        static string Ci(IndexValue v) => v.Low is { } lo && v.High is { } hi ? $"{lo.ToString("0.##", Vi)} – {hi.ToString("0.##", Vi)}%" : "—";
        var on = c.ClosedOn ?? clock.VietnamToday();
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [c.UnitName.ToUpper(Vi)], "/BC-UBND", Unit.PlaceName(c.UnitName), on,
            "BÁO CÁO", "Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của " + c.UnitName));
        doc.Section(1, "KHÁI QUÁT CUỘC KHẢO SÁT")
            .Paragraph($"Cuộc khảo sát \"{c.Title}\" được thực hiện từ ngày {Text.Date(c.From)} đến ngày {Text.Date(c.To)}, theo phiếu \"{c.QuestionnaireTitle}\" (phiên bản {c.QuestionnaireNumber}), "
                + $"đo lường 5 yếu tố theo Đề án đo lường sự hài lòng (Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ trưởng Bộ Nội vụ).")
            .Paragraph($"Số phiếu thu được: {c.Responses.ToString("N0", Vi)}/{c.TargetSample.ToString("N0", Vi)} phiếu dự kiến "
                + $"(cổng thông tin: {c.ByChannel.GetValueOrDefault(ResponseChannel.Portal)}; mã QR tại Bộ phận Một cửa: {c.ByChannel.GetValueOrDefault(ResponseChannel.Qr)}; "
                + $"phiếu giấy: {c.ByChannel.GetValueOrDefault(ResponseChannel.Paper)}). Phiếu không ghi tên, không lưu địa chỉ IP, chỉ lưu ngày gửi.");
        doc.Section(1, "KẾT QUẢ").Table(["TT", "Yếu tố", "Hài lòng / số câu trả lời", "Chỉ số", "Khoảng tin cậy 95%"],
            [
                .. c.Index.Factors.Select((f, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), Names[f.Factor],
                    $"{f.Value.Satisfied.ToString("N0", Vi)}/{f.Value.Answers.ToString("N0", Vi)}", P(f.Value.Percent), Ci(f.Value)]),
                ["", "Chỉ số hài lòng chung", "", P(c.Index.Overall.Percent), Ci(c.Index.Overall)],
            ], weights: [1, 6, 3, 2, 3]);
        if (c.Index.PetitionAnswers > 0)
        {
            doc.Paragraph($"Yếu tố \"tiếp nhận, xử lý góp ý, phản ánh, kiến nghị\" gồm cả {c.Index.PetitionAnswers.ToString("N0", Vi)} đánh giá của người gửi đơn thư về kết quả giải quyết "
                + $"({c.Index.PetitionSatisfied.ToString("N0", Vi)} hài lòng).");
        }
        doc.Section(1, "PHƯƠNG PHÁP TÍNH")
            .Paragraph("Chỉ số của mỗi yếu tố là tỷ lệ câu trả lời \"hài lòng\" và \"rất hài lòng\" (4–5 điểm) trên tổng số câu trả lời các câu hỏi về mức độ hài lòng của yếu tố đó; "
                + "chỉ số hài lòng chung là trung bình cộng chỉ số của 5 yếu tố. Khoảng tin cậy 95%: phương pháp Wilson cho từng yếu tố, xấp xỉ chuẩn cho chỉ số chung.");
        var bytes = doc.SignedBy(new Signature(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", ""))
            .Recipients(["Phòng Nội vụ (Sở Nội vụ)", "Thường trực HĐND, UBND", "Lưu: VT"])
            .ToBytes();
        return new FileContent($"bao-cao-khao-sat-{c.UnitCode}-{c.From:yyyyMMdd}.docx", FileKind.Docx.ContentType, bytes);
    }
}
