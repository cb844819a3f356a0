using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grassroots.Import;
using Grassroots.Import.Diacritics;
using Grassroots.Import.Vietnamese;
using Xunit.Abstractions;

namespace Grassroots.Tests.Import;

/// <summary>
/// Reading the reports the platform replaces (issue 18): restoring marks, extracting metadata and figures against our
/// annotations of the seeds (the Đam Rông report held out), every encoding and file kind, and the files that must be
/// refused with a reason.
/// </summary>
public sealed class ReportReadingTests(ITestOutputHelper output)
{
    private static readonly ReportImporter Importer = ReportImporter.Default;

    [Fact]
    public void The_held_out_seed_stripped_of_its_marks_comes_back_at_least_95_percent_exactly_with_and_without_OCR_noise()
    {
        var gold = ImportScoring.Load(ImportScoring.HeldOut).Text;
        foreach (var noise in new[] { 0.0, 0.05 })
        {
            var damaged = RestorationScore.Damage(gold, noise, seed: 7);
            Assert.NotEqual(gold, damaged);
            var (share, words) = RestorationScore.Compare(gold, DiacriticsRestorer.Default.Restore(damaged).Text);
            output.WriteLine($"noise {noise:P0}: {share:P2} of {words} syllables restored exactly");
            Assert.True(share >= 0.95, $"noise {noise:P0}: {share:P2} restored");
        }
    }

    [Fact]
    public void Text_that_has_its_marks_is_left_as_it_is_and_numbers_codes_and_links_pass_through()
    {
        var seed = ImportScoring.Load(ImportScoring.Tuning).Text.Normalize(NormalizationForm.FormC);
        var restored = DiacriticsRestorer.Default.Restore(seed);
        Assert.Equal(seed, restored.Text);
        Assert.False(restored.Restored);

        var line = "Ke hoach so 47/KH-UBND ngay 04/4/2022, tiep nhan 29.264 ho so (dat 70,41 %), xem https://dichvucong.gov.vn/p/home.";
        var back = DiacriticsRestorer.Default.Restore(line);
        Assert.Contains("47/KH-UBND", back.Text, StringComparison.Ordinal);
        Assert.Contains("04/4/2022", back.Text, StringComparison.Ordinal);
        Assert.Contains("29.264", back.Text, StringComparison.Ordinal);
        Assert.Contains("70,41 %", back.Text, StringComparison.Ordinal);
        Assert.Contains("https://dichvucong.gov.vn/p/home", back.Text, StringComparison.Ordinal);
        Assert.StartsWith("Kế hoạch số 47/KH-UBND ngày 04/4/2022, tiếp nhận 29.264 hồ sơ (đạt 70,41 %)", back.Text, StringComparison.Ordinal);
        // Every restored word carries its confidence; the review lists the least sure first.
        Assert.All(back.Syllables, s => Assert.InRange(s.Confidence, 0, 1));
        var uncertain = back.Uncertain(1.01).Select(s => s.Confidence).ToList();
        Assert.Equal(uncertain.Order().ToList(), uncertain);
    }

    [Fact]
    public void The_tone_mark_sits_where_the_one_convention_puts_it()
    {
        // docs/import.md: the "old" placement of administrative documents — on the first vowel of an open oa/oe/uy.
        Assert.Equal("hóa", VietnameseText.NormalizeTone("hoá"));
        Assert.Equal("thủy", VietnameseText.NormalizeTone("thuỷ"));
        Assert.Equal("hoàn", VietnameseText.NormalizeTone("hoàn"));
        Assert.Equal("người", VietnameseText.NormalizeTone("người"));
        Assert.Equal("quốc", VietnameseText.NormalizeTone("quốc"));
        Assert.Equal("khuyến", VietnameseText.NormalizeTone("khuyến"));
    }

