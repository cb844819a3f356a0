using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>How a dossier came in.</summary>
public enum DossierChannel
{
    Online,
    Post,
    Counter,
}

/// <summary>Where a dossier stands in the list.</summary>
public enum DossierStatus
{
    Pending,
    Settled,
    Returned,
}

/// <summary>
/// Imports a dossier list (a row per dossier: unit code unless the list is one unit's, procedure code and name, received,
/// due and settled days, channel, status, digitised yes/no, fee yes/no, paid online yes/no; README) and computes the unit's
/// month-by-month figures from it as the statistics layout carries them: received new by channel, carried over from the
/// month before, settled early / on time / late against the due day on the working calendar (a due day off runs to the
/// next working day: ONESTOP-DUE), pending at the month's end within time or overdue, returned or refused. Every wrong
/// cell refuses the file; the months computed replace the same units' figures (<see cref="OneStopStore"/>). The rows are
/// read as they stream: only a small record a dossier is held.
/// </summary>
public sealed class ImportOneStopDossiers(AppDbContext db, UnitScope scope, OneStopStore store, WorkingCalendar calendar, TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public const long MaxBytes = 256L * 1024 * 1024;
    public const int MaxRows = 2_000_000;
    public const int MaxErrors = 200;

    private static readonly HashSet<OneStopField> Allowed = [.. OneStopLayout.DossierFields];

    private readonly record struct Dossier(int UnitId, DateOnly Received, DateOnly Due, DateOnly? Finished, DossierStatus Status, DossierChannel Channel,
        bool Digitised, bool ResultDigitised, bool Fee, bool PaidOnline);

    /// <summary>Rows read so far, for the page's progress bar (set by the caller's <see cref="IProgress{T}"/>).</summary>
    public async Task<OneStopOutcome> HandleAsync(ImportOneStopRequest r, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        new Validation().Text(r.UnitCode, "unitCode", Unit.CodeMaxLength).ThrowIfInvalid();
        var importer = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (r.File is null || r.File.Length == 0)
        {
            throw DomainException.Invalid("OneStop.NoFile");
        }
        var (fileName, bytes) = await FileUploads.ReadContentAsync(r.File, MaxBytes, ct);
        var tables = OneStopTables.Stream(fileName, bytes);
        if (tables is null)
        {
            return Refused([new("", 1, "A", t["OneStop.NotSpreadsheet"].Value)]);
        }
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(importer.Path)).Select(u => new { u.Id, u.Code })
            .ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var today = clock.VietnamToday();
        var errors = new List<OneStopError>();
        var dossiers = new List<Dossier>();
        var dueOf = new Dictionary<DateOnly, DateOnly>();
        var years = new Dictionary<int, CalendarYear>();
        async Task<DateOnly> EffectiveDueAsync(DateOnly due)
        {
            if (dueOf.TryGetValue(due, out var e))
            {
                return e;
            }
            var day = due;
            for (var i = 0; i < 60; i++, day = day.AddDays(1))
            {
                if (!years.TryGetValue(day.Year, out var year))
                {
                    years[day.Year] = year = await calendar.YearAsync(day.Year, ct);
                }
                if (year.IsWorkingDay(day))
                {
                    break;
                }
            }
            return dueOf[due] = day;
        }
        var found = false;
        var read = 0;
        try
        {
            foreach (var (sheet, stream) in tables)
            {
                using var rows = stream.GetEnumerator();
                var head = new List<object?[]>();
                while (head.Count < 20 && rows.MoveNext())
                {
                    head.Add(rows.Current);
                }
                var header = OneStopLayout.Header(new OneStopTable(sheet, head), Allowed);
                if (header is not { } h)
                {
                    continue;
                }
                found = true;
                void Error(int row, int column, string key, params object[] args)
                {
                    if (errors.Count < MaxErrors)
                    {
                        errors.Add(new(sheet, row + 1, OneStopTables.Column(column), t[key, args].Value));
                    }
                }
                foreach (var (column, text) in h.Duplicates)
                {
                    Error(h.Row, column, "OneStop.DuplicateColumn", text);
                }
                var columnOf = h.Columns.ToDictionary(c => c.Value.Field, c => c.Key);
                var missing = new[] { OneStopField.ReceivedOn, OneStopField.DueOn, OneStopField.SettledOn, OneStopField.Channel, OneStopField.Status }
                    .Where(f => !columnOf.ContainsKey(f)).Select(f => t[$"OneStop.Column.{f}"].Value).ToList();
                if (!columnOf.ContainsKey(OneStopField.UnitCode) && importer.Kind is not (UnitKind.Commune or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone))
                {
                    missing.Insert(0, t["OneStop.Column.UnitCode"].Value);
                }
                if (missing.Count > 0)
                {
                    Error(h.Row, 0, "OneStop.MissingColumns", string.Join("; ", missing));
                    break;
                }
                int Col(OneStopField f) => columnOf.TryGetValue(f, out var c) ? c : 0;
                var index = 0;
                IEnumerable<object?[]> Rest()
                {
                    foreach (var row in head)
                    {
                        yield return row;
                    }
                    while (rows.MoveNext())
                    {
                        yield return rows.Current;
                    }
                }
                foreach (var row in Rest())
                {
                    var i = index++;
                    if (i < h.Row + h.Span)
                    {
                        continue;
                    }
                    object? Cell(OneStopField f) => columnOf.TryGetValue(f, out var c) && c < row.Length ? row[c] : null;
                    if (row.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s))) || OneStopLayout.IsNumbering(row))
                    {
                        continue;
                    }
                    if (++read > MaxRows)
                    {
                        Error(i, 0, "OneStop.TooManyRows", MaxRows);
                        break;
                    }
                    if (read % 50_000 == 0)
                    {
                        progress?.Report(read);
                        ct.ThrowIfCancellationRequested();
                    }
                    var unitId = importer.Id;
                    if (columnOf.ContainsKey(OneStopField.UnitCode))
                    {
                        var code = OneStopTables.Text(Cell(OneStopField.UnitCode));
                        if (code is null || !units.TryGetValue(code, out unitId))
                        {
                            Error(i, Col(OneStopField.UnitCode), code is null ? "OneStop.UnitCodeMissing" : "OneStop.UnitNotInSubtree", code ?? "", importer.Name);
                            continue;
                        }
                    }
                    var received = OneStopTables.Date(Cell(OneStopField.ReceivedOn));
                    var due = OneStopTables.Date(Cell(OneStopField.DueOn));
                    var settledText = OneStopTables.Text(Cell(OneStopField.SettledOn));
                    var settled = OneStopTables.Date(Cell(OneStopField.SettledOn));
                    var channel = ChannelOf(OneStopTables.Text(Cell(OneStopField.Channel)));
                    var status = StatusOf(OneStopTables.Text(Cell(OneStopField.Status)));
                    var ok = true;
                    void Fail(OneStopField f, string key, params object[] args)
                    {
                        Error(i, Col(f), key, args);
                        ok = false;
                    }
                    if (received is null)
                    {
                        Fail(OneStopField.ReceivedOn, "OneStop.DateInvalid");
                    }
                    else if (received > today)
                    {
                        Fail(OneStopField.ReceivedOn, "OneStop.DayInFuture", Text.Date(received.Value), Text.Date(today));
                    }
                    else if (received.Value.Year < OneStopRules.FirstYear)
                    {
                        Fail(OneStopField.ReceivedOn, "OneStop.PeriodTooOld", OneStopRules.FirstYear);
                    }
                    if (due is null)
                    {
                        Fail(OneStopField.DueOn, "OneStop.DateInvalid");
                    }
                    else if (received is not null && due < received)
                    {
                        Fail(OneStopField.DueOn, "OneStop.DueBeforeReceived");
                    }
                    if (settledText is not null && settled is null)
                    {
                        Fail(OneStopField.SettledOn, "OneStop.DateInvalid");
                    }
                    else if (settled is not null && received is not null && settled < received)
                    {
                        Fail(OneStopField.SettledOn, "OneStop.SettledBeforeReceived");
                    }
                    else if (settled > today)
                    {
                        Fail(OneStopField.SettledOn, "OneStop.DayInFuture", Text.Date(settled.Value), Text.Date(today));
                    }
                    if (channel is null)
                    {
                        Fail(OneStopField.Channel, "OneStop.ChannelInvalid", OneStopTables.Text(Cell(OneStopField.Channel)) ?? "");
                    }
                    if (status is null)
                    {
                        Fail(OneStopField.Status, "OneStop.StatusInvalid", OneStopTables.Text(Cell(OneStopField.Status)) ?? "");
                    }
                    else if (status != DossierStatus.Pending && settled is null && settledText is null)
                    {
                        Fail(OneStopField.SettledOn, "OneStop.SettledDayMissing");
                    }
                    bool? Flag(OneStopField f)
                    {
                        var v = FlagOf(Cell(f));
                        if (v is null)
                        {
                            Fail(f, "OneStop.FlagInvalid", OneStopTables.Text(Cell(f)) ?? "");
                        }
                        return v;
                    }
                    var digitised = Flag(OneStopField.Digitised);
                    var resultDigitised = Flag(OneStopField.ResultDigitised);
                    var fee = Flag(OneStopField.Fee);
                    var paid = Flag(OneStopField.PaidOnlineFlag);
                    if (!ok)
                    {
                        continue;
                    }
                    dossiers.Add(new Dossier(unitId, received!.Value, await EffectiveDueAsync(due!.Value), status == DossierStatus.Pending ? null : settled,
                        status!.Value, channel!.Value, digitised == true, resultDigitised == true && status == DossierStatus.Settled, fee == true, paid == true && fee == true));
                }
                break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not DomainException)
        {
            return Refused([new("", 1, "A", t["OneStop.NotSpreadsheet"].Value)]);
        }
        progress?.Report(read);
        if (!found)
        {
            return Refused([new(tables.FirstOrDefault().Sheet ?? "", 1, "A", t["OneStop.NoHeader"].Value)]);
        }
        if (errors.Count == 0 && dossiers.Count == 0)
        {
            errors.Add(new(tables[0].Sheet, 1, "A", t["OneStop.NoRows"].Value));
        }
        if (errors.Count > 0)
        {
            return Refused(errors);
        }
        var figures = Monthly(dossiers, today);
        var result = await store.ReplaceAsync(importer, OneStopSource.Dossiers, FileUploads.SafeFileName(fileName),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), read, figures, ct);
        return new OneStopOutcome(result, [], t["OneStop.Imported", result.Figures, result.Units, Text.Date(result.From), Text.Date(result.To), result.Replaced].Value);
    }

    /// <summary>
    /// The months of each unit, from the month of its first dossier to the list's last month (the month of its latest day):
    /// received new by channel, carried over, settled by timeliness, returned, pending at the month's end within time or overdue.
    /// </summary>
    private static List<OneStopFigures> Monthly(List<Dossier> dossiers, DateOnly today)
    {
        var last = dossiers.Max(d => d.Finished is { } f && f > d.Received ? f : d.Received);
        static int MonthIndex(DateOnly d) => d.Year * 12 + d.Month - 1;
        var lastMonth = MonthIndex(last);
        var months = new Dictionary<(int Unit, int Month), OneStopFigures>();
        OneStopFigures At(int unit, int month)
        {
            if (!months.TryGetValue((unit, month), out var f))
            {
                var from = new DateOnly(month / 12, month % 12 + 1, 1);
                var to = from.AddMonths(1).AddDays(-1);
                months[(unit, month)] = f = new OneStopFigures { UnitId = unit, From = from, To = to < today ? to : today };
            }
            return f;
        }
        foreach (var d in dossiers)
        {
            var mr = MonthIndex(d.Received);
            var r = At(d.UnitId, mr);
            switch (d.Channel)
            {
                case DossierChannel.Online: r.ReceivedOnline++; break;
                case DossierChannel.Post: r.ReceivedByPost++; break;
                default: r.ReceivedAtCounter++; break;
            }
            if (d.Digitised)
            {
                r.DigitisedReceived++;
            }
            if (d.Fee)
            {
                r.Payable++;
            }
            if (d.PaidOnline)
            {
                r.PaidOnline++;
            }
            var mf = d.Finished is { } fin ? MonthIndex(fin) : lastMonth + 1;
            for (var m = mr; m < mf && m <= lastMonth; m++)
            {
                var f = At(d.UnitId, m);
                if (m > mr)
                {
                    f.CarriedOver++;
                }
                if (d.Due < f.To)
                {
                    f.PendingOverdue++;
                }
                else
                {
                    f.PendingInTime++;
                }
            }
            if (d.Finished is { } done)
            {
                var f = At(d.UnitId, mf);
                if (mf > mr)
                {
                    f.CarriedOver++;
                }
                if (d.Status == DossierStatus.Returned)
                {
                    f.Returned++;
                }
                else
                {
                    switch (OneStopRules.Judge(done, d.Due))
                    {
                        case Timeliness.Early: f.SettledEarly++; break;
                        case Timeliness.OnTime: f.SettledOnTime++; break;
                        default: f.SettledLate++; break;
                    }
                    if (d.ResultDigitised)
                    {
                        f.DigitisedResults++;
                    }
                }
            }
        }
        // Every month of a unit between its first and the list's last, even a quiet one (its pending dossiers carried).
        foreach (var unit in months.Keys.GroupBy(k => k.Unit).ToList())
        {
            for (var m = unit.Min(k => k.Month); m <= lastMonth; m++)
            {
                At(unit.Key, m);
            }
        }
        return [.. months.Values.OrderBy(f => f.UnitId).ThenBy(f => f.From)];
    }

    public static DossierChannel? ChannelOf(string? text) => Text.Fold(text) switch
    {
        "truc tuyen" or "online" or "dich vu cong truc tuyen" or "nop truc tuyen" or "cong dich vu cong" => DossierChannel.Online,
        "buu chinh" or "qua buu chinh" or "buu chinh cong ich" or "post" => DossierChannel.Post,
        "truc tiep" or "tai quay" or "mot cua" or "tai bo phan mot cua" or "nop truc tiep" or "counter" => DossierChannel.Counter,
        _ => null,
    };

    public static DossierStatus? StatusOf(string? text) => Text.Fold(text) switch
    {
        "da giai quyet" or "da tra ket qua" or "hoan thanh" or "da co ket qua" or "da xu ly" => DossierStatus.Settled,
        "dang giai quyet" or "dang xu ly" or "chua giai quyet" or "cho xu ly" or "cho tra ket qua" => DossierStatus.Pending,
        "tra lai" or "bo sung" or "yeu cau bo sung" or "tu choi" or "khong du dieu kien" or "tra lai bo sung" or "da huy" or "huy" or "cong dan rut ho so"
            or "rut ho so" or "tam dung" => DossierStatus.Returned,
        _ => null,
    };

    /// <summary>Yes / no: "Có", "x", "1", "Đã", "true"; empty, "Không", "0" are no. Null when it is neither.</summary>
    public static bool? FlagOf(object? cell) => cell switch
    {
        null => false,
        bool b => b,
        double d => d == 1 ? true : d == 0 ? false : null,
        _ => Text.Fold(OneStopTables.Text(cell)) switch
        {
            "" or "khong" or "0" or "no" or "false" or "chua" => false,
            "co" or "x" or "1" or "yes" or "true" or "da" => true,
            _ => null,
        },
    };

    private OneStopOutcome Refused(List<OneStopError> errors) => new(null, errors, t["OneStop.Refused", errors.Count].Value);
}
