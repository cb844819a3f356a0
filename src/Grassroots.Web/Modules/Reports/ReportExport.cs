using System.Globalization;
using System.Text;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Reports;

/// <summary>The composed report as a Word document (national format) and its tables as an Excel workbook (the appendix).</summary>
public static class ReportExport
{
    /// <summary>Phrases a file name writes as officers abbreviate them.</summary>
    private static readonly (string Phrase, string Short)[] Abbreviations =
    [
        ("quy chế dân chủ ở cơ sở", "QCDC"), ("quy chế dân chủ cơ sở", "QCDC"), ("quy chế dân chủ", "QCDC"), ("dân chủ ở cơ sở", "DCCS"),
        ("ủy ban nhân dân", "UBND"), ("hội đồng nhân dân", "HĐND"),
    ];

    /// <summary>
    /// The file's name from the report's number and title, in ASCII: "05-BC-BCD-ket-qua-xay-dung-va-thuc-hien-QCDC-6-thang-dau-nam-2022.docx"
    /// (the summary up to its first comma, abbreviations kept in capitals); "bao-cao-…" while the report has no number yet.
    /// </summary>
    public static string FileName(ComposedReport r, string extension, string? prefix = null)
    {
        var title = r.Summary.Split(',')[0];
        foreach (var (phrase, abbreviation) in Abbreviations)
        {
            title = title.Replace(phrase, abbreviation, StringComparison.OrdinalIgnoreCase);
        }
        var words = Ascii(title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 1 && w.All(char.IsAsciiLetterUpper) ? w : w.ToLowerInvariant()).ToList();
        var slug = new StringBuilder();
        foreach (var w in words)
        {
            if (slug.Length + w.Length + 1 > 80)
            {
                break;
            }
            slug.Append(slug.Length > 0 ? "-" : "").Append(w);
        }
        var number = r.Number is { } n ? Ascii(n + r.NumberAndSymbol[n.Length..]).Replace(' ', '-') : "bao-cao";
        return $"{(prefix is null ? "" : prefix + "-")}{number}-{slug}.{extension}";
    }

    /// <summary>Letters and digits without their marks (Đ as D), any other character a space; "/" and "-" as "-".</summary>
    private static string Ascii(string text)
    {
        var b = new StringBuilder();
        foreach (var c in text.Replace('\u0110', 'D').Replace('\u0111', 'd').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            b.Append(char.IsAsciiLetterOrDigit(c) ? c : c is '/' or '-' ? '-' : ' ');
        }
        return string.Join('-', b.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    public static byte[] Word(ComposedReport r)
    {
        var doc = new NationalDocument(new DocumentHeading(r.Style, r.IssuingBody, r.NumberAndSymbol, r.Place, r.Date, r.DocumentType, r.Summary,
            r.Addressee, r.GoverningLines));
        if (r.Opening is { } opening)
        {
            doc.Paragraph(opening);
        }
        foreach (var s in r.Sections)
        {
            doc.Section(s.Level, s.Title);
            foreach (var b in s.Blocks)
            {
                if (b.Paragraph is { } p)
                {
                    doc.Paragraph([new TextRun(p.Text), .. p.Footnotes.Select(f => new Footnote(f))]);
                }
                else if (b.Table is { } t)
                {
                    doc.Table(t.Columns, t.Rows);
                }
            }
        }
        if (r.Closing is { } closing)
        {
            doc.Paragraph(closing);
        }
        doc.SignedBy(new Signature(r.SignerAuthority, r.SignerTitle, r.SignerName)).Recipients(r.Recipients);
        return doc.ToBytes();
    }

    /// <summary>
    /// One sheet per table ("Phu luc 1", ...): a title block (the issuing body, the appendix and its table's title, what the
    /// report is about), then the table with its figures as numbers an officer can sum and sort.
    /// </summary>
    public static byte[] Appendix(ComposedReport r)
    {
        var issuer = string.Join(" ", r.IssuingBody.Skip(r.GoverningLines));
        var workbook = new Spreadsheet();
        var i = 0;
        foreach (var t in r.Appendix)
        {
            i++;
            var columns = t.Columns.Select((c, n) => new SheetColumn(c, n switch { 0 => 6, 1 => 30, _ => 18 })).ToList();
            workbook.Sheet($"Phu luc {i}", [issuer, $"Phụ lục {i}: {t.Title}", r.Summary], columns, t.Cells.Select(row => row.Select(Whole).ToList()));
        }
        if (i == 0)
        {
            workbook.Sheet("Phu luc", [issuer, r.Summary], [new SheetColumn("Ghi chú", 60)], [["Mẫu báo cáo không có bảng số liệu."]]);
        }
        return workbook.ToBytes();
    }

    /// <summary>A whole figure as a whole number, shown 7.554 rather than with a decimal separator; a rate keeps its decimals.</summary>
    private static object? Whole(object? cell) => cell is decimal d && d == decimal.Truncate(d) ? (long)d : cell;
}
