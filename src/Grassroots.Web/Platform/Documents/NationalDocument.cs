using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grassroots.Web.Platform.Documents;

/// <summary>Which header the document carries: the State's (Quốc hiệu, Tiêu ngữ — NĐ 30/2020/NĐ-CP Điều 8)
/// or the Party's (ĐẢNG CỘNG SẢN VIỆT NAM — HD 36-HD/VPTW), as Huyện ủy and Ban Chỉ đạo use.</summary>
public enum HeaderStyle
{
    State,
    Party,
}

/// <summary>The parts above the body of an administrative document (NĐ 30/2020/NĐ-CP Điều 8, Phụ lục I).</summary>
/// <param name="IssuingBody">Lines of the issuing body, top to bottom: the governing body (if any) first, the
/// issuing body proper last, e.g. ["UBND HUYỆN BÌNH SƠN", "PHÒNG NỘI VỤ"] or ["HUYỆN ỦY ĐAM RÔNG", "BAN CHỈ ĐẠO THỰC HIỆN", "QUY CHẾ DÂN CHỦ CƠ SỞ"].</param>
/// <param name="NumberAndSymbol">"278/BC-UBND" (printed "Số: 278/BC-UBND") or, Party style, "05-BC/BCĐ" (printed "Số 05-BC/BCĐ").</param>
/// <param name="Addressee">"Sở Nội vụ" — printed "Kính gửi: Sở Nội vụ." when given.</param>
public sealed record DocumentHeading(
    HeaderStyle Style,
    IReadOnlyList<string> IssuingBody,
    string NumberAndSymbol,
    string Place,
    DateOnly Date,
    string DocumentType,
    string Summary,
    string? Addressee = null,
    int GoverningLines = 1);

/// <summary>Who signs: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" lines, the position, the name.</summary>
public sealed record Signature(IReadOnlyList<string> Authority, string Position, string Name);

/// <summary>A piece of a paragraph: text (optionally bold or italic), or a footnote anchored where it stands.</summary>
public abstract record Inline;

public sealed record TextRun(string Value, bool Bold = false, bool Italic = false) : Inline;

public sealed record Footnote(string Value) : Inline;

/// <summary>
/// Writes a Word document in the national administrative format of Nghị định 30/2020/NĐ-CP: A4 portrait,
/// margins 20/20/30/15 mm, Times New Roman, the header block (issuing body and number on the left, national
/// title, motto, place and date on the right), document type and summary, numbered sections (I., 1., 1.1.),
/// footnotes, tables, the signature block beside the recipients list, and page numbers centred at the top
/// from the second page. Modules compose their documents with it; none writes OpenXML itself.
/// </summary>
public sealed class NationalDocument
{
    // Sizes are in half-points: 13 pt = 26.
    private const string Font = "Times New Roman";
    private const int BodySize = 28;
    private const int TableSize = 24;

    // A4 width 11906 twips minus the left (30 mm) and right (15 mm) margins.
    private const int TextWidth = 11906 - 1701 - 851;

    private static readonly string[] PartOrdinals =
        ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private readonly DocumentHeading heading;
    private readonly List<OpenXmlElement> body = [];
    private readonly List<string> footnotes = [];
    private readonly int[] counters = new int[4];
    private int parts;
    private Signature? signature;
    private IReadOnlyList<string> recipients = [];

    public NationalDocument(DocumentHeading heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        if (heading.IssuingBody.Count == 0)
        {
            throw new ArgumentException("The issuing body is required.", nameof(heading));
        }
        this.heading = heading;
    }

    /// <summary>"Phần thứ nhất" and its title, centred; section numbering starts again below it.</summary>
    public NationalDocument Part(string title)
    {
        parts++;
        Array.Clear(counters);
        var ordinal = parts <= PartOrdinals.Length ? PartOrdinals[parts - 1] : parts.ToString(CultureInfo.InvariantCulture);
        body.Add(Para(JustificationValues.Center, before: 240, after: 0, Run("Phần thứ " + ordinal, bold: true)));
        body.Add(Para(JustificationValues.Center, before: 0, after: 120, Run(title.ToUpper(Vi), bold: true)));
        return this;
    }

