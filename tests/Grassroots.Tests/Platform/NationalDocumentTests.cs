using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Grassroots.Web.Platform.Documents;
using Doc = Grassroots.Web.Platform.Documents;

namespace Grassroots.Tests.Platform;

/// <summary>The national document format (NĐ 30/2020/NĐ-CP Điều 8, Phụ lục I) as a reader of the .docx sees it.</summary>
public sealed class NationalDocumentTests
{
    private static byte[] StateReport() =>
        new NationalDocument(new DocumentHeading(
                HeaderStyle.State, ["UBND huyện Bình Sơn", "Phòng Nội vụ"], "278/BC-UBND", "Bình Sơn", new DateOnly(2024, 4, 5),
                "Báo cáo", "Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU\nvề nâng cao hiệu quả công tác dân vận", "Sở Nội vụ"))
            .Part("Đánh giá kết quả 03 năm thực hiện Chỉ thị 08")
            .Section(1, "Đặc điểm, tình hình")
            .Paragraph(new Doc.TextRun("Huyện có 22 đơn vị hành chính"), new Doc.Footnote("Theo Nghị quyết số 05-NQ/HU ngày 09/12/2021 của Huyện ủy."), new Doc.TextRun("."))
            .Section(1, "Kết quả thực hiện")
            .Section(2, "Công tác tiếp công dân")
            .Paragraph("Tiếp 455 lượt/578 người với 420 vụ việc.")
            .Section(3, "Tiếp định kỳ")
            .Section(2, "Giải quyết đơn thư")
            .Table(["Đơn vị", "Số đơn", "Tỷ lệ"], [["Xã Bình An", "1.234", "99,17%"]], "Bảng 1")
            .Part("Nhiệm vụ trọng tâm")
            .Section(1, "Nhiệm vụ")
            .SignedBy(new Signature(["TM. Ủy ban nhân dân", "KT. Chủ tịch"], "Phó Chủ tịch", "Nguyễn Văn A"))
            .Recipients(["Sở Nội vụ", "TT Huyện ủy"])
            .ToBytes();

    private static List<string> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

