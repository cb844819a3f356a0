using System.Globalization;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>
/// The closing summary of a consultation (báo cáo tổng hợp, tiếp thu, giải trình ý kiến — L10 Điều 28) as a Word
/// document in the national format. Official documents are written in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class SummaryDocument(ConsultationReader reader, TimeProvider clock, IStringLocalizerFactory localizers)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[] Bytes, string FileName)> BuildAsync(Guid id, CancellationToken ct)
    {
        var c = await reader.GetAsync(id, ct);
        var vi = localizers.Create(typeof(SharedResource));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Vi;
        try
        {
            var day = c.SummaryPublishedAt is { } at ? Clock.VietnamDay(at) : clock.VietnamToday();
            var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, ["UBND " + c.UnitName.Replace("Xã ", "xã ", StringComparison.Ordinal)], "      /BC-UBND",
                    c.UnitName.Replace("Xã ", "", StringComparison.Ordinal), day, "Báo cáo", $"Tổng hợp, tiếp thu, giải trình ý kiến của Nhân dân\nvề {c.Title}"))
                .Section(1, "Việc tổ chức lấy ý kiến")
                .Paragraph($"Nội dung lấy ý kiến: {c.Title} ({vi[$"ConsultationSubject.{c.Subject}"].Value}). Thời gian từ ngày {Platform.Text.Date(c.OpensOn)} đến ngày {Platform.Text.Date(c.ClosesOn)}; đối tượng: {vi[$"Commenters.{c.Commenters}"].Value}.")
                .Paragraph($"Tổng số ý kiến nhận được: {c.CommentCount.ToString("N0", Vi)} ý kiến (qua cổng thông tin điện tử, hội nghị và văn bản).");
            if (c.SummaryIntro is { } intro)
            {
                doc.Paragraph(intro);
            }
            doc.Section(1, "Tổng hợp, tiếp thu, giải trình")
                .Table(["TT", "Nhóm ý kiến", "Số ý kiến", "Tiếp thu / giải trình"],
                    c.Groups.Select(g => (IReadOnlyList<string>)[g.Order.ToString(Vi), g.Title, g.Comments.ToString("N0", Vi), $"{vi[$"GroupAnswer.{g.Answer}"].Value}: {g.Response}"]))
                .Paragraph(new TextRun("Căn cứ: Điều 28 Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.", Italic: true));
            var bytes = doc.SignedBy(new Signature(["TM. Ủy ban nhân dân"], "Chủ tịch", ""))
                .Recipients(["Thường trực HĐND xã", "Ủy ban MTTQ Việt Nam xã", "Niêm yết tại trụ sở UBND xã và cổng thông tin điện tử"])
                .ToBytes();
            return (bytes, $"tong-hop-y-kien-{c.Id.ToString()[..8]}.docx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
