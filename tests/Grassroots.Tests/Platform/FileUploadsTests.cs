using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Disclosure;
using Grassroots.Web.Platform.Files;

namespace Grassroots.Tests.Platform;

public sealed class FileUploadsTests
{
    [Theory]
    [InlineData("Dự toán ngân sách 2026.pdf", "Dự toán ngân sách 2026.pdf")]
    [InlineData("C:\\fakepath\\Danh sách hộ nghèo.xlsx", "Danh sách hộ nghèo.xlsx")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("  Báo   cáo\tquý 3 .PDF ", "Báo cáo quý 3.pdf")]
    [InlineData("hoa-don\u202Egpj.pdf", "hoa-dongpj.pdf")]
    [InlineData("tờ trình <b>mật</b>?.docx", "b.docx")]
    [InlineData("Q&A \"quý 3\": kết quả*.pdf", "Q&A quý 3 kết quả.pdf")]
    [InlineData(".pdf", "tep-dinh-kem.pdf")]
    [InlineData("", "tep-dinh-kem")]
    [InlineData("hoa\u0300.pdf", "ho\u00E0.pdf")] // a decomposed tone mark is stored composed (NFC)
    public void File_names_keep_their_Vietnamese_and_lose_what_could_trick(string raw, string expected) =>
        Assert.Equal(expected, FileUploads.SafeFileName(raw));

    [Fact]
    public void A_long_name_is_cut_before_its_extension_without_splitting_a_character()
    {
        // 195 characters fit before ".xlsx": the cut falls between the two halves of the emoji, which goes whole.
        var name = FileUploads.SafeFileName(new string('ệ', 194) + "😀" + new string('a', 50) + ".xlsx");
        Assert.Equal(new string('ệ', 194) + ".xlsx", name);
    }

    public static TheoryData<string, byte[], bool> Kinds => new()
    {
        { ".pdf", SampleFiles.Pdf(), true },
        { ".pdf", SampleFiles.Exe(), false },          // a program renamed .pdf
        { ".docx", SampleFiles.Docx(), true },
        { ".docx", SampleFiles.Docx(macroEnabled: true), false }, // a .docm renamed
        { ".docx", SampleFiles.DocxWithMacros(), false },
        { ".docx", SampleFiles.Xlsx(), false },        // a workbook renamed .docx
        { ".docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], false }, // zip magic, not a package
        { ".xlsx", SampleFiles.Xlsx(), true },
        { ".doc", SampleFiles.LegacyDoc(), false },
        { ".png", SampleFiles.Png(), true },
        { ".jpg", SampleFiles.Png(), false },
    };

    [Theory, MemberData(nameof(Kinds))]
    public void A_file_is_taken_for_what_its_bytes_are(string extension, byte[] content, bool accepted) =>
        Assert.Equal(accepted, DisclosureFiles.Policy.Kinds.Any(k => k.Matches(extension, content)));

    [Theory]
    [InlineData(UnitKind.Commune, DisclosureAudience.Commune)]
    [InlineData(UnitKind.Ward, DisclosureAudience.Commune)]
    [InlineData(UnitKind.SpecialZone, DisclosureAudience.Commune)]
    [InlineData(UnitKind.Agency, DisclosureAudience.Agency)]
    [InlineData(UnitKind.PublicServiceUnit, DisclosureAudience.Agency)]
    [InlineData(UnitKind.Enterprise, DisclosureAudience.Enterprise)]
    [InlineData(UnitKind.Organisation, null)]
    [InlineData(UnitKind.District, null)]
    [InlineData(UnitKind.ResidentialCommunity, null)]
    public void Each_kind_of_unit_answers_to_its_own_catalogue(UnitKind kind, DisclosureAudience? audience) =>
        Assert.Equal(audience, DisclosureCatalogue.AudienceOf(kind));

    [Fact]
    public void The_seeded_catalogues_have_distinct_ids_and_every_item_carries_a_note()
    {
        DisclosureCategory[] all = [.. DisclosureCatalogue.Commune, .. DisclosureCatalogue.Agency, .. DisclosureCatalogue.Enterprise];
        Assert.Equal(all.Length, all.Select(c => c.Id).Distinct().Count());
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Note), c.Name));
        Assert.All(DisclosureCatalogue.Agency, c => Assert.Equal(DisclosureAudience.Agency, c.Audience));
        Assert.All(DisclosureCatalogue.Enterprise, c => Assert.Equal(DisclosureAudience.Enterprise, c.Audience));
        Assert.Equal(14, DisclosureCatalogue.Commune.Length);
    }
}