    /// <summary>A numbered heading: level 1 "I. TITLE" (caps, bold), level 2 "1. Title" (bold), level 3 "1.1. Title" (bold italic).</summary>
    public NationalDocument Section(int level, string title)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }
        var (number, text, italic) = level switch
        {
            1 => (Roman(counters[1]) + ".", title.ToUpper(Vi), false),
            2 => (counters[2].ToString(CultureInfo.InvariantCulture) + ".", title, false),
            _ => (counters[2].ToString(CultureInfo.InvariantCulture) + "." + counters[3].ToString(CultureInfo.InvariantCulture) + ".", title, true),
        };
        body.Add(Para(JustificationValues.Both, before: 120, after: 120, firstLine: true, Run(number + " " + text, bold: true, italic: italic)));
        return this;
    }

    public NationalDocument Paragraph(string text) => Paragraph(new TextRun(text));

    /// <summary>A body paragraph: justified, first line indented, 14 pt, at least 6 pt after.</summary>
    public NationalDocument Paragraph(params Inline[] inlines)
    {
        var runs = new List<OpenXmlElement>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t:
                    runs.Add(Run(t.Value, t.Bold, t.Italic));
                    break;
                case Footnote f:
                    footnotes.Add(f.Value);
                    runs.Add(new Run(
                        new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                        new FootnoteReference { Id = footnotes.Count }));
                    break;
                default:
                    throw new ArgumentException("Unknown inline " + inline.GetType().Name, nameof(inlines));
            }
        }
        body.Add(Para(JustificationValues.Both, before: 0, after: 120, firstLine: true, [.. runs]));
        return this;
    }

    /// <summary>
    /// A bordered table: the header row bold and repeated on every page; numbers right-aligned. Columns share the
    /// text width by the given weights, or by their content ("TT" narrow, a unit's name wide) when none are given.
    /// </summary>
    public NationalDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? caption = null, IReadOnlyList<int>? weights = null)
    {
        var data = rows.ToList();
        var widths = ColumnWidths(headers, data, weights);
        if (caption is not null)
        {
            body.Add(Para(JustificationValues.Center, before: 120, after: 60, Run(caption, bold: true)));
        }
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border,
            new TableLayout { Type = TableLayoutValues.Fixed }), Grid(widths));
        var headerRow = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < headers.Count; i++)
        {
            headerRow.Append(Cell(headers[i], widths[i], JustificationValues.Center, bold: true));
        }
        table.Append(headerRow);
        foreach (var row in data)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < headers.Count; i++)
            {
                var value = i < row.Count ? row[i] : "";
                tr.Append(Cell(value, widths[i], IsNumber(value) ? JustificationValues.Right : JustificationValues.Left, bold: false));
            }
            table.Append(tr);
        }
        body.Add(table);
        body.Add(Para(JustificationValues.Left, before: 0, after: 0));
        return this;
    }

    public NationalDocument SignedBy(Signature signer)
    {
        signature = signer;
        return this;
    }

    /// <summary>Nơi nhận: each line printed "- line," and the last "- Lưu: VT." unless the list already ends with a "Lưu" line.</summary>
    public NationalDocument Recipients(IReadOnlyList<string> list)
    {
        recipients = list;
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return stream.ToArray();
    }

    public void Save(Stream stream)
    {
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        AddStyles(main);
        AddSettings(main);
        var header = main.AddNewPart<HeaderPart>();
        header.Header = PageNumberHeader();
        var emptyFirst = main.AddNewPart<HeaderPart>();
        emptyFirst.Header = new Header(new Paragraph());
        if (footnotes.Count > 0)
        {
            AddFootnotes(main);
        }

        var content = new Body();
        content.Append(HeaderBlock());
        content.Append(TitleBlock());
        foreach (var element in body)
        {
            content.Append(element.CloneNode(true));
        }
        content.Append(SignatureBlock());
        content.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(emptyFirst) },
            new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(content);
        main.Document.Save();
    }

    /// <summary>"Đam Rông, ngày 05 tháng 02 năm 2022": days under 10 and months 1–2 take a leading zero (NĐ 30/2020, Phụ lục I).</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        var day = date.Day < 10 ? "0" + date.Day.ToString(CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month < 3 ? "0" + date.Month.ToString(CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 39);
        string[] tens = ["", "X", "XX", "XXX"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return tens[number / 10] + ones[number % 10];
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private Table HeaderBlock()
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2300", Type = TableWidthUnitValues.Pct }));
        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2700", Type = TableWidthUnitValues.Pct }));
        var governing = Math.Clamp(heading.GoverningLines, 0, heading.IssuingBody.Count - 1);
        for (var i = 0; i < heading.IssuingBody.Count; i++)
        {
            var isLast = i == heading.IssuingBody.Count - 1;
            // The governing body is not bold; the issuing body is bold with a short rule beneath (here: underlined last line).
            left.Append(Para(JustificationValues.Center, before: 0, after: 0,
                Run(heading.IssuingBody[i].ToUpper(Vi), bold: i >= governing, size: 26, underline: isLast && heading.Style == HeaderStyle.State)));
        }
        switch (heading.Style)
        {
            case HeaderStyle.State:
                left.Append(Para(JustificationValues.Center, before: 120, after: 0, Run("Số: " + heading.NumberAndSymbol, size: 26)));
                right.Append(Para(JustificationValues.Center, before: 0, after: 0, Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24)));
                right.Append(Para(JustificationValues.Center, before: 0, after: 0, Run("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, underline: true)));
                break;
            case HeaderStyle.Party:
                left.Append(Para(JustificationValues.Center, before: 0, after: 0, Run("*", size: 26)));
                left.Append(Para(JustificationValues.Center, before: 0, after: 0, Run("Số " + heading.NumberAndSymbol, size: 26)));
                right.Append(Para(JustificationValues.Center, before: 0, after: 0, Run("ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, size: 30, underline: true)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(heading), heading.Style, null);
        }
        right.Append(Para(JustificationValues.Center, before: 240, after: 0, Run(PlaceAndDate(heading.Place, heading.Date), italic: true, size: 28)));
        return Borderless(new TableRow(left, right), 4300, TextWidth - 4300);
    }

    private IEnumerable<Paragraph> TitleBlock()
    {
        yield return Para(JustificationValues.Center, before: 360, after: 0, Run(heading.DocumentType.ToUpper(Vi), bold: true, size: 28));
        var lines = heading.Summary.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            yield return Para(JustificationValues.Center, before: 0, after: i == lines.Length - 1 ? 240 : 0, Run(lines[i], bold: true, size: 28));
        }
        if (heading.Addressee is { Length: > 0 } to)
        {
            yield return Para(JustificationValues.Center, before: 0, after: 240, Run("Kính gửi: " + to.TrimEnd('.') + ".", size: 28));
        }
    }

    private Table SignatureBlock()
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        if (recipients.Count > 0)
        {
            left.Append(Para(JustificationValues.Left, before: 120, after: 0, Run("Nơi nhận:", bold: true, italic: true, size: 24)));
            var list = recipients.ToList();
            if (!list[^1].StartsWith("Lưu", StringComparison.Ordinal))
            {
                list.Add("Lưu: VT");
            }
            for (var i = 0; i < list.Count; i++)
            {
                var line = "- " + list[i].TrimEnd(',', '.', ';') + (i == list.Count - 1 ? "." : ";");
                left.Append(Para(JustificationValues.Left, before: 0, after: 0, Run(line, size: 22)));
            }
        }
        else
        {
            left.Append(new Paragraph());
        }
        if (signature is { } s)
        {
            var first = true;
            foreach (var line in s.Authority)
            {
                right.Append(Para(JustificationValues.Center, before: first ? 120 : 0, after: 0, Run(line.ToUpper(Vi), bold: true, size: 28)));
                first = false;
            }
            right.Append(Para(JustificationValues.Center, before: first ? 120 : 0, after: 0, Run(s.Position.ToUpper(Vi), bold: true, size: 28)));
            for (var i = 0; i < 4; i++)
            {
                right.Append(Para(JustificationValues.Center, before: 0, after: 0));
            }
            right.Append(Para(JustificationValues.Center, before: 0, after: 0, Run(s.Name, bold: true, size: 28)));
        }
        else
        {
            right.Append(new Paragraph());
        }
        return Borderless(new TableRow(left, right), TextWidth / 2, TextWidth / 2);
    }

    private static TableGrid Grid(params int[] widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    private static Table Borderless(TableRow row, params int[] widths) =>
        new(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            Grid(widths),
            row);

    private static TableCell Cell(string text, int width, JustificationValues align, bool bold) =>
        new(new TableCellProperties(
                new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            Para(align, before: 0, after: 0, Run(text, bold: bold, size: TableSize)));

    /// <summary>Twips per column, summing to the text width.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int>? weights)
    {
        var w = new double[headers.Count];
        for (var i = 0; i < w.Length; i++)
        {
            // A header wraps onto a few lines; a cell's longest word-run decides. Bounded so no column starves the others.
            var content = rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max();
            w[i] = weights is not null && i < weights.Count ? Math.Max(1, weights[i]) : Math.Clamp(Math.Max(headers[i].Length / 2.5, content), 3, 40);
        }
        var total = w.Sum();
        var widths = w.Select(x => (int)(TextWidth * x / total)).ToArray();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    private static bool IsNumber(string value) =>
        value.Length > 0 && value.All(c => char.IsDigit(c) || c is '.' or ',' or '%' or '-' or '+' or ' ') && value.Any(char.IsDigit);

    private static Paragraph Para(JustificationValues align, int before, int after, params OpenXmlElement[] runs) =>
        Para(align, before, after, false, runs);

    private static Paragraph Para(JustificationValues align, int before, int after, bool firstLine, params OpenXmlElement[] runs)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines
            {
                Before = before.ToString(CultureInfo.InvariantCulture),
                After = after.ToString(CultureInfo.InvariantCulture),
                Line = "276",
                LineRule = LineSpacingRuleValues.Auto,
            });
        if (firstLine)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }
        properties.Append(new Justification { Val = align });
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, bool bold = false, bool italic = false, int size = BodySize, bool underline = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        properties.Append(new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }
        return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Header PageNumberHeader() =>
        new(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("2", size: 26),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new Color { Val = "000000" },
                    new FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new FontSizeComplexScript { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "footnote text" },
                new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }))
            { Type = StyleValues.Paragraph, StyleId = "FootnoteText" });
        styles.Styles.Save();
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }));
        settings.Settings.Save();
    }

    private void AddFootnotes(MainDocumentPart main)
    {
        var part = main.AddNewPart<FootnotesPart>();
        var notes = new Footnotes(
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var i = 0; i < footnotes.Count; i++)
        {
            notes.Append(new DocumentFormat.OpenXml.Wordprocessing.Footnote(
                new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }, new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Both }),
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                    Run(" " + footnotes[i], size: 20)))
            { Id = i + 1 });
        }
        part.Footnotes = notes;
        part.Footnotes.Save();
    }
}