    [Fact]
    public void State_report_carries_every_part_of_the_header_and_numbered_sections_in_order()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(StateReport()), false);
        var text = Paragraphs(doc);

        Assert.Equal(["UBND HUYỆN BÌNH SƠN", "PHÒNG NỘI VỤ", "Số: 278/BC-UBND"], text.Take(3));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Sơn, ngày 05 tháng 4 năm 2024"], text.Skip(3).Take(3));
        Assert.Equal(["BÁO CÁO", "Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU", "về nâng cao hiệu quả công tác dân vận", "Kính gửi: Sở Nội vụ."], text.Skip(6).Take(4));

        var headings = text.Where(t => t.StartsWith("Phần", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(t, @"^([IVX]+|\d+(\.\d+)?)\. ")).ToList();
        Assert.Equal(
        [
            "Phần thứ nhất", "I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "1. Công tác tiếp công dân", "1.1. Tiếp định kỳ",
            "2. Giải quyết đơn thư", "Phần thứ hai", "I. NHIỆM VỤ",
        ], headings);

        Assert.Contains("Nơi nhận:", text);
        Assert.Equal(["- Sở Nội vụ;", "- TT Huyện ủy;", "- Lưu: VT."], text.SkipWhile(t => t != "Nơi nhận:").Skip(1).Take(3));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"], text.TakeLast(4));
    }

    [Fact]
    public void Page_is_A4_with_the_decree_margins_Times_New_Roman_and_page_numbers_from_page_two()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(StateReport()), false);
        var section = doc.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 851u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>());

        var fonts = doc.MainDocumentPart.Document.Descendants<RunFonts>().Select(f => f.Ascii?.Value).Distinct().ToList();
        Assert.Equal(["Times New Roman"], fonts);

        var defaultHeader = section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.Default);
        var header = (HeaderPart)doc.MainDocumentPart.GetPartById(defaultHeader.Id!);
        Assert.Contains("PAGE", header.Header.InnerText);
        Assert.Equal(JustificationValues.Center, header.Header.Descendants<Justification>().First().Val!.Value);
        var firstHeader = section.Elements<HeaderReference>().Single(h => h.Type! == HeaderFooterValues.First);
        Assert.Equal("", ((HeaderPart)doc.MainDocumentPart.GetPartById(firstHeader.Id!)).Header.InnerText);

        // Quốc hiệu bold, Nơi nhận bold italic 12 pt, place and date italic.
        var runs = doc.MainDocumentPart.Document.Descendants<Run>().ToList();
        var motto = runs.Single(r => r.InnerText == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.NotNull(motto.RunProperties!.Bold);
        var recipients = runs.Single(r => r.InnerText == "Nơi nhận:");
        Assert.NotNull(recipients.RunProperties!.Bold);
        Assert.NotNull(recipients.RunProperties.Italic);
        Assert.Equal("24", recipients.RunProperties.FontSize!.Val!.Value);
        Assert.NotNull(runs.Single(r => r.InnerText.StartsWith("Bình Sơn, ngày", StringComparison.Ordinal)).RunProperties!.Italic);
    }

    [Fact]
    public void Footnotes_tables_and_the_whole_package_are_valid_for_Word()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(StateReport()), false);
        var notes = doc.MainDocumentPart!.FootnotesPart!.Footnotes.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Single(notes);
        Assert.Contains("Nghị quyết số 05-NQ/HU", notes[0].InnerText);
        Assert.Single(doc.MainDocumentPart.Document.Descendants<FootnoteReference>(), r => r.Id!.Value == notes[0].Id!.Value);

        var table = doc.MainDocumentPart.Document.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Số đơn", StringComparison.Ordinal));
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Xã Bình An", "1.234", "99,17%"], table.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText));

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Party_header_uses_the_party_motto_and_its_number_style()
    {
        var bytes = new NationalDocument(new DocumentHeading(
                HeaderStyle.Party, ["Huyện ủy Đam Rông", "Ban Chỉ đạo thực hiện", "Quy chế dân chủ cơ sở"], "05-BC/BCĐ", "Đam Rông", new DateOnly(2022, 6, 22),
                "Báo cáo", "Kết quả xây dựng và thực hiện quy chế dân chủ 6 tháng đầu năm"))
            .Section(1, "Khái quát đặc điểm tình hình")
            .SignedBy(new Signature([], "Trưởng Ban Chỉ đạo", "Trương Hữu Đồng"))
            .ToBytes();
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = Paragraphs(doc);
        Assert.Equal(["HUYỆN ỦY ĐAM RÔNG", "BAN CHỈ ĐẠO THỰC HIỆN", "QUY CHẾ DÂN CHỦ CƠ SỞ", "*", "Số 05-BC/BCĐ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đam Rông, ngày 22 tháng 6 năm 2022"], text.Take(7));
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH", text);
        Assert.DoesNotContain("Nơi nhận:", text);
    }

    [Fact]
    public void A_number_column_is_narrow_and_a_name_column_wide_and_together_they_fill_the_line()
    {
        var widths = NationalDocument.ColumnWidths(["TT", "Đơn vị", "Số đơn"],
            [["1", "Xã Liêng S'rônh, huyện Đam Rông", "12"], ["2", "Xã Đạ M'Rông", "1.234"]], null);
        Assert.Equal(11906 - 1701 - 851, widths.Sum());
        Assert.True(widths[0] < widths[2] && widths[2] < widths[1], string.Join(",", widths));
        Assert.Equal([2338, 7016], NationalDocument.ColumnWidths(["A", "B"], [], [1, 3]));
    }

    [Theory]
    [InlineData(2022, 2, 5, "ngày 05 tháng 02 năm 2022")]
    [InlineData(2024, 12, 25, "ngày 25 tháng 12 năm 2024")]
    [InlineData(2024, 3, 9, "ngày 09 tháng 3 năm 2024")]
    public void Day_under_ten_and_months_one_and_two_take_a_leading_zero(int y, int m, int d, string expected) =>
        Assert.EndsWith(expected, NationalDocument.PlaceAndDate("Bình Sơn", new DateOnly(y, m, d)));
}
