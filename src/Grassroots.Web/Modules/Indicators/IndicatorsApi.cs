using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Indicators;

public sealed record CatalogueEntry(string Key, string Area, string Label, string LabelVi, string LabelEn, string UnitOfMeasure, RollUpKind RollUp,
    IndicatorSourceKind Source, string? Numerator, string? Denominator);

public static class IndicatorsApi
{
    public const string XlsxType = IIndicatorWorkbook.XlsxType;

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

    private static async Task<Ok<List<IndicatorFigure>>> Values(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, IndicatorFigures figures, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(IndicatorFigures.Figures(await figures.ValuesAsync(u, f, t, ct), CultureInfo.CurrentUICulture));
    }

    private static Ok<List<CatalogueEntry>> Catalogue() =>
        TypedResults.Ok(IndicatorCatalogue.All.Select(d => new CatalogueEntry(d.Key, d.Area, d.Label(CultureInfo.CurrentUICulture), d.Vi, d.En,
            d.MeasureLabel(CultureInfo.CurrentUICulture), d.RollUp, d.Source, d.Numerator, d.Denominator)).ToList());

    private static async Task<Ok<EnterValuesResult>> Enter(EnterValuesRequest r, EnterIndicatorValues enter, CancellationToken ct) =>
        TypedResults.Ok(await enter.HandleAsync(r, ValueOrigin.Api, ct));

    private static async Task<FileContentHttpResult> Template(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, IndicatorWorkbook workbook, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        await scope.RequireAsync(u, Permission.Edit, ct);
        return TypedResults.File(await workbook.TemplateAsync(u, f, t, ct: ct), XlsxType,
            $"so-lieu-{u.Code}-{f.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{t.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

    private static async Task<IResult> Import(IFormFile? file, IndicatorWorkbook workbook, HttpContext http, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw DomainException.Invalid("Indicators.NoFile");
        }
        if (file.Length > 5 * 1024 * 1024)
        {
            throw new DomainException(StatusCodes.Status413PayloadTooLarge, "Http.413");
        }
        try
        {
            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(await workbook.ImportAsync(stream, ct: ct));
        }
        catch (ImportRejected e)
        {
            return Rejected(http, e);
        }
    }

    /// <summary>A 400 problem whose <c>errors</c> list names each wrong cell.</summary>
    public static IResult Rejected(HttpContext http, ImportRejected e)
    {
        var t = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var title = t["Indicators.ImportRejected", e.Errors.Count].Value;
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = string.Join(" ", e.Errors.Select(x => $"{x.Sheet}!{x.Column}{x.Row.ToString(CultureInfo.InvariantCulture)}: {x.Message}")),
            Extensions = { ["errors"] = e.Errors },
        });
    }
}
