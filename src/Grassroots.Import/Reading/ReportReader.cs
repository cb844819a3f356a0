using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grassroots.Import.Diacritics;
using Grassroots.Import.Vietnamese;
using UglyToad.PdfPig;

namespace Grassroots.Import.Reading;

/// <summary>The kinds of file a report comes in.</summary>
public enum ReportFormat { Docx, Pdf, ScannedPdf, Image, Text }

/// <summary>The text of a file as read, and how it was read.</summary>
public sealed record ReadText(string Text, ReportFormat Format, TextEncoding? Encoding, int Pages);

/// <summary>Limits that keep one file from taking the server: size, unpacked size, pages, OCR pages.</summary>
public sealed record ReadLimits(long MaxBytes = 50L << 20, long MaxUnpackedBytes = 100L << 20, int MaxPages = 500, int MaxOcrPages = 40, TimeSpan? OcrTimeout = null);

/// <summary>
/// Reads the text of a report: Word (.docx) with the Open XML SDK — paragraphs in order, a table row as one line with
/// its cells separated by " | " so each cell stays its own figure; PDF with PdfPig, page by page; a PDF without text
/// (a scan) and images with Tesseract and its Vietnamese data (pdftoppm renders the pages); text files in any encoding
/// <see cref="TextDecoder"/> knows. The kind is told by the file's first bytes, not its name.
/// </summary>
public static class ReportReader
{
    /// <summary>Reads the file; throws <see cref="ImportException"/> with the reason when it cannot.</summary>
    public static ReadText Read(byte[] bytes, ReadLimits? limits = null, DiacriticsModel? model = null)
    {
        limits ??= new ReadLimits();
        if (bytes.Length == 0) throw new ImportException(ImportError.Empty);
        if (bytes.Length > limits.MaxBytes) throw new ImportException(ImportError.TooLarge, bytes.Length >> 20, limits.MaxBytes >> 20);
        var head = bytes.AsSpan(0, Math.Min(8, bytes.Length));
        if (head.StartsWith("PK\u0003\u0004"u8)) return ReadDocx(bytes, limits);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) throw new ImportException(ImportError.Encrypted);
        if (head.StartsWith("%PDF"u8)) return ReadPdf(bytes, limits);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
            return new ReadText(Ocr.Recognise(bytes, limits), ReportFormat.Image, null, 1);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 4096)).IndexOfAny((byte)0, (byte)1) >= 0 && !LooksUtf16(bytes)) throw new ImportException(ImportError.UnsupportedFormat);
        var (text, encoding) = TextDecoder.Decode(bytes, model ?? DiacriticsModel.Default);
        if (string.IsNullOrWhiteSpace(text)) throw new ImportException(ImportError.Empty);
        return new ReadText(text, ReportFormat.Text, encoding, 1);
    }

    static bool LooksUtf16(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) || bytes.Take(200).Count(b => b == 0) > 50);

    static ReadText ReadDocx(byte[] bytes, ReadLimits limits)
    {
        // Look at what the archive declares before anything unpacks it: a "zip bomb" declares gigabytes.
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is null) throw new ImportException(ImportError.UnsupportedFormat);
            long declared = 0;
            foreach (var e in zip.Entries)
            {
                declared += e.Length;
                if (e.CompressedLength > 0 && e.Length / e.CompressedLength > 200 && e.Length > 10 << 20) throw new ImportException(ImportError.ZipBomb, e.Length >> 20);
            }
            if (declared > limits.MaxUnpackedBytes) throw new ImportException(ImportError.ZipBomb, declared >> 20);
        }
        catch (InvalidDataException e) { throw new ImportException(ImportError.Corrupt, e.Message); }
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false,
                new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes / 2 });
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new ImportException(ImportError.NoText);
            var sb = new StringBuilder();
            foreach (var block in body.ChildElements)
            {
                switch (block)
                {
                    case Paragraph p: sb.Append(ParagraphText(p)).Append('\n'); break;
                    case Table t: AppendTable(sb, t); break;
                }
            }
            var text = sb.ToString().Normalize(NormalizationForm.FormC);
            if (string.IsNullOrWhiteSpace(text)) throw new ImportException(ImportError.NoText);
            return new ReadText(text, ReportFormat.Docx, null, 1);
        }
        catch (ImportException) { throw; }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            throw new ImportException(ImportError.Corrupt, e.Message);
        }
    }

    static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    // A table: one line per row, its cells separated by " | " (a cell's own paragraphs joined by spaces), so the
    // figure extractor sees the row's label and its numbers together; a blank line before and after.
    static void AppendTable(StringBuilder sb, Table table)
    {
        sb.Append('\n');
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(ParagraphText)).Trim());
            sb.Append(string.Join(" | ", cells)).Append('\n');
        }
        sb.Append('\n');
    }

    static ReadText ReadPdf(byte[] bytes, ReadLimits limits)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            if (pdf.NumberOfPages > limits.MaxPages) throw new ImportException(ImportError.TooManyPages, pdf.NumberOfPages, limits.MaxPages);
            var sb = new StringBuilder();
            var letters = 0;
            foreach (var page in pdf.GetPages())
            {
                var text = UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(page);
                letters += text.Count(char.IsLetter);
                sb.Append(text).Append("\n\n");
            }
            if (letters >= 20 * pdf.NumberOfPages) return new ReadText(sb.ToString().Normalize(NormalizationForm.FormC), ReportFormat.Pdf, null, pdf.NumberOfPages);
            if (pdf.NumberOfPages > limits.MaxOcrPages) throw new ImportException(ImportError.TooManyPages, pdf.NumberOfPages, limits.MaxOcrPages);
            return new ReadText(Ocr.RecognisePdf(bytes, limits), ReportFormat.ScannedPdf, null, pdf.NumberOfPages);
        }
        catch (ImportException) { throw; }
        catch (UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException) { throw new ImportException(ImportError.Encrypted); }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or InvalidCastException or NullReferenceException)
        {
            throw new ImportException(ImportError.Corrupt, e.Message);
        }
    }
}

