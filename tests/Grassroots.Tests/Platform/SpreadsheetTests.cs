using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Grassroots.Web.Platform.Documents;
using MiniExcelLibs;

namespace Grassroots.Tests.Platform;

/// <summary>The one Excel writer: a title block, a header, and cells an officer can sum and sort (numbers and dates are not text).</summary>
public sealed class SpreadsheetTests
{
    [Fact]
    public void A_register_opens_with_its_title_and_keeps_numbers_and_dates_as_such()
    {
        var bytes = new Spreadsheet().Sheet("Sổ tiếp công dân", ["UBND XÃ RÔ MEN", "SỔ TIẾP CÔNG DÂN", "Từ 1/1/2026 đến 30/6/2026"],
            [new SheetColumn("STT", 6), new SheetColumn("Ngày"), new SheetColumn("Họ và tên", 30), new SheetColumn("Số người")],
            [[1, new DateOnly(2026, 4, 25), "Nguyễn Văn A", 3], [2, new DateOnly(2026, 5, 2), "Trần Thị B", 1.5m], [3, null, "Lê C", null]]).ToBytes();

        var rows = MiniExcel.Query(new MemoryStream(bytes), sheetName: "Sổ tiếp công dân").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("UBND XÃ RÔ MEN", rows[0]["A"]);
        Assert.Equal("Từ 1/1/2026 đến 30/6/2026", rows[2]["A"]);
        Assert.Equal(5, Spreadsheet.HeaderRow(3));
        Assert.Equal("Họ và tên", rows[4]["C"]);
        Assert.Equal("Nguyễn Văn A", rows[5]["C"]);
        Assert.Equal(3d, Convert.ToDouble(rows[5]["D"], System.Globalization.CultureInfo.InvariantCulture));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var cells = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        // A date is a number with a date format, not the text "25/4/2026".
        Assert.Null(cells["B6"].DataType);
        Assert.Equal(new DateOnly(2026, 4, 25).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), cells["B6"].CellValue!.Text);
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["B6"].StyleIndex!.Value);
        Assert.Equal("d/m/yyyy", document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal("A1:D1", part.Worksheet.Descendants<MergeCell>().First().Reference!.Value);
        Assert.Equal("A5:D8", part.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
    }
}
