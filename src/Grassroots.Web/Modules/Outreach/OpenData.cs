using System.Globalization;
using System.Text;
using System.Text.Json;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Outreach;

/// <summary>One published figure of the open data (docs/outreach.md, "Open data": the schema).</summary>
public sealed record OpenFigure(string Key, string Area, string LabelVi, string LabelEn, string Measure, decimal? Value, bool Suppressed);

public sealed record OpenDataUnit(string Code, string Name);

public sealed record OpenDataLicence(string Name, string Url, string Attribution);

/// <summary>The JSON document of a unit's open data; the CSV holds the same figures, one a row.</summary>
public sealed record OpenDataset(int SchemaVersion, OpenDataLicence Licence, OpenDataUnit Unit, DateOnly From, DateOnly To, DateTime GeneratedAt,
    int SuppressionThreshold, IReadOnlyList<OpenFigure> Figures);

/// <summary>
/// A unit's public statistics as open data (issue 20): the indicators the platform computes from its own records in the
/// areas the public sees (petitions, reception, one-stop, participation and disclosure), for a calendar year, rolled up over
/// the unit's subtree as every report does. Never personal data: only counts and rates. A count from 1 to
/// <see cref="Threshold"/> − 1 is withheld (it could point at a person in a small commune), and so is a rate whose
/// denominator is below the threshold; a zero is shown (it points at no one). Licence: CC BY 4.0.
/// </summary>
public sealed class OpenDataReader(UnitDirectory directory, IIndicatorCatalogue catalogue, IIndicatorFigures figures, TimeProvider clock)
{
    public const int SchemaVersion = 1;
    public const int Threshold = 5;

    public static readonly OpenDataLicence Licence = new("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
        "Dân chủ cơ sở số — số liệu tính từ hồ sơ của đơn vị");

    /// <summary>The areas whose figures are public.</summary>
    public static readonly IndicatorArea[] PublicAreas = [IndicatorArea.Petitions, IndicatorArea.Reception, IndicatorArea.OneStop, IndicatorArea.Participation];

    /// <summary>The CSV columns, in order (the stable schema).</summary>
    public static readonly string[] Columns = ["unit_code", "unit_name", "period_from", "period_to", "indicator_key", "area", "label_vi", "label_en", "measure", "value", "suppressed"];

    public async Task<OpenDataset> ReadAsync(string unitCode, int? year, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year)
        {
            throw DomainException.Invalid("Outreach.OpenData.YearInvalid", 2000, today.Year);
        }
        var unit = await directory.FindAsync(Text.Clean(unitCode), ct);
        if (await directory.EndingAsync(unit, ct) is { } ended)
        {
            throw new DomainException(StatusCodes.Status410Gone, "Outreach.OpenData.UnitEnded", unit.Name, Text.Date(unit.ValidTo),
                string.Join(", ", ended.Successors.Select(s => s.Name)));
        }
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var values = await figures.ValuesAsync(unit, from, to, ct);
        var list = catalogue.All.Where(d => d.Source == IndicatorSourceKind.Computed && PublicAreas.Contains(d.Area)).Select(d =>
        {
            var value = values.GetValueOrDefault(d.Key);
            var basis = d.Denominator is { } den ? values.GetValueOrDefault(den) : value;
            var suppressed = basis is { } b && b > 0 && b < Threshold;
            return new OpenFigure(d.Key, d.Area.ToString().ToLowerInvariant(), d.Vi, d.En, d.Measure.En, suppressed ? null : value, suppressed);
        }).ToList();
        return new OpenDataset(SchemaVersion, Licence, new OpenDataUnit(unit.Code, unit.Name), from, to, clock.GetUtcNow().UtcDateTime, Threshold, list);
    }

    /// <summary>UTF-8 with a BOM (so Excel reads Vietnamese), comma-separated, RFC 4180 quoting; two comment lines first with the licence.</summary>
    public static byte[] Csv(OpenDataset data)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# ").Append(data.Licence.Name).Append(' ').Append(data.Licence.Url).Append(" — ").Append(data.Licence.Attribution).Append("\r\n");
        sb.Append("# schema ").Append(data.SchemaVersion.ToString(inv)).Append("; counts from 1 to ").Append((data.SuppressionThreshold - 1).ToString(inv))
            .Append(" withheld (suppressed = true)\r\n");
        sb.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var f in data.Figures)
        {
            string[] cells = [data.Unit.Code, data.Unit.Name, data.From.ToString("yyyy-MM-dd", inv), data.To.ToString("yyyy-MM-dd", inv), f.Key, f.Area,
                f.LabelVi, f.LabelEn, f.Measure, f.Value?.ToString(inv) ?? "", f.Suppressed ? "true" : "false"];
            sb.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 || cell.StartsWith('=') || cell.StartsWith('+') || cell.StartsWith('-') || cell.StartsWith('@')
            ? "\"" + (cell.StartsWith('=') || cell.StartsWith('+') || cell.StartsWith('@') ? "'" : "") + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}

public static class OpenDataEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/p/{unitCode}/open-data.json", async (string unitCode, int? year, OpenDataReader reader, HttpResponse response, CancellationToken ct) =>
            {
                var data = await reader.ReadAsync(unitCode, year, ct);
                response.Headers.Link = $"<{OpenDataReader.Licence.Url}>; rel=\"license\"";
                return TypedResults.Json(data, Json);
            })
            .AllowAnonymous().WithTags("Open data")
            .WithSummary("A unit's public statistics for a calendar year (default: this year), computed from its records: counts and rates of petitions, reception, one-stop and participation; licence CC BY 4.0; counts from 1 to 4 withheld. 410 for a unit that ended.")
            .Produces<OpenDataset>();
        app.MapGet("/p/{unitCode}/open-data.csv", async (string unitCode, int? year, OpenDataReader reader, HttpResponse response, CancellationToken ct) =>
            {
                var data = await reader.ReadAsync(unitCode, year, ct);
                response.Headers.Link = $"<{OpenDataReader.Licence.Url}>; rel=\"license\"";
                return TypedResults.File(OpenDataReader.Csv(data), "text/csv; charset=utf-8", $"open-data-{data.Unit.Code}-{data.From.Year}.csv");
            })
            .AllowAnonymous().WithTags("Open data")
            .WithSummary("The same figures as CSV (UTF-8 with BOM; two '#' comment lines with the licence and the schema version, then the columns unit_code, unit_name, period_from, period_to, indicator_key, area, label_vi, label_en, measure, value, suppressed).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }
}