/// <summary>Tesseract (Debian: tesseract-ocr, tesseract-ocr-vie) run as a process with a time limit.</summary>
static class Ocr
{
    public static string Recognise(byte[] image, ReadLimits limits)
    {
        var dir = Directory.CreateTempSubdirectory("grassroots-ocr-");
        try
        {
            var input = Path.Combine(dir.FullName, "page");
            File.WriteAllBytes(input, image);
            return Tesseract(input, limits);
        }
        finally { dir.Delete(true); }
    }

    public static string RecognisePdf(byte[] pdf, ReadLimits limits)
    {
        var dir = Directory.CreateTempSubdirectory("grassroots-ocr-");
        try
        {
            var input = Path.Combine(dir.FullName, "scan.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", ["-r", "300", "-gray", "-png", "-l", limits.MaxOcrPages.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(dir.FullName, "p")], limits, ImportError.OcrUnavailable);
            var sb = new StringBuilder();
            foreach (var page in Directory.GetFiles(dir.FullName, "p*.png").Order(StringComparer.Ordinal)) sb.Append(Tesseract(page, limits)).Append("\n\n");
            var text = sb.ToString();
            if (text.Count(char.IsLetter) < 20) throw new ImportException(ImportError.NoText);
            return text;
        }
        finally { dir.Delete(true); }
    }

    static string Tesseract(string input, ReadLimits limits)
    {
        var text = Run("tesseract", [input, "stdout", "-l", "vie", "--psm", "4"], limits, ImportError.OcrUnavailable);
        if (text.Count(char.IsLetter) < 20) throw new ImportException(ImportError.NoText);
        return text.Normalize(NormalizationForm.FormC);
    }

    static string Run(string tool, string[] args, ReadLimits limits, ImportError missing)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(start) ?? throw new ImportException(missing); }
        catch (System.ComponentModel.Win32Exception) { throw new ImportException(missing); }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limits.OcrTimeout ?? TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new ImportException(ImportError.OcrTimeout);
            }
            if (process.ExitCode != 0)
            {
                var message = error.Result;
                if (message.Contains("Failed loading language", StringComparison.Ordinal)) throw new ImportException(missing);
                throw new ImportException(ImportError.OcrFailed, message.Split('\n').FirstOrDefault(l => l.Length > 0) ?? tool);
            }
            return output.Result;
        }
    }
}
