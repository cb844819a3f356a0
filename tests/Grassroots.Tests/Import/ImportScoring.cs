using System.Globalization;
using System.Text.Json;
using Grassroots.Import.Extraction;
using Grassroots.Import.Vietnamese;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Import;

/// <summary>
/// The annotations we wrote for the two seed reports (Annotations/*.json: every figure with the words around it, its
/// value and its catalogue key; every metadata field) and how an import is scored against them. The Đam Rông report is
/// held out: the restorer's model never saw it (tools/diacritics/build-model.sh) and the extraction rules were written
/// on the Bình Sơn report.
/// </summary>
public static class ImportScoring
{
    public const string HeldOut = "dam-rong-2022";
    public const string Tuning = "binh-son-2024";

    public sealed record Figure(string Context, string Quote, decimal Value, string? Key);

    public sealed record Annotation(string File, JsonElement Metadata, List<Figure> Figures)
    {
        public string Text => System.IO.File.ReadAllText(Path.Combine(Repo.Root, "docs", "samples", "reports", File));

        public byte[] Bytes => System.IO.File.ReadAllBytes(Path.Combine(Repo.Root, "docs", "samples", "reports", File));
    }

    public static Annotation Load(string name)
    {
        var json = File.ReadAllText(Path.Combine(Repo.Root, "tests", "Grassroots.Tests", "Import", "Annotations", name + ".json"));
        return JsonSerializer.Deserialize<Annotation>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>The share of annotated figures found with the right value at the right place, the share of the keyed ones
    /// given the right key, and the figures missed (for the failure message).</summary>
    public static (double Found, double Keyed, List<string> Missed) ScoreFigures(Annotation gold, string text, IReadOnlyList<ExtractedFigure> figures)
    {
        int found = 0, keyed = 0, withKey = 0;
        var missed = new List<string>();
        // In a damaged copy (marks stripped, OCR errors) the numbers are where they were, in the same order: the k-th
        // number of the annotated text is the k-th number of the copy.
        var goldText = gold.Text.Normalize(System.Text.NormalizationForm.FormC);
        var goldNumbers = Numbers(goldText);
        var numbers = Numbers(text);
        foreach (var f in gold.Figures)
        {
            var at = goldText.IndexOf(f.Context, StringComparison.Ordinal);
            var start = at < 0 ? -1 : at + f.Context.IndexOf(f.Quote, StringComparison.Ordinal);
            if (!string.Equals(goldText, text, StringComparison.Ordinal) && start >= 0)
            {
                var k = goldNumbers.IndexOf(start);
                start = k >= 0 && goldNumbers.Count == numbers.Count ? numbers[k] : -1;
            }
            var hit = figures.FirstOrDefault(x => x.Start == start && x.Value == f.Value);
            if (hit is not null) found++;
            else missed.Add($"{f.Quote} in “{f.Context}”");
            if (f.Key is null) continue;
            withKey++;
            if (hit?.Key == f.Key) keyed++;
            else missed.Add($"{f.Quote} in “{f.Context}”: key {hit?.Key ?? "none"} instead of {f.Key}");
        }
        return ((double)found / gold.Figures.Count, (double)keyed / withKey, missed);
    }

    static List<int> Numbers(string text) =>
        Grassroots.Import.Diacritics.SyllableTokens.Split(text).Where(p => p.Kind == Grassroots.Import.Diacritics.PieceKind.Number).Select(p => p.Start).ToList();

    /// <summary>The share of metadata fields read right (strings compared case-insensitively, marks and all), each with a
    /// span holding what it was read from.</summary>
    public static (double Share, List<string> Wrong) ScoreMetadata(Annotation gold, string text, ReportMetadata m)
    {
        var wrong = new List<string>();
        var fields = 0;
        void Check<T>(string name, Spanned<T>? actual, string? expected, Func<T, string> show)
        {
            fields++;
            if (expected is null && actual is null) return;
            // A symbol's letters are compared plain: "BCĐ" read back where the file lost the mark and printed "BCD" is right.
            var got = actual is null ? null : show(actual.Value).Trim();
            if (name == "documentNumber" && got is not null && expected is not null) (got, expected) = (VietnameseText.Strip(got), VietnameseText.Strip(expected));
            if (expected is null || actual is null || !string.Equals(got, expected, StringComparison.OrdinalIgnoreCase))
            {
                wrong.Add($"{name}: {(actual is null ? "none" : show(actual.Value))} instead of {expected ?? "none"}");
                return;
            }
            var span = VietnameseText.Strip(text.Substring(actual.Start, actual.Length)).ToLowerInvariant();
            // The span holds the value's first or last word (a body named from its place: "tỉnh Quảng Ngãi").
            var words = VietnameseText.Strip(expected).ToLowerInvariant().Split(' ', '-', '/');
            var (first, last) = (words[0], words[^1]);
            if (actual is Spanned<DateOnly> d) first = last = d.Value.Year.ToString(CultureInfo.InvariantCulture);
            if (actual is Spanned<Period>) first = last = "";
            if (!span.Contains(first, StringComparison.Ordinal) && !span.Contains(last, StringComparison.Ordinal)) wrong.Add($"{name}: read from “{text.Substring(actual.Start, actual.Length)}”");
        }
        string? S(string name) => gold.Metadata.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string? P(string name) => gold.Metadata.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
            ? $"{v.GetProperty("start").GetString()}..{v.GetProperty("end").GetString()}" : null;
        Check("issuingBody", m.IssuingBody, S("issuingBody"), v => v);
        Check("parentBody", m.ParentBody, S("parentBody"), v => v);
        Check("documentNumber", m.DocumentNumber, S("documentNumber"), v => v);
        Check("placeOfIssue", m.PlaceOfIssue, S("placeOfIssue"), v => v);
        Check("dateOfIssue", m.DateOfIssue, S("dateOfIssue"), v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Check("documentType", m.DocumentType, S("documentType"), v => v);
        Check("title", m.Title, S("title"), v => v);
        Check("reportingPeriod", m.ReportingPeriod, P("reportingPeriod"), v => $"{v.Start:yyyy-MM-dd}..{v.End:yyyy-MM-dd}");
        Check("addressee", m.Addressee, S("addressee"), v => v);
        var signer = gold.Metadata.GetProperty("signer");
        Check("signer.name", m.Signer, signer.GetProperty("name").GetString(), v => v.Name);
        Check("signer.title", m.Signer, signer.GetProperty("title").GetString(), v => v.Title);
        return ((double)(fields - wrong.Count) / fields, wrong);
    }
}
