using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

public static class IndicatorsApi
{
    public static RouteGroupBuilder MapIndicatorsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/indicators").WithTags("Indicators");
        g.MapGet("/", Values).Requires(Permission.View, "query:unit")
            .WithSummary("A unit's indicators for a period, rolled up over its subtree and the units merged into it (?unit, ?from, ?to).");
        g.MapGet("/catalogue", Catalogue).Requires(Permission.View, "none")
            .WithSummary("Every indicator: key, labels, unit of measure, roll-up (sum, ratio of sums, latest, none) and source.");
        g.MapPost("/values", Enter).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Enter a unit's own values for a period (null removes one).");
        g.MapGet("/template", Template).Requires(Permission.Edit, "query:unit")
            .WithSummary("The spreadsheet to fill: entered indicators × the unit and its sub-units, for a period.");
        g.MapPost("/import", Import).Requires(Permission.Edit, "file").DisableAntiforgery()
            .WithSummary("Upload a filled template: every error named by sheet, row and column; nothing stored from a refused file.");
        return api;
    }

    private static async Task<Ok<List<IndicatorFigure>>> Values(string? unit, DateOnly? from, DateOnly? to, IndicatorReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.FiguresAsync(unit, from, to, ct));

    private static Ok<List<CatalogueEntry>> Catalogue(IndicatorReader reader) => TypedResults.Ok(reader.CatalogueEntries());

    private static async Task<Ok<EnterValuesResult>> Enter(EnterValuesRequest r, EnterIndicatorValues enter, CancellationToken ct) =>
        TypedResults.Ok(await enter.HandleAsync(r, ValueOrigin.Api, ct));

    private static async Task<FileContentHttpResult> Template(string? unit, DateOnly? from, DateOnly? to, IndicatorReader reader, IndicatorWorkbook workbook,
        CancellationToken ct)
    {
        var (units, f, t) = await reader.TemplateUnitsAsync(unit, from, to, ct);
        return TypedResults.File(await workbook.TemplateAsync(units, f, t, ct: ct), FileKind.Xlsx.ContentType,
            $"so-lieu-{units[0].Code}-{f.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{t.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(IFormFile? file, ImportIndicatorValues import, CancellationToken ct) =>
        (await import.HandleAsync(new ImportValuesRequest(file), ct)).ToHttpResult();
}
