using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>A sheet of an upload: its name (the CSV's file name for a CSV) and its rows, cells as the file holds them (text, number, date).</summary>
public sealed record OneStopTable(string Sheet, IReadOnlyList<object?[]> Rows);

/// <summary>
/// Reads an upload as tables: an Excel workbook (.xlsx, every sheet) or a CSV file (UTF-8, with or without BOM; comma,
/// semicolon or tab separated — the one found most often outside quotes in its first lines; quotes as RFC 4180).
/// Also parses the numbers and dates of Vietnamese exports: "29.264", "29264", "70,41 %", "70.41%", 25/4/2024.
/// </summary>
public static partial class OneStopTables
{
    public static List<OneStopTable>? Read(string fileName, byte[] bytes)
    {
        try
        {
            return Stream(fileName, bytes)?.Select(t => new OneStopTable(t.Sheet, t.Rows.ToList())).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // a broken workbook
        }
    }

    /// <summary>The sheets of an upload with their rows read lazily (a million-row dossier list is never held whole), or null when it is neither a workbook nor a CSV file.</summary>
    public static List<(string Sheet, IEnumerable<object?[]> Rows)>? Stream(string fileName, byte[] bytes)
    {
        if (ZipPackages.IsZip(bytes))
        {
            try
            {
                using var probe = new MemoryStream(bytes, writable: false);
                return [.. MiniExcel.GetSheetNames(probe).Select(sheet => (sheet, Sheet(bytes, sheet)))];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return null;
            }
        }
        if (!Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) && !Path.GetExtension(fileName).Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Contains('\0'))
        {
            return null;
        }
        return [(Path.GetFileName(fileName), Csv(text))];
    }

    /// <summary>A sheet's rows; a broken workbook throws while read (<see cref="InvalidDataException"/> or the reader's own), which the importers turn into a refusal.</summary>
    private static IEnumerable<object?[]> Sheet(byte[] bytes, string sheet)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet))
        {
            var cells = new object?[row.Count];
            var i = 0;
            foreach (var v in row.Values)
            {
                cells[i++] = v;
            }
            yield return cells;
        }
    }

    /// <summary>The rows of a CSV text (RFC 4180 quoting), its separator guessed from its first lines.</summary>
    public static IEnumerable<object?[]> Csv(string text)
    {
        var separator = Separator(text);
        var row = new List<object?>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                row.Add(cell.ToString());
                cell.Clear();
                yield return [.. row];
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            yield return [.. row];
        }
    }

    private static char Separator(string text)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        var lines = 0;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
            else if (!quoted && c == '\n' && ++lines >= 20)
            {
                break;
            }
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == ',' ? 0 : 1).First().Key;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize(NormalizationForm.FormC),
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>
    /// A count as exports write it: a number cell, or text "29.264", "29 264", "29264" (also "29,264"). Empty is zero.
    /// Null when it is not a whole number; negative values are returned for the caller to refuse.
    /// </summary>
    public static long? Count(object? cell)
    {
        switch (cell)
        {
            case null:
                return 0;
            case double d:
                return d == Math.Floor(d) && Math.Abs(d) < 1e12 ? (long)d : null;
            case decimal m:
                return m == decimal.Truncate(m) && Math.Abs(m) < 1_000_000_000_000m ? (long)m : null;
            case int i:
                return i;
            case long l:
                return l;
        }
        var s = Text(cell);
        if (s is null || s is "-" or "–")
        {
            return 0;
        }
        s = s.Replace("\u00A0", "").Replace(" ", "");
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }
        if (!Digits().IsMatch(s) && !ThousandsDot().IsMatch(s) && !ThousandsComma().IsMatch(s))
        {
            return null;
        }
        var digits = s.Replace(".", "").Replace(",", "");
        return digits.Length > 12 ? null : (negative ? -1 : 1) * long.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>A percentage: "70,41 %", "70.41%", "70,41", a number cell (0.7041 as Excel keeps a cell formatted as percent, or 70.41).</summary>
    public static decimal? Percent(object? cell)
    {
        switch (cell)
        {
            case null:
                return null;
            case double d:
                return d is >= -1 and <= 1 && d != 0 ? (decimal)d * 100 : (decimal)d;
            case decimal m:
                return m is >= -1 and <= 1 && m != 0 ? m * 100 : m;
            case int i:
                return i;
        }
        var s = Text(cell)?.Replace("%", "").Replace(" ", "").Replace("\u00A0", "");
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }
        if (s.Contains(',') && !s.Contains('.'))
        {
            s = s.Replace(',', '.');
        }
        else if (s.Contains(',') && s.Contains('.'))
        {
            s = s.Replace(".", "").Replace(',', '.');
        }
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>A day: a date cell, or text 25/4/2024, 25/04/2024 08:30, 2024-04-25.</summary>
    public static DateOnly? Date(object? cell)
    {
        switch (cell)
        {
            case DateTime d:
                return DateOnly.FromDateTime(d);
            case DateOnly d:
                return d;
            case double serial when serial is > 20000 and < 80000:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        var s = Text(cell);
        return s is not null && DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;
    }

    /// <summary>A month: "01/2025", "1/2025", "Tháng 1/2025", "T01/2025", "2025-01"; or a date (its month).</summary>
    public static DateOnly? Month(object? cell)
    {
        if (cell is DateTime d)
        {
            return new DateOnly(d.Year, d.Month, 1);
        }
        var s = Grassroots.Web.Platform.Text.Fold(Text(cell));
        var m = MonthText().Match(s);
        if (m.Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && year is >= 2000 and <= 2100 ? new DateOnly(year, month, 1) : null;
        }
        m = IsoMonth().Match(s);
        if (m.Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && year is >= 2000 and <= 2100 ? new DateOnly(year, month, 1) : null;
        }
        return null;
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsDot();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex ThousandsComma();

    [GeneratedRegex(@"^(thang |t)?(?<m>\d{1,2}) (?<y>\d{4})$")]
    private static partial Regex MonthText();

    [GeneratedRegex(@"^(?<y>\d{4}) (?<m>\d{1,2})$")]
    private static partial Regex IsoMonth();
}
