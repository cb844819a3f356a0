using System.Globalization;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>
/// The minutes and ballot count record (biên bản) of a community decision as a Word document in the national format:
/// the meeting, the households taking part, the count per option against all households, and the verdict with its article.
/// Official documents are written in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class DecisionRecord(AppDbContext db, DecisionReader reader, TimeProvider clock, IStringLocalizerFactory localizers)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[] Bytes, string FileName)> BuildAsync(Guid id, CancellationToken ct)
    {
        var m = await reader.GetAsync(id, ct);
        var commune = await db.Units.AsNoTracking().Where(u => u.Code == m.CommuneCode).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        var vi = localizers.Create(typeof(SharedResource));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Vi;
        try
        {
            string T(string key, params object[] args) => vi[key, args].Value;
            var day = m.MeetingHeldOn ?? (m.IsClosed ? m.ClosesOn : Platform.Clock.VietnamToday(clock));
            var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, ["UBND " + commune, m.CommunityName], "      /BB-" + Abbreviation(m.CommunityName),
                    Place(m.CommunityName), day, "Biên bản", $"Kết quả biểu quyết của cộng đồng dân cư\nvề: {m.Question}"))
                .Section(1, "Nội dung, hình thức biểu quyết")
                .Paragraph($"Nội dung: {m.Question} ({T($"DecisionSubject.{m.Subject}")}).")
                .Paragraph($"Hình thức: {string.Join("; ", Enum.GetValues<DecisionForms>().Where(f => f != DecisionForms.None && m.Forms.HasFlag(f)).Select(f => T($"DecisionForms.{f}")))}. Thời gian biểu quyết từ ngày {Platform.Text.Date(m.OpensOn)} đến ngày {Platform.Text.Date(m.ClosesOn)}.");
            if (m.MeetingHeldOn is { } held)
            {
                doc.Section(1, "Hội nghị đại diện hộ gia đình")
                    .Paragraph($"Hội nghị họp ngày {Platform.Text.Date(held)}, có đại diện {m.MeetingHouseholdsPresent}/{m.Households} hộ gia đình dự họp.");
                foreach (var line in (m.Minutes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    doc.Paragraph(line);
                }
            }
            doc.Section(1, "Kết quả kiểm phiếu");
            if (m.Result is { } r)
            {
                doc.Paragraph($"Tổng số hộ gia đình của cộng đồng dân cư: {r.Households}; số hộ tham gia biểu quyết: {r.Participating}.")
                    .Table(["Phương án", "Số hộ tán thành", "Tỷ lệ trên tổng số hộ"],
                        r.Tallies.Select(t => (IReadOnlyList<string>)[t.Text, t.Votes.ToString("N0", Vi), r.Households == 0 ? "—" : (100.0 * t.Votes / r.Households).ToString("0.##", Vi) + "%"]))
                    .Section(1, "Kết luận")
                    .Paragraph(new TextRun(T($"Verdict.{r.Verdict}") + ". ", Bold: true), new TextRun(T(r.ReasonKey, r.Args)))
                    .Paragraph(T(r.RuleKey, r.RuleArgs) + ".")
                    .Paragraph(new TextRun($"Căn cứ: {r.Citation}.", Italic: true));
                if (m.RecognisedAt is { } at)
                {
                    doc.Paragraph($"Kết quả đã được Chủ tịch UBND xã công nhận ngày {Platform.Text.Date(Clock.VietnamDay(at))}.");
                }
            }
            else
            {
                doc.Paragraph($"Việc biểu quyết đang diễn ra: đã có {m.Voted}/{m.Households} hộ tham gia. Kết quả được kiểm khi kết thúc biểu quyết.");
            }
            var bytes = doc.SignedBy(new Signature([], "Trưởng thôn", ""))
                .Recipients(["UBND " + commune, "Ban Thường trực Ủy ban MTTQ Việt Nam xã"])
                .ToBytes();
            return (bytes, $"bien-ban-bieu-quyet-{m.Id.ToString()[..8]}.docx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Place(string community) => community.Replace("Thôn ", "", StringComparison.Ordinal).Replace("Tổ dân phố ", "TDP ", StringComparison.Ordinal);

    private static string Abbreviation(string community) => community.StartsWith("Tổ", StringComparison.Ordinal) ? "TDP" : "T";
}
