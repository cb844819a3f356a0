using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grassroots.Web.Platform.Documents;

/// <summary>A column of a register: its header, how wide it is (in characters) and what its cells hold.</summary>
public sealed record SheetColumn(string Header, double Width = 16);

/// <summary>What stands above a unit's register for a period, and what its file is called (see <see cref="Spreadsheet.Register"/>).</summary>
public sealed record RegisterHeading(string FilePrefix, string UnitName, string UnitCode, DateOnly From, DateOnly To, string Sheet, string Title, string Period, string Empty);

/// <summary>
/// The one Excel writer for registers and appendices: each sheet opens with a title block (the issuing body, the
/// register's name, its unit and period, one line each, bold), then a header row and the rows. Cells keep their type:
/// numbers are numbers, dates are dates shown as 25/4/2024, so an officer can sum, sort and filter them; text is text.
/// The header row stays in view while scrolling and carries a filter.
/// </summary>
public sealed class Spreadsheet
{
    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint DateStyle = 3;
    private const uint NumberStyle = 4;
    private const uint DecimalStyle = 5;

    private readonly List<(string Name, IReadOnlyList<string> Title, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)> _sheets = [];

    /// <summary>Adds a sheet (names longer than Excel's 31 characters are cut). Cells: string, DateOnly, DateTime, whole or decimal numbers, or null.</summary>
    public Spreadsheet Sheet(string name, IReadOnlyList<string> title, IReadOnlyList<SheetColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        _sheets.Add((name.Length > 31 ? name[..31] : name, title, columns, rows.ToList()));
        return this;
    }

    /// <summary>
    /// A unit's register for a period as a one-sheet workbook: the unit's name in capitals, the register's title and
    /// its period above the columns; one row saying so (in the widest column) when nothing was recorded. Named
    /// <c>{prefix}-{unit code}-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx</c>.
    /// </summary>
    public static FileContent Register(RegisterHeading heading, IReadOnlyList<SheetColumn> columns, List<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            var empty = new object?[columns.Count];
            empty[columns.Select((c, i) => (c.Width, i)).Max().i] = heading.Empty; // in the widest column
            rows.Add(empty);
        }
        string[] title = [heading.UnitName.ToUpper(CultureInfo.GetCultureInfo("vi")), heading.Title, heading.Period];
        var bytes = new Spreadsheet().Sheet(heading.Sheet, title, columns, rows).ToBytes();
        var name = string.Create(CultureInfo.InvariantCulture, $"{heading.FilePrefix}-{heading.UnitCode}-{heading.From:yyyyMMdd}-{heading.To:yyyyMMdd}.xlsx");
        return FileContent.Xlsx(name, bytes);
    }

    /// <summary>The row of the header in a sheet with this many title lines (1-based, as Excel counts): the title, one blank row, then the header.</summary>
    public static int HeaderRow(int titleLines) => titleLines == 0 ? 1 : titleLines + 2;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, title, columns, rows) in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(title, columns, rows);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(IReadOnlyList<string> title, IReadOnlyList<SheetColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var header = (uint)HeaderRow(title.Count);
        var lastColumn = Column(columns.Count - 1);
        var data = new SheetData();
        for (var i = 0; i < title.Count; i++)
        {
            data.Append(new Row(Text($"A{i + 1}", title[i], TitleStyle)) { RowIndex = (uint)(i + 1) });
        }
        data.Append(new Row(columns.Select((c, i) => Text($"{Column(i)}{header}", c.Header, HeaderStyle))) { RowIndex = header });
        var index = header;
        foreach (var row in rows)
        {
            index++;
            var r = index;
            data.Append(new Row(row.Take(columns.Count).Select((value, i) => Cell($"{Column(i)}{r}", value))) { RowIndex = r });
        }

        var sheet = new Worksheet();
        // The header stays in view below the title block.
        sheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = header,
            TopLeftCell = $"A{header + 1}",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        sheet.Append(new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        sheet.Append(data);
        sheet.Append(new AutoFilter { Reference = $"A{header}:{lastColumn}{Math.Max(header, index)}" });
        if (title.Count > 0)
        {
            sheet.Append(new MergeCells(Enumerable.Range(1, title.Count).Select(i => new MergeCell { Reference = $"A{i}:{lastColumn}{i}" })));
        }
        return sheet;
    }

    private static Cell Cell(string reference, object? value) => value switch
    {
        null => new Cell { CellReference = reference },
        string s => Text(reference, s, 0),
        DateOnly d => Number(reference, d.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        DateTime t => Number(reference, t.ToOADate(), DateStyle),
        int or long or short or byte => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), NumberStyle),
        decimal or double or float => Number(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), DecimalStyle),
        bool b => Text(reference, b ? "Có" : "Không", 0),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Cell Text(string reference, string value, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell Number(string reference, double value, uint style) => new(new CellValue(value))
    {
        CellReference = reference,
        StyleIndex = style,
    };

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d/m/yyyy" }, new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.##" })
        { Count = 2 },
        new Fonts(new Font(new FontName { Val = "Times New Roman" }, new FontSize { Val = 12 }),
            new Font(new Bold(), new FontName { Val = "Times New Roman" }, new FontSize { Val = 12 }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(), new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat { FontId = 0 },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 6 });
}
