using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Reports;

/// <summary>The composed report as a Word document (national format) and its tables as an Excel workbook (the appendix).</summary>
public static class ReportExport
{
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
