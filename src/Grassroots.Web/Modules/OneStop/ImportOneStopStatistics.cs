using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>An upload for a unit's subtree: the province (or district, or commune) whose units the file may carry.</summary>
public sealed record ImportOneStopRequest(string? UnitCode, IFormFile? File);

/// <summary>
/// Imports the one-stop software's statistics (a row per unit and period; README "One-stop statistics"): columns found
/// by header, every count a whole number ≥ 0 in Vietnamese or plain writing, every printed rate 0–100 %, every unit one of
/// the importer's subtree, every period ended by today and not before 2015, the counts consistent (settled no more than
/// received...). One wrong cell refuses the file, every wrong cell named by sheet, row and column; nothing is stored.
/// An accepted file replaces the figures of the same units for overlapping periods (<see cref="OneStopStore"/>).
/// </summary>
public sealed class ImportOneStopStatistics(AppDbContext db, UnitScope scope, OneStopStore store, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 100_000;

    private static readonly HashSet<OneStopField> Allowed = [.. OneStopLayout.StatisticsFields];

    private static readonly (OneStopField Field, Action<OneStopFigures, int> Set)[] Counts =
    [
        (OneStopField.CarriedOver, (f, v) => f.CarriedOver = v),
        (OneStopField.ReceivedOnline, (f, v) => f.ReceivedOnline = v),
        (OneStopField.ReceivedByPost, (f, v) => f.ReceivedByPost = v),
        (OneStopField.ReceivedAtCounter, (f, v) => f.ReceivedAtCounter = v),
        (OneStopField.SettledEarly, (f, v) => f.SettledEarly = v),
        (OneStopField.SettledOnTime, (f, v) => f.SettledOnTime = v),
        (OneStopField.SettledLate, (f, v) => f.SettledLate = v),
        (OneStopField.PendingInTime, (f, v) => f.PendingInTime = v),
        (OneStopField.PendingOverdue, (f, v) => f.PendingOverdue = v),
        (OneStopField.Returned, (f, v) => f.Returned = v),
        (OneStopField.DigitisedReceived, (f, v) => f.DigitisedReceived = v),
        (OneStopField.DigitisedResults, (f, v) => f.DigitisedResults = v),
        (OneStopField.Payable, (f, v) => f.Payable = v),
        (OneStopField.PaidOnline, (f, v) => f.PaidOnline = v),
    ];

    public async Task<OneStopOutcome> HandleAsync(ImportOneStopRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.UnitCode, "unitCode", Unit.CodeMaxLength).ThrowIfInvalid();
        var importer = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (r.File is null || r.File.Length == 0)
        {
            throw DomainException.Invalid("OneStop.NoFile");
        }
        var (fileName, bytes) = await FileUploads.ReadContentAsync(r.File, MaxBytes, ct);
        var tables = OneStopTables.Read(fileName, bytes);
        if (tables is null)
        {
            return Refused([new("", 1, "A", t["OneStop.NotSpreadsheet"].Value)]);
        }
        var errors = new List<OneStopError>();
        var figures = new List<OneStopFigures>();
        var rowsRead = 0;
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(importer.Path)).Select(u => new { u.Id, u.Code, u.Name, u.Path })
            .ToDictionaryAsync(u => u.Code, ct);
        var today = clock.VietnamToday();
        var found = false;
        foreach (var table in tables)
        {
            var header = OneStopLayout.Header(table, Allowed);
            if (header is not { } h)
            {
                continue;
            }
            found = true;
            void Error(int row, int column, string key, params object[] args) =>
                errors.Add(new(table.Sheet, row + 1, OneStopTables.Column(column), t[key, args].Value));
            foreach (var (column, text) in h.Duplicates)
            {
                Error(h.Row, column, "OneStop.DuplicateColumn", text);
            }
            var columnOf = h.Columns.Where(c => c.Value.Field != OneStopField.Rate).ToDictionary(c => c.Value.Field, c => c.Key);
            var hasPeriod = columnOf.ContainsKey(OneStopField.Month) || (columnOf.ContainsKey(OneStopField.From) && columnOf.ContainsKey(OneStopField.To));
            var missing = new List<string>();
            if (!hasPeriod)
            {
                missing.Add(t["OneStop.Column.Period"].Value);
            }
            foreach (var needed in new[] { OneStopField.ReceivedOnline, OneStopField.SettledOnTime, OneStopField.SettledLate })
            {
                if (!columnOf.ContainsKey(needed))
                {
                    missing.Add(t[$"OneStop.Column.{needed}"].Value);
                }
            }
            if (!columnOf.ContainsKey(OneStopField.ReceivedAtCounter) && !columnOf.ContainsKey(OneStopField.ReceivedNew) && !columnOf.ContainsKey(OneStopField.Received))
            {
                missing.Add(t["OneStop.Column.ReceivedAtCounter"].Value);
            }
            if (missing.Count > 0)
            {
                Error(h.Row, 0, "OneStop.MissingColumns", string.Join("; ", missing));
                break;
            }
            var seen = new Dictionary<int, List<(DateOnly From, DateOnly To)>>();
            for (var i = h.Row + h.Span; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                object? Cell(OneStopField f) => columnOf.TryGetValue(f, out var c) && c < row.Length ? row[c] : null;
                int Col(OneStopField f) => columnOf.TryGetValue(f, out var c) ? c : 0;
                if (row.All(c => OneStopTables.Text(c) is null) || OneStopLayout.IsNumbering(row))
                {
                    continue;
                }
                var code = OneStopTables.Text(Cell(OneStopField.UnitCode));
                if (code is null)
                {
                    var label = Text.Fold(OneStopTables.Text(Cell(OneStopField.UnitName)) ?? row.Select(OneStopTables.Text).FirstOrDefault(x => x is not null));
                    if (label.StartsWith("tong", StringComparison.Ordinal) || label.StartsWith("cong", StringComparison.Ordinal))
                    {
                        continue; // the total row: recomputed, never read
                    }
                    Error(i, Col(OneStopField.UnitCode), "OneStop.UnitCodeMissing");
                    continue;
                }
                if (++rowsRead > MaxRows)
                {
                    Error(i, 0, "OneStop.TooManyRows", MaxRows);
                    break;
                }
                var f = new OneStopFigures();
                if (!units.TryGetValue(code, out var unit))
                {
                    Error(i, Col(OneStopField.UnitCode), "OneStop.UnitNotInSubtree", code, importer.Name);
                }
                else
                {
                    f.UnitId = unit.Id;
                }
                // The period.
                DateOnly? from, to;
                if (columnOf.ContainsKey(OneStopField.Month) && !(columnOf.ContainsKey(OneStopField.From) && OneStopTables.Text(Cell(OneStopField.From)) is not null))
                {
                    from = OneStopTables.Month(Cell(OneStopField.Month));
                    to = from?.AddMonths(1).AddDays(-1);
                    if (from is null)
                    {
                        Error(i, Col(OneStopField.Month), "OneStop.MonthInvalid");
                    }
                }
                else
                {
                    from = OneStopTables.Date(Cell(OneStopField.From));
                    to = OneStopTables.Date(Cell(OneStopField.To));
                    if (from is null)
                    {
                        Error(i, Col(OneStopField.From), "OneStop.DateInvalid");
                    }
                    if (to is null)
                    {
                        Error(i, Col(OneStopField.To), "OneStop.DateInvalid");
                    }
                }
                if (from is { } a && to is { } b)
                {
                    var periodColumn = columnOf.TryGetValue(OneStopField.To, out var tc) ? tc : Col(OneStopField.Month);
                    if (a > b)
                    {
                        Error(i, periodColumn, "OneStop.PeriodInverted");
                    }
                    else if (b > today)
                    {
                        Error(i, periodColumn, "OneStop.PeriodInFuture", Text.Date(b), Text.Date(today));
                    }
                    else if (a.Year < OneStopRules.FirstYear)
                    {
                        Error(i, periodColumn, "OneStop.PeriodTooOld", OneStopRules.FirstYear);
                    }
                    else if (f.UnitId != 0)
                    {
                        var periods = seen.TryGetValue(f.UnitId, out var p) ? p : seen[f.UnitId] = [];
                        if (periods.Any(x => x.From <= b && x.To >= a))
                        {
                            Error(i, periodColumn, "OneStop.PeriodTwice", code);
                        }
                        periods.Add((a, b));
                    }
                    f.From = a;
                    f.To = b;
                }
                // The counts.
                var bad = false;
                long? Read(OneStopField field)
                {
                    if (!columnOf.TryGetValue(field, out var c))
                    {
                        return null;
                    }
                    var v = OneStopTables.Count(c < row.Length ? row[c] : null);
                    if (v is null)
                    {
                        Error(i, c, "OneStop.CountInvalid", OneStopTables.Text(row[c]) ?? "");
                        bad = true;
                    }
                    else if (v < 0)
                    {
                        Error(i, c, "OneStop.CountNegative");
                        bad = true;
                    }
                    else if (v > OneStopRules.MaxCount)
                    {
                        Error(i, c, "OneStop.CountTooLarge");
                        bad = true;
                    }
                    return v is >= 0 and <= OneStopRules.MaxCount ? v : null;
                }
                foreach (var (field, set) in Counts)
                {
                    set(f, (int)(Read(field) ?? 0));
                }
                var newTotal = Read(OneStopField.ReceivedNew);
                var total = Read(OneStopField.Received);
                var settled = Read(OneStopField.Settled);
                var pending = Read(OneStopField.Pending);
                if (!columnOf.ContainsKey(OneStopField.ReceivedAtCounter))
                {
                    // The counter's share is what the totals leave once online and post are taken.
                    var counter = newTotal is { } n ? n - f.ReceivedOnline - f.ReceivedByPost
                        : total is { } all ? all - f.CarriedOver - f.ReceivedOnline - f.ReceivedByPost : 0;
                    if (counter < 0)
                    {
                        Error(i, Col(newTotal is not null ? OneStopField.ReceivedNew : OneStopField.Received), "OneStop.ChannelsOverTotal");
                        bad = true;
                    }
                    f.ReceivedAtCounter = (int)Math.Max(0, counter);
                }
                else if (newTotal is { } n && n != f.ReceivedNew)
                {
                    Error(i, Col(OneStopField.ReceivedNew), "OneStop.TotalMismatch", n, f.ReceivedNew);
                    bad = true;
                }
                if (!bad && total is { } tot && tot != f.Received)
                {
                    Error(i, Col(OneStopField.Received), "OneStop.TotalMismatch", tot, f.Received);
                    bad = true;
                }
                if (!bad && settled is { } s && columnOf.ContainsKey(OneStopField.SettledEarly) && s != f.Settled)
                {
                    Error(i, Col(OneStopField.Settled), "OneStop.TotalMismatch", s, f.Settled);
                    bad = true;
                }
                else if (!bad && settled is { } s2 && !columnOf.ContainsKey(OneStopField.SettledEarly))
                {
                    // "Đã giải quyết" with "Đúng hạn | Quá hạn" only: early and on time were merged by the export; nothing split.
                    if (s2 < f.SettledOnTime + f.SettledLate)
                    {
                        Error(i, Col(OneStopField.Settled), "OneStop.TotalMismatch", s2, f.SettledOnTime + f.SettledLate);
                        bad = true;
                    }
                }
                if (!bad && pending is { } pd && (columnOf.ContainsKey(OneStopField.PendingInTime) || columnOf.ContainsKey(OneStopField.PendingOverdue)))
                {
                    if (pd != f.PendingInTime + f.PendingOverdue)
                    {
                        Error(i, Col(OneStopField.Pending), "OneStop.TotalMismatch", pd, f.PendingInTime + f.PendingOverdue);
                        bad = true;
                    }
                }
                else if (pending is { } pd2)
                {
                    f.PendingInTime = (int)pd2;
                }
                if (!bad)
                {
                    foreach (var (field, key) in OneStopRules.Contradictions(f))
                    {
                        var column = columnOf.TryGetValue(field, out var c) ? c
                            : field == OneStopField.Pending ? Col(OneStopField.PendingInTime) : Col(OneStopField.SettledOnTime);
                        Error(i, column, key);
                    }
                }
                // The rates the export prints: checked, not kept.
                foreach (var (c, (field, text)) in h.Columns.Where(c => c.Value.Field == OneStopField.Rate))
                {
                    var raw = c < row.Length ? row[c] : null;
                    if (OneStopTables.Text(raw) is null)
                    {
                        continue;
                    }
                    var rate = OneStopTables.Percent(raw);
                    if (rate is null)
                    {
                        Error(i, c, "OneStop.RateInvalid", OneStopTables.Text(raw) ?? "");
                    }
                    else if (rate < 0 || rate > 100)
                    {
                        Error(i, c, "OneStop.RateOver100", Text.Fold(text).Length > 0 ? text : "", Indicator(rate.Value));
                    }
                }
                figures.Add(f);
            }
            break; // the first sheet holding the layout is the file
        }
        if (!found)
        {
            return Refused([new(tables.FirstOrDefault()?.Sheet ?? "", 1, "A", t["OneStop.NoHeader"].Value)]);
        }
        if (errors.Count == 0 && figures.Count == 0)
        {
            errors.Add(new(tables[0].Sheet, 1, "A", t["OneStop.NoRows"].Value));
        }
        if (errors.Count > 0)
        {
            return Refused(errors);
        }
        var result = await store.ReplaceAsync(importer, OneStopSource.Statistics, FileUploads.SafeFileName(fileName), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            rowsRead, figures, ct);
        return new OneStopOutcome(result, [], t["OneStop.Imported", result.Figures, result.Units, Text.Date(result.From), Text.Date(result.To), result.Replaced].Value);
    }

    private static string Indicator(decimal rate) => rate.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " %";

    private OneStopOutcome Refused(List<OneStopError> errors) => new(null, errors, t["OneStop.Refused", errors.Count].Value);
}
