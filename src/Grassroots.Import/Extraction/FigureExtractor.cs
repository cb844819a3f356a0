using System.Globalization;
using System.Text.RegularExpressions;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Extraction;

/// <summary>A figure a report prints: its value, what it counts (the words before it up to the clause's start), its
/// unit of measure, the catalogue key it maps to (or null), where it was (scope), and the exact characters it came from.</summary>
public sealed record ExtractedFigure(
    decimal Value, string Label, string? Unit, string? Key, string Scope, int Start, int Length, string Quote, double Confidence);

/// <summary>
/// Finds the figures of a Vietnamese report: counts and rates in the formats reports use ("7.554", "99,17%", "02",
/// "8/8 xã", "466,8524 km²"), leaving out what is not a figure — dates, years, document numbers and symbols
/// ("05-NQ/HU", "Quyết định 217"), section numbers, "6 tháng", "khóa XV". Works on text with or without its marks: the
/// rules compare plain letters.
/// </summary>
public static partial class FigureExtractor
{
    static readonly string[] Units =
    [
        "vụ việc", "hồ sơ", "hội nghị", "đơn vị", "văn bản", "dự thảo", "dịch vụ", "mô hình", "phản ánh", "kiến nghị", "công trình",
        "thành viên", "cán bộ", "công chức", "doanh nghiệp", "cơ quan", "tổ dân phố", "thị trấn", "người", "lượt", "đơn", "vụ", "cuộc",
        "xã", "phòng", "tổ", "lớp", "ban", "đoàn", "hộ", "thôn", "buổi", "lần", "tin", "bài", "phiếu", "km²", "ha", "câu lạc bộ", "đảng viên",
    ];

    static readonly (string Plain, string Unit)[] PlainUnits = Units.Select(u => (VietnameseText.Strip(u), u)).OrderByDescending(u => u.Item1.Length).ToArray();

    // Words before a number that make it a reference, a date or a period, not a figure.
    static readonly string[] NotAfter =
    [
        "ngay", "thang", "nam", "khoa", "ky hop thu", "chi thi", "quyet dinh", "nghi dinh", "nghi quyet", "quy dinh", "muc do",
        "giai doan", "dieu", "khoan", "diem", "luat", "ke hoach", "cong van", "thong bao", "thong tu", "covid", "phu luc", "lan thu", "dot",
        "quy", "bieu mau", "mau so", "chuong", "ket luan", "huong dan", "to trinh", "phap lenh", "to", "to cong tac", "chuong trinh", "de an", "ma so",
    ];

    /// <summary>The figures of the text, in order.</summary>
    public static List<ExtractedFigure> Extract(string text)
    {
        var figures = new List<ExtractedFigure>();
        foreach (Match m in Number().Matches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (IsReference(text, start, end) || IsSectionNumber(text, start)) continue;
            var percent = m.Groups["pct"].Success;
            var raw = m.Groups["num"].Value;
            if (!TryParse(raw, out var value)) continue;
            var after = text.AsSpan(end);
            // A fraction "8/8 xã": two figures, the part and the whole.
            if (!percent && after.Length > 1 && after[0] == '/' && FractionTail().Match(text, end) is { Success: true } tail)
            {
                var whole = decimal.Parse(tail.Groups[1].Value, CultureInfo.InvariantCulture);
                var fracEnd = tail.Index + tail.Length;
                var unit = UnitAfter(text, fracEnd, out var unitEnd);
                figures.Add(Figure(text, value, unit, start, unitEnd > fracEnd ? unitEnd : fracEnd, 0.8));
                figures.Add(Figure(text, whole, unit, tail.Index + 1, unitEnd > fracEnd ? unitEnd : fracEnd, 0.8) with { Label = FigureLabels.Whole });
                continue;
            }
            if (after.Length > 0 && (after[0] is '/' or '-') && after.Length > 1 && char.IsLetterOrDigit(after[1])) continue;
            if (!percent && raw.Length == 4 && value is >= 1945 and <= 2100) continue; // a year
            string? u;
            int quoteEnd;
            if (percent) { u = "%"; quoteEnd = end; }
            else
            {
                u = UnitAfter(text, end, out quoteEnd);
                if (u is null)
                {
                    var next = Plain(text, end, 12).TrimStart().ToLowerInvariant();
                    if (next.StartsWith("thang", StringComparison.Ordinal) || next.StartsWith("nam", StringComparison.Ordinal)) continue; // "6 tháng", "03 năm"
                    quoteEnd = end;
                }
            }
            figures.Add(Figure(text, value, u, start, quoteEnd, u is null ? 0.5 : 0.8));
        }
        // A figure without its own unit takes the one of the figure before it in the same sentence ("74 đơn, còn lại 15").
        for (var i = 1; i < figures.Count; i++)
        {
            if (figures[i].Unit is null && figures[i - 1].Unit is { } u && u != "%" && !text.AsSpan(figures[i - 1].Start, figures[i].Start - figures[i - 1].Start).ContainsAny(".\n"))
                figures[i] = figures[i] with { Unit = u, Confidence = 0.6 };
        }
        for (var i = 0; i < figures.Count; i++) figures[i] = IndicatorRules.Map(text, figures[i]);
        return figures;
    }