    [Fact]
    public void The_held_out_seeds_figures_and_metadata_are_found_at_least_95_percent_with_their_value_and_place()
    {
        foreach (var name in new[] { ImportScoring.HeldOut, ImportScoring.Tuning })
        {
            var gold = ImportScoring.Load(name);
            var report = Importer.Import(gold.Bytes);
            var (found, keyed, missed) = ImportScoring.ScoreFigures(gold, report.Text, report.Figures);
            var (metadata, wrong) = ImportScoring.ScoreMetadata(gold, report.Text, report.Metadata);
            output.WriteLine($"{name}: figures found {found:P1}, keys right {keyed:P1}, metadata {metadata:P1}");
            Assert.True(found >= 0.95, $"{name}: figures found {found:P1}; missed: {string.Join("; ", missed)}");
            Assert.True(metadata >= 0.95, $"{name}: metadata {metadata:P1}; wrong: {string.Join("; ", wrong)}");
            Assert.True(keyed >= 0.90, $"{name}: keys {keyed:P1}; {string.Join("; ", missed)}");
            // Every quote is the file's own characters at the place the figure gives.
            Assert.All(report.Figures, f => Assert.Equal(f.Quote, report.Text.Substring(f.Start, f.Length)));
        }
    }

    [Fact]
    public void A_seed_stripped_and_damaged_like_an_OCR_scan_still_gives_its_figures_and_metadata()
    {
        var gold = ImportScoring.Load(ImportScoring.HeldOut);
        var damaged = RestorationScore.Damage(gold.Text, 0.05, seed: 11);
        var report = Importer.Import(Encoding.UTF8.GetBytes(damaged));
        Assert.True(report.Restored);
        var (found, keyed, missed) = ImportScoring.ScoreFigures(gold, report.Text, report.Figures);
        var (metadata, wrong) = ImportScoring.ScoreMetadata(gold, report.Text, report.Metadata);
        output.WriteLine($"damaged {ImportScoring.HeldOut}: figures found {found:P1}, keys right {keyed:P1}, metadata {metadata:P1} ({string.Join("; ", wrong)})");
        Assert.True(found >= 0.95, $"figures found {found:P1}; missed: {string.Join("; ", missed)}");
        Assert.True(keyed >= 0.85, $"keys {keyed:P1}; {string.Join("; ", missed)}");
        Assert.True(metadata >= 0.8, $"metadata {metadata:P1}; wrong: {string.Join("; ", wrong)}");
        // Quotes are of the text as read (without marks), not of the restoration.
        Assert.All(report.Figures, f => Assert.Equal(f.Quote, damaged.Normalize(NormalizationForm.FormC).Substring(f.Start, f.Length)));
    }

    private const string Paragraph = "Ủy ban nhân dân huyện Đam Rông báo cáo: trong 6 tháng đầu năm 2022, Ban Tiếp công dân đã tiếp 65 lượt với 80 người; " +
        "tiếp nhận 89 đơn, trong đó có 14 đơn khiếu nại, 75 đơn kiến nghị. Người dân phản ánh tình trạng thiếu nước sinh hoạt ở các thôn, " +
        "việc bồi thường, hỗ trợ tái định cư, quản lý đất đai và bảo vệ rừng; các xã tổ chức đối thoại, công khai kết quả giải quyết.";

    public static TheoryData<string> LegacyEncodings => new() { "TCVN3", "VNI", "VIQR", "Windows-1258", "UTF-16", "TCVN3 pasted into UTF-8" };

