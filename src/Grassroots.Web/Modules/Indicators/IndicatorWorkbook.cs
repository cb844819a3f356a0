using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The spreadsheet a unit fills: indicator rows × unit columns for one period. The app writes it, the communes fill it,
/// and its upload is read back cell by cell (<see cref="ImportIndicatorValues"/>). Its layout is what the import reads —
/// the marker in A1, the period in B2 and D2, the units' codes in row 4 and their names in row 5, the indicators from
/// row 6 — so it is written cell by cell here rather than by the platform's register writer, whose title block would move them.
/// </summary>
public sealed class IndicatorWorkbook(IIndicatorCatalogue catalogue, ImportIndicatorValues import, IStringLocalizer<SharedResource> t) : IIndicatorWorkbook
{
    public const string Sheet = "SoLieu";
    public const string Marker = "GRASSROOTS-CHI-TIEU v1";
    public const int PeriodRow = 2;
    public const int HeaderRow = 4;
    public const int FirstDataRow = 6;

    /// <summary>The columns before the units': the key, the label and the unit of measure.</summary>
    public static readonly string[] IndicatorColumns = ["A", "B", "C"];

    public async Task<byte[]> TemplateAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, string? title = null, CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        Dictionary<string, object?> Row(params object?[] cells) =>
            Enumerable.Range(0, IndicatorColumns.Length + units.Count).ToDictionary(Column, i => i < cells.Length ? cells[i] : null);
        List<Dictionary<string, object?>> rows =
        [
            Row(Marker, title ?? t["Indicators.TemplateTitle"].Value),
            Row(t["Indicators.From"].Value, Iso(from), t["Indicators.To"].Value, Iso(to)),
            Row(t["Indicators.TemplateHelp"].Value),
            Row([t["Indicators.Key"].Value, t["Indicators.Indicator"].Value, t["Indicators.Measure"].Value, .. units.Select(u => u.Code)]),
            Row([null, t["Indicators.UnitName"].Value, null, .. units.Select(u => u.Name)]),
            .. catalogue.All.Where(d => d.IsEntered).Select(d => Row(d.Key, d.Label(culture), d.MeasureLabel(culture))),
        ];
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, printHeader: false, sheetName: Sheet, cancellationToken: ct);
        return stream.ToArray();
    }

    public Task<ImportOutcome> ImportAsync(ImportValuesRequest request, CancellationToken ct = default) => import.HandleAsync(request, ct);

    /// <summary>
    /// The rows of an upload's sheet (row 1 first, cells by column letter), or null when it is not a workbook holding the
    /// sheet. The bytes must have passed <see cref="FileUploads.ReadContentAsync"/> first: the reader inflates the sheet
    /// in memory, so an archive that would inflate beyond a document's size never reaches it. Bytes that do not begin as a
    /// zip archive (and so were not inspected) are no workbook: the reader would otherwise take them for CSV, or find an
    /// archive hidden behind other bytes.
    /// </summary>
    public static List<IDictionary<string, object?>>? Read(byte[] upload)
    {
        if (!ZipPackages.IsZip(upload))
        {
            return null;
        }
        try
        {
            using var copy = new MemoryStream(upload, writable: false);
            if (!MiniExcel.GetSheetNames(copy).Contains(Sheet))
            {
                return null;
            }
            copy.Position = 0;
            return [.. MiniExcel.Query(copy, useHeaderRow: false, sheetName: Sheet).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // not a workbook at all
        }
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }
        return name;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
