using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// A period's filled spreadsheet, read back by the indicators module: only the period's units and its dates are taken,
/// each unit's column only from those who may enter its figures; a refused file names every wrong cell and stores nothing.
/// </summary>
public sealed class ImportPeriodFigures(ReportAccess access, IIndicatorWorkbook workbook)
{
    public async Task<ImportOutcome> HandleAsync(Guid periodId, IFormFile? file, CancellationToken ct = default)
    {
        var period = await access.PeriodAsync(periodId, ct);
        var allowed = period.Units.Select(u => u.Unit!.Code).Append(period.OwnerUnit!.Code).ToHashSet();
        return await workbook.ImportAsync(new ImportValuesRequest(file, allowed, (period.From, period.To)), ct);
    }
}
