using Grassroots.Web.Platform.Documents;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Reports;

/// <summary>The composed report as a Word document (national format) and its tables as an Excel workbook.</summary>
public static class ReportExport
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

    /// <summary>One sheet per table ("Phụ lục 1", ...), header row of column names.</summary>
    public static byte[] Appendix(ComposedReport r)
    {
        var sheets = new Dictionary<string, object>();
        var i = 0;
        foreach (var t in r.Appendix)
        {
            var rows = new List<Dictionary<string, object?>>();
            foreach (var row in t.Rows)
            {
                var d = new Dictionary<string, object?>();
                for (var c = 0; c < t.Columns.Count; c++)
                {
                    d[t.Columns[c]] = c < row.Count ? row[c] : null;
                }
                rows.Add(d);
            }
            sheets[$"Phu luc {++i}"] = rows;
        }
        if (sheets.Count == 0)
        {
            sheets["Phu luc"] = new List<Dictionary<string, object?>> { new() { ["Ghi chú"] = "Mẫu báo cáo không có bảng số liệu." } };
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