    static ExtractedFigure Figure(string text, decimal value, string? unit, int start, int end, double confidence)
    {
        var labelStart = ClauseStart(text, start);
        var label = text[labelStart..start].Trim().TrimEnd(':', ',').Trim();
        return new ExtractedFigure(value, label, unit, null, Scope(text, start), start, end - start, text[start..end], confidence);
    }

    /// <summary>Where the clause holding the figure starts: after the last comma, semicolon, colon, parenthesis or
    /// sentence end before it, but at most 90 characters back.</summary>
    internal static int ClauseStart(string text, int at)
    {
        var min = Math.Max(0, at - 90);
        for (var i = at - 1; i >= min; i--)
        {
            if (text[i] is ',' or ';' or ':' or '(' or '\n' or '.' && !(text[i] == '.' && i > 0 && char.IsDigit(text[i - 1]))) return i + 1;
        }
        var space = text.IndexOf(' ', min);
        return space >= 0 && space < at ? space + 1 : min;
    }

    static string Scope(string text, int at)
    {
        var before = Plain(text, Math.Max(0, at - 120), Math.Min(120, at)).ToLowerInvariant();
        if (before.Contains("cap xa", StringComparison.Ordinal) && before.Contains("cap huyen", StringComparison.Ordinal)) return "report";
        if (before.Contains("cap xa", StringComparison.Ordinal)) return "commune-level";
        if (before.Contains("cap huyen", StringComparison.Ordinal)) return "district-level";
        if (before.Contains("cap tinh", StringComparison.Ordinal)) return "province-level";
        return "report";
    }

    static string? UnitAfter(string text, int end, out int unitEnd)
    {
        unitEnd = end;
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length) return null;
        var plain = Plain(text, i, 16).ToLowerInvariant();
        foreach (var (p, unit) in PlainUnits)
        {
            if (!plain.StartsWith(p, StringComparison.Ordinal)) continue;
            var stop = i + p.Length;
            if (stop < text.Length && char.IsLetter(text[stop])) continue;
            unitEnd = stop;
            return unit;
        }
        return null;
    }

    static bool IsReference(string text, int start, int end)
    {
        var before = Plain(text, Math.Max(0, start - 30), Math.Min(30, start)).ToLowerInvariant().TrimEnd();
        // "05-NQ/HU", "KH/": a symbol; but "455 lượt/578 người" pairs two figures.
        if (before.EndsWith('-') || (before.EndsWith('/') && start >= 2 && !char.IsLower(text[start - 2]))) return true;
        if (SymbolAfter().IsMatch(text.AsSpan(end, Math.Min(8, text.Length - end)))) return true; // "Số 05 -BC/BCĐ"
        if (InsideQuotes(text, start)) return true; // a model's name: “2 giám, 4 giữ”
        before = ListBefore().Replace(before, ""); // "mức độ 3, 4": the 4 is as much a level as the 3
        before = NumberWord().Replace(before, ""); // "Chỉ thị số 08"
        foreach (var w in NotAfter)
        {
            if (before.EndsWith(w, StringComparison.Ordinal) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)]))) return true;
        }
        return false;
    }

    static bool InsideQuotes(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var open = text.LastIndexOf('“', at - 1 < lineStart ? lineStart : at - 1, at - lineStart);
        if (open < 0) return false;
        var close = text.IndexOf('”', open);
        return close > at && close - open < 60;
    }

    static bool IsSectionNumber(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (!string.IsNullOrWhiteSpace(text[lineStart..start]) && lineStart != start) return false;
        return SectionNumber().IsMatch(text.AsSpan(start, Math.Min(12, text.Length - start)));
    }

    internal static string Plain(string text, int start, int length) =>
        VietnameseText.Strip(text.Substring(start, Math.Min(length, text.Length - start)));

    /// <summary>A Vietnamese number: "." groups thousands, "," marks decimals ("29.264", "95,5").</summary>
    public static bool TryParse(string raw, out decimal value)
    {
        var s = raw.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        if (raw.Contains('.') && !ThousandGroups().IsMatch(raw)) s = raw.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"(?<![\p{L}\d.,\-])(?<!\d/)(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?<pct>\s?%)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+so\s*:?$")]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"^\s*[-/]\s*[A-Z]")]
    private static partial Regex SymbolAfter();

    [GeneratedRegex(@"\s*(\d{1,3}\s*,\s*)*(\d{1,3}\s*(,|va|hoac)\s*)$")]
    private static partial Regex ListBefore();

    [GeneratedRegex(@"\G/(\d+)(?![\d/])")]
    private static partial Regex FractionTail();

    [GeneratedRegex(@"^(\d+(\.\d+)+\.?|\d+\.)\s")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex ThousandGroups();
}

/// <summary>Labels the extractor writes itself.</summary>
public static class FigureLabels
{
    /// <summary>The whole of a fraction ("8/8 xã": the second 8).</summary>
    public const string Whole = "(tổng số)";
}
