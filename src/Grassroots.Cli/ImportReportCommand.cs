using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grassroots.Import;
using Grassroots.Import.Extraction;

namespace Grassroots.Cli;

/// <summary><c>import-report FILE [--json]</c>: reads a report and prints its metadata and figures.</summary>
public static class ImportReportCommand
{
    public static int Run(string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null) { Console.Error.WriteLine("import-report FILE [--json] [--lang en]"); return 2; }
        var culture = CultureInfo.GetCultureInfo(args.Contains("en") ? "en" : "vi");
        if (!File.Exists(file)) { Console.Error.WriteLine($"{file}: not found"); return 2; }
        ImportedReport report;
        try { report = ReportImporter.Default.Import(File.ReadAllBytes(file)); }
        catch (ImportException e)
        {
            Console.Error.WriteLine($"{file}: {e.MessageIn(culture)}");
            return 1;
        }
        var json = ToJson(report);
        if (args.Contains("--json"))
        {
            Console.Out.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        var m = report.Metadata;
        Console.Out.WriteLine($"{m.DocumentType?.Value} {m.DocumentNumber?.Value} — {m.IssuingBody?.Value}, {m.PlaceOfIssue?.Value} {m.DateOfIssue?.Value:dd/MM/yyyy}");
        Console.Out.WriteLine(m.Title?.Value);
        foreach (var f in report.Figures) Console.Out.WriteLine($"  {f.Value.ToString(CultureInfo.GetCultureInfo("vi")),12} {f.Unit,-10} {f.Key ?? "—",-36} “{f.Quote}”");
        return 0;
    }

    /// <summary>The JSON object of the issue's contract (README, "Import reports").</summary>
    public static JsonObject ToJson(ImportedReport report)
    {
        var m = report.Metadata;
        static JsonNode? Period(Period? p) => p is null ? null : new JsonObject { ["start"] = p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["end"] = p.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var period = Period(m.ReportingPeriod?.Value);
        return new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["issuingBody"] = m.IssuingBody?.Value,
                ["parentBody"] = m.ParentBody?.Value,
                ["documentNumber"] = m.DocumentNumber?.Value,
                ["placeOfIssue"] = m.PlaceOfIssue?.Value,
                ["dateOfIssue"] = m.DateOfIssue?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["documentType"] = m.DocumentType?.Value,
                ["title"] = m.Title?.Value,
                ["reportingPeriod"] = Period(m.ReportingPeriod?.Value),
                ["planPeriod"] = Period(m.PlanPeriod?.Value),
                ["signer"] = m.Signer is null ? null : new JsonObject { ["name"] = m.Signer.Value.Name, ["title"] = m.Signer.Value.Title },
                ["addressee"] = m.Addressee?.Value,
                ["recipients"] = new JsonArray([.. m.Recipients.Select(r => (JsonNode)JsonValue.Create(r.Value)!)]),
            },
            ["indicators"] = new JsonArray([.. report.Figures.Select(f => (JsonNode)new JsonObject
            {
                ["key"] = f.Key,
                ["label"] = f.Label,
                ["value"] = f.Value,
                ["unit"] = f.Unit,
                ["scope"] = f.Scope,
                ["period"] = period?.DeepClone(),
                ["quote"] = f.Quote,
                ["start"] = f.Start,
                ["confidence"] = Math.Round(f.Confidence, 2),
            })]),
            ["restored"] = report.Restored,
        };
    }
}
