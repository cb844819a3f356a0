using System.Globalization;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>
/// The text of a convention as a Word document in the national format: the text in force (or a given version), the
/// commune's decision of recognition, and the four signers. Official texts are in Vietnamese whatever the reader's language.
/// </summary>
[Scoped]
public sealed class ConventionDocument(ConventionReader reader)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<(byte[] Bytes, string FileName)> BuildAsync(Guid id, int? number, CancellationToken ct)
    {
        var c = await reader.GetAsync(id, ct);
        var v = (number is { } n ? c.Versions.FirstOrDefault(x => x.Number == n) : c.InForce ?? c.Versions.FirstOrDefault())
            ?? throw DomainException.NotFound("Convention.VersionNotFound", number ?? 0);
        var kind = c.Kind == ConventionKind.VillageConvention ? "Hương ước" : "Quy ước";
        var summary = c.CommunityName + (v.DecidedOn is { } on && v.Stage is ConventionStage.Recognised or ConventionStage.Superseded
            ? $"\n(Được công nhận theo Quyết định số {v.DecisionNumber} ngày {Platform.Text.Date(on)})"
            : $"\n(Dự thảo lần {v.Number.ToString(CultureInfo.InvariantCulture)})");
        var doc = new NationalDocument(new DocumentHeading(HeaderStyle.State, [c.CommunityName.ToUpper(Vi)], "", Place(c.CommunityName),
            v.DecidedOn ?? v.AdoptedOn ?? Clock.VietnamDay(v.CreatedAt), kind, summary));
        if (v.AmendmentSummary is not null)
        {
            doc.Paragraph(new TextRun("Nội dung sửa đổi, bổ sung: ", Bold: true), new TextRun(v.AmendmentSummary, Italic: true));
        }
        foreach (var line in v.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var heading = line.StartsWith("Chương", StringComparison.Ordinal) || line.StartsWith("Điều", StringComparison.Ordinal);
            doc.Paragraph(new TextRun(line, Bold: heading));
        }
        if (v.AdoptedOn is { } adopted)
        {
            doc.Paragraph(new TextRun($"{kind} này được cộng đồng dân cư thông qua ngày {Platform.Text.Date(adopted)} với {v.VotesInFavour}/{v.HouseholdsAtAdoption} hộ gia đình tán thành ({ConventionRules.AdoptionCitation}).", Italic: true));
            doc.Table(["Trưởng thôn, Tổ trưởng tổ dân phố", "Trưởng ban công tác Mặt trận", "Đại diện hộ gia đình", "Đại diện hộ gia đình"],
                [[v.VillageHead ?? "", v.FrontHead ?? "", v.FirstSigner ?? "", v.SecondSigner ?? ""]]);
        }
        var bytes = doc.SignedBy(new Signature(["TM. CỘNG ĐỒNG DÂN CƯ"], c.Kind == ConventionKind.VillageConvention ? "Trưởng thôn" : "Tổ trưởng tổ dân phố", v.VillageHead ?? ""))
            .Recipients(["UBND " + c.CommuneName, "Ban công tác Mặt trận", "Các hộ gia đình", "Lưu: " + c.CommunityName])
            .ToBytes();
        return (bytes, $"{(c.Kind == ConventionKind.VillageConvention ? "huong-uoc" : "quy-uoc")}-{c.CommunityCode}-lan-{v.Number.ToString(CultureInfo.InvariantCulture)}.docx");
    }

    private static string Place(string community) =>
        community.Replace("Thôn ", "", StringComparison.Ordinal).Replace("Tổ dân phố ", "TDP ", StringComparison.Ordinal);
}
