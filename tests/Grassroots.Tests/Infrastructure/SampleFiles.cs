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

    /// <summary>An old Word 97–2003 file: an OLE compound document.</summary>
    public static byte[] LegacyDoc() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    /// <summary>A Windows program.</summary>
    public static byte[] Exe() => "MZ\x90\0 chương trình"u8.ToArray();
}