    [Theory, MemberData(nameof(LegacyEncodings))]
    public void A_text_file_in_a_legacy_encoding_is_read_as_Unicode_NFC(string encoding)
    {
        var text = string.Join("\n\n", Enumerable.Repeat(Paragraph, 3));
        var bytes = LegacyBytes.Encode(text, encoding);
        var read = Grassroots.Import.Reading.ReportReader.Read(bytes);
        Assert.Equal(text, read.Text.Trim());
        Assert.True(read.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void A_file_mixing_TCVN3_and_VNI_is_refused_with_its_reason()
    {
        var bytes = LegacyBytes.Encode(Paragraph + "\n" + Paragraph, "TCVN3").Concat("\n"u8.ToArray())
            .Concat(LegacyBytes.Encode(Paragraph + "\n" + Paragraph, "VNI")).ToArray();
        var e = Assert.Throws<ImportException>(() => Grassroots.Import.Reading.ReportReader.Read(bytes));
        Assert.Equal(ImportError.MixedEncodings, e.Error);
        Assert.Contains("trộn nhiều bảng mã", e.MessageIn(new("vi")), StringComparison.Ordinal);
        Assert.Contains("mixes several Vietnamese encodings", e.MessageIn(new("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_report_is_read_paragraph_by_paragraph_and_its_table_cell_by_cell()
    {
        var seed = ImportScoring.Load(ImportScoring.HeldOut).Text;
        var docx = WordReport(seed.Split('\n'), [["Nội dung", "Số lượng"], ["Tiếp công dân", "65 lượt"], ["Đơn tiếp nhận", "89 đơn"]]);
        var report = Importer.Import(docx);
        Assert.Equal(Grassroots.Import.Reading.ReportFormat.Docx, report.Source.Format);
        Assert.Equal("05-BC/BCD", report.Metadata.DocumentNumber?.Value);
        Assert.Contains(report.Figures, f => f.Value == 7554 && f.Key == "onestop.received");
        Assert.Contains("Tiếp công dân | 65 lượt", report.Text, StringComparison.Ordinal);
        Assert.Contains(report.Figures, f => f.Value == 65 && f.Quote == "65 lượt" && report.Text.Substring(f.Start - 16, 16) == "Tiếp công dân | ");
    }

    [Fact]
    public void A_scanned_page_as_an_image_or_as_a_PDF_without_text_is_read_with_Tesseract_and_its_figures_found()
    {
        // The seed's heading and its one-stop and letters paragraphs printed by LibreOffice and rendered at 300 dpi:
        // what a scanner gives. The same image also goes in as a PDF page with no text layer.
        var seed = ImportScoring.Load(ImportScoring.HeldOut).Text.Split('\n');
        var lines = seed.Take(18).Concat(seed.Where(l => l.Contains("7.554", StringComparison.Ordinal) || l.Contains("89 đơn", StringComparison.Ordinal) || l.StartsWith('⁶') || l.StartsWith('⁷')));
        var png = Scan(WordReport(lines, []));
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddPng(png, new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        var scannedPdf = builder.Build();
        foreach (var (bytes, format) in new[] { (png, Grassroots.Import.Reading.ReportFormat.Image), (scannedPdf, Grassroots.Import.Reading.ReportFormat.ScannedPdf) })
        {
            var report = Importer.Import(bytes);
            Assert.Equal(format, report.Source.Format);
            Assert.Equal(new DateOnly(2022, 6, 22), report.Metadata.DateOfIssue?.Value);
            Assert.Equal("Báo cáo", report.Metadata.DocumentType?.Value);
            Assert.Contains(report.Figures, f => f.Value == 7554 && f.Key == "onestop.received");
            Assert.Contains(report.Figures, f => f.Value == 89 && f.Key == "petitions.letters");
            Assert.Contains(report.Figures, f => f.Value == 99.17m && f.Key == "onestop.on_time_rate");
        }
    }

    public static TheoryData<string, ImportError> BadFiles => new()
    {
        { "empty", ImportError.Empty },
        { "english", ImportError.NotAReport },
        { "corrupt-docx", ImportError.Corrupt },
        { "protected", ImportError.Encrypted },
        { "zip-bomb", ImportError.ZipBomb },
        { "too-large", ImportError.TooLarge },
        { "pdf-2000-pages", ImportError.TooManyPages },
        { "binary", ImportError.UnsupportedFormat },
        { "blank-image", ImportError.NoText },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void A_file_that_cannot_be_a_report_is_refused_with_its_reason_in_Vietnamese(string kind, ImportError expected)
    {
        var bytes = BadFile(kind);
        var e = Assert.Throws<ImportException>(() => Importer.Import(bytes));
        Assert.Equal(expected, e.Error);
        var vi = e.MessageIn(new("vi"));
        Assert.True(vi.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain("Import.Error", vi, StringComparison.Ordinal);
        Assert.NotEqual(vi, e.MessageIn(new("en")));
    }

    [Fact]
    public void The_command_line_prints_the_JSON_of_each_seed_and_restores_text_on_standard_input()
    {
        foreach (var name in new[] { ImportScoring.HeldOut, ImportScoring.Tuning })
        {
            var gold = ImportScoring.Load(name);
            var path = Path.Combine(Infrastructure.Repo.Root, "docs", "samples", "reports", gold.File);
            var (code, stdout, stderr) = Cli(["import-report", path, "--json"]);
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var m = json.RootElement.GetProperty("metadata");
            Assert.Equal(gold.Metadata.GetProperty("dateOfIssue").GetString(), m.GetProperty("dateOfIssue").GetString());
            Assert.Equal(gold.Metadata.GetProperty("documentNumber").GetString(), m.GetProperty("documentNumber").GetString());
            Assert.Equal(gold.Metadata.GetProperty("reportingPeriod").GetProperty("start").GetString(), m.GetProperty("reportingPeriod").GetProperty("start").GetString());
            Assert.False(json.RootElement.GetProperty("restored").GetBoolean());
            var text = gold.Text;
            var indicators = json.RootElement.GetProperty("indicators").EnumerateArray().ToList();
            Assert.All(indicators, i => Assert.Equal(JsonValueKind.Number, i.GetProperty("value").ValueKind));
            // Each quote is exactly the file's characters.
            Assert.All(indicators, i => Assert.Contains(i.GetProperty("quote").GetString()!, text, StringComparison.Ordinal));
            Assert.Contains(indicators, i => i.GetProperty("key").GetString() == "reception.visits");
        }
        var (rc, restored, _) = Cli(["restore-diacritics"], "Ban Chi dao thuc hien quy che dan chu co so huyen bao cao ket qua");
        Assert.Equal(0, rc);
        Assert.Equal("Ban Chỉ đạo thực hiện quy chế dân chủ cơ sở huyện báo cáo kết quả", restored.Trim());
        var (bad, _, error) = Cli(["import-report", "/dev/null", "--json"]);
        Assert.Equal(1, bad);
        Assert.Contains("Tệp rỗng", error, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) Cli(string[] args, string? stdin = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(typeof(Grassroots.Cli.ImportReportCommand).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, o.Result, e.Result);
    }

    internal static byte[] WordReport(IEnumerable<string> lines, string[][] table)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var line in lines) body.Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            if (table.Length > 0)
            {
                var t = new Table();
                foreach (var row in table) t.Append(new TableRow(row.Select(c => new TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(c)))))));
                body.Append(t);
            }
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A Word file printed to PDF by LibreOffice and its first page rendered to a grey PNG at 300 dpi.</summary>
    internal static byte[] Scan(byte[] docx)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("scan-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "page.docx"), docx);
            Run("soffice", ["--headless", "-env:UserInstallation=file://" + dir.FullName + "/lo", "--convert-to", "pdf", "--outdir", dir.FullName, Path.Combine(dir.FullName, "page.docx")]);
            Run("pdftoppm", ["-r", "300", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", Path.Combine(dir.FullName, "page.pdf"), Path.Combine(dir.FullName, "scan")]);
            return File.ReadAllBytes(Path.Combine(dir.FullName, "scan.png"));
        }
        finally { dir.Delete(true); }
    }

    private static void Run(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool}: {err.Result}");
    }

    private static byte[] BadFile(string kind) => kind switch
    {
        "empty" => [],
        "english" => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The quarterly report of the district lists the meetings held and the letters received. ", 40))),
        "corrupt-docx" => [.. "PK\u0003\u0004"u8.ToArray(), .. Enumerable.Repeat((byte)0x41, 500)],
        "protected" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2000]],
        "zip-bomb" => ZipBomb(),
        "too-large" => new byte[51 << 20],
        "pdf-2000-pages" => ManyPagesPdf(2000),
        "binary" => [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x01, .. new byte[3000]],
        "blank-image" => BlankPng(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A .docx whose document part unpacks to 300 MB of spaces (a few hundred KB packed).</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 300; i++) entry.Write(block);
        }
        return stream.ToArray();
    }

    private static byte[] ManyPagesPdf(int pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < pages; i++) builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        return builder.Build();
    }

    /// <summary>A blank page rendered as a scanner would (no text for Tesseract to find).</summary>
    private static byte[] BlankPng()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("blank-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "blank.pdf"), ManyPagesPdf(1));
            Run("pdftoppm", ["-r", "100", "-gray", "-png", "-singlefile", Path.Combine(dir.FullName, "blank.pdf"), Path.Combine(dir.FullName, "blank")]);
            return File.ReadAllBytes(Path.Combine(dir.FullName, "blank.png"));
        }
        finally { dir.Delete(true); }
    }
}
