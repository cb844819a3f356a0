using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Grassroots.Tests.Infrastructure;

/// <summary>Real files of each kind an officer attaches, and the disguised ones that must be refused.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string text = "biên bản") => [.. "%PDF-1.4\n"u8.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(text), .. "\n%%EOF"u8.ToArray()];

    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static byte[] Docx(string text = "Quyết định công khai dự toán ngân sách", bool macroEnabled = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, macroEnabled ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)))));
        }
        return stream.ToArray();
    }

    /// <summary>A Word document carrying a VBA project, renamed .docx.</summary>
    public static byte[] DocxWithMacros()
    {
        using var stream = new MemoryStream();
        stream.Write(Docx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
            entry.Write([0xCC, 0x61, 0xFF, 0xFF]);
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["Nội dung"] = "Chi thường xuyên", ["Dự toán (triệu đồng)"] = 1250 } });
        return stream.ToArray();
    }

    /// <summary>
    /// A long genuine report: thousands of paragraphs of varied Vietnamese words (a few MiB of XML) and a photograph
    /// (random bytes, as incompressible as a JPEG), about 6 MB in all.
    /// </summary>
    public static byte[] LongDocx(int paragraphs = 20_000, int photoBytes = 4 * 1024 * 1024)
    {
        string[] words = ["Ủy", "ban", "nhân", "dân", "xã", "công", "khai", "dự", "toán", "ngân", "sách", "năm", "thôn", "hộ", "nghèo",
            "đường", "giao", "thông", "nông", "thôn", "kinh", "phí", "đóng", "góp", "quyết", "định", "họp", "biên", "bản", "ý", "kiến",
            "cử", "tri", "đất", "đai", "bồi", "thường", "giải", "phóng", "mặt", "bằng", "trường", "học", "trạm", "y", "tế"];
        var random = new Random(2026);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            for (var i = 0; i < paragraphs; i++)
            {
                var sentence = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
                body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text($"{i + 1}. {sentence}."))));
            }
            main.Document = new Document(body);
            var photo = new byte[photoBytes];
            random.NextBytes(photo);
            main.AddImagePart(ImagePartType.Jpeg).FeedData(new MemoryStream(photo));
        }
        return stream.ToArray();
    }

    private static readonly Lazy<byte[]> DocxBomb = new(() => ZipBomb(Docx()));
    private static readonly Lazy<byte[]> XlsxBomb = new(() => ZipBomb(Xlsx()));

    /// <summary>
    /// A "zip bomb" dressed as a Word document (or an Excel workbook): a real package with one more part, 1 GiB of zeros,
    /// compressed as it is written (the file is about 1 MiB; the test never holds the gigabyte). Built once a run.
    /// </summary>
    public static byte[] ZipBomb(bool workbook = false) => workbook ? XlsxBomb.Value : DocxBomb.Value;

    /// <summary>The parts of <paramref name="package"/>, then <paramref name="inflatedMiB"/> MiB of zeros as a picture.</summary>
    public static byte[] ZipBomb(byte[] package, int inflatedMiB = 1024)
    {
        using var output = new MemoryStream();
        using (var bomb = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
            {
                foreach (var entry in source.Entries)
                {
                    using var from = entry.Open();
                    using var to = bomb.CreateEntry(entry.FullName).Open();
                    from.CopyTo(to);
                }
            }
            using var zeros = bomb.CreateEntry("media/image1.png", CompressionLevel.Optimal).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < inflatedMiB; i++)
            {
                zeros.Write(chunk);
            }
        }
        return output.ToArray();
    }

    /// <summary>An old Word 97–2003 file: an OLE compound document.</summary>
    public static byte[] LegacyDoc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    /// <summary>A Windows program.</summary>
    public static byte[] Exe() => "MZ\x90\0 chương trình"u8.ToArray();
}
