using System.Globalization;
using Grassroots.Web.Modules.Assessment.Sets;

namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>
/// The criteria of a set as a form's text, one criterion a line: "số | nội dung | điểm tối đa | cách chấm | chỉ tiêu | điểm đủ |
/// kiểm chứng" ("1.1 | Tỷ lệ giải quyết đơn | 20 | chỉ tiêu | petitions.resolution_rate | 100 | x"). A group's line has its
/// number and title only. Points are read with a comma or a dot.
/// </summary>
public static class CriteriaText
{
    public static List<CriterionRequest> Parse(string? text)
    {
        var list = new List<CriterionRequest>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length && list.Count <= CriteriaSetBuilder.MaxCriteria; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            string Cell(int k) => k < cells.Length ? cells[k] : "";
            if (cells.Length < 2 || Cell(0).Length == 0)
            {
                throw DomainException.Invalid("Assessment.CriteriaLine", i + 1);
            }
            decimal? max = Cell(2).Length == 0 ? null : Number(Cell(2)) ?? throw DomainException.Invalid("Assessment.CriteriaLine", i + 1);
            decimal? full = Cell(5).Length == 0 ? null : Number(Cell(5)) ?? throw DomainException.Invalid("Assessment.CriteriaLine", i + 1);
            Scoring? scoring = Text.Fold(Cell(3)) switch
            {
                "" => max is null ? null : Scoring.Scale,
                "co khong" or "yes no" => Scoring.YesNo,
                "thang diem" or "scale" => Scoring.Scale,
                "chi tieu" or "indicator" => Scoring.Indicator,
                _ => throw DomainException.Invalid("Assessment.CriteriaLine", i + 1),
            };
            var evidence = Text.Fold(Cell(6)) is "x" or "co" or "yes";
            list.Add(new CriterionRequest(Cell(0), Cell(1), max, scoring, Cell(4).Length == 0 ? null : Cell(4), full, evidence, null));
        }
        return list;
    }

    public static decimal? Number(string? value) =>
        decimal.TryParse((value ?? "").Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Points as the reader writes them: "17,75" in Vietnamese, "17.75" in English (both are read back).</summary>
    public static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.CurrentCulture) ?? "";

    /// <summary>The set's criteria back as text (a new version's form).</summary>
    public static string Write(IEnumerable<CriterionDto> criteria) => string.Join("\n", criteria.Select(c => c.IsGroup
        ? $"{c.Number} | {c.Title}"
        : $"{c.Number} | {c.Title} | {Format(c.MaxPoints)} | {Kind(c.Scoring)} | {c.IndicatorKey} | {Format(c.FullAt)} | {(c.EvidenceRequired ? "x" : "")}"));

    private static string Kind(Scoring s) => s switch
    {
        Scoring.YesNo => "có/không",
        Scoring.Indicator => "chỉ tiêu",
        _ => "thang điểm",
    };
}
