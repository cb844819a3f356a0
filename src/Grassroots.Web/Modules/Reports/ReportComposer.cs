using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Modules.Steering.Contracts;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Reports;

/// <summary>A table of figures by unit, its cells as printed; <see cref="Cells"/> keeps the same cells typed (numbers as numbers) for the workbook.</summary>
public sealed record ComposedTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    [JsonIgnore]
    public IReadOnlyList<IReadOnlyList<object?>> Cells { get; init; } = [];
}

/// <summary>A paragraph of the body. <see cref="ProseKey"/> marks the unit's own prose; <see cref="Gathered"/> when it was gathered from sub-units.</summary>
public sealed record ComposedParagraph(string Text, IReadOnlyList<string> Footnotes, string? ProseKey = null, bool Gathered = false);

public sealed record ComposedBlock(ComposedParagraph? Paragraph, ComposedTable? Table, string? ProseKey = null, string? Hint = null);

public sealed record ComposedSection(string Number, string Title, int Level, IReadOnlyList<ComposedBlock> Blocks);

/// <summary>
/// What a report still lacks before it is signed: <see cref="Key"/> names it (a resource key under "Reports.Gap."):
/// EmptySection (with the section's number and title), NoFigures (a section printing "—" for an indicator without a figure,
/// with the indicators' names), Number, Signer, IssuedOn.
/// </summary>
public sealed record ReportGap(string Key, string? Section = null);

/// <summary>
/// A report ready to print: header parts, numbered sections, figures filled in, signature and recipients, appendix tables;
/// <see cref="Number"/> and <see cref="IssuedOn"/> as the drafter set them (the printed date is the issue date, else the
/// day it was sent, else today); <see cref="Missing"/>, what it still lacks before it is signed.
/// </summary>
public sealed record ComposedReport(
    HeaderStyle Style, IReadOnlyList<string> IssuingBody, int GoverningLines, string NumberAndSymbol, string Place, DateOnly Date, string DocumentType,
    string Summary, string? Addressee, string? Opening, IReadOnlyList<ComposedSection> Sections, string? Closing,
    IReadOnlyList<string> SignerAuthority, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients, IReadOnlyList<ComposedTable> Appendix,
    bool Consolidated, IReadOnlyDictionary<string, string> Prose, IReadOnlyDictionary<string, string> GatheredProse)
{
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public IReadOnlyList<ReportGap> Missing { get; init; } = [];
}

/// <summary>
/// Fills a template for a unit and a period: its figures (rolled up), the same period a year before
/// ("tăng/giảm ... so với cùng kỳ"), its prose; for the unit that opened the period, tables by sub-unit and
/// its sub-units' prose gathered where it has not written its own — one sentence for the units that wrote the same.
/// Names keep their case as the unit tree holds them ("Xã Rô Men").
/// </summary>
[Scoped]
public sealed partial class ReportComposer(AppDbContext db, IIndicatorFigures figures, IIndicatorCatalogue catalogue, ISteeringRecords steering)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The last day of the period after this one, as long as this one in whole months (a six-month report: the next six months).</summary>
    public static DateOnly NextPeriodEnd(ReportPeriod period)
    {
        var months = Math.Max(1, (period.To.Year - period.From.Year) * 12 + period.To.Month - period.From.Month + 1);
        return period.To.AddDays(1).AddMonths(months).AddDays(-1);
    }

    /// <summary>A section before numbering: its blocks, its children, and whether anything is written in it or under it.</summary>
    private sealed record Draft(string Title, int Level, List<ComposedBlock> Blocks, List<Draft> Children, IReadOnlyList<string> NoFigures)
    {
        public bool HasContent => Blocks.Any(b => b.Paragraph is not null || b.Table is not null) || Children.Any(c => c.HasContent);

        public bool HasOwnGap => Blocks.Count > 0 && Blocks.All(b => b.Paragraph is null && b.Table is null);
    }

    /// <param name="omitEmpty">For the document to sign: a section with nothing written in it or under it is left out and the others numbered on.</param>
    public async Task<ComposedReport> ComposeAsync(ReportPeriod period, Unit unit, UnitReport? report, DateOnly today, bool omitEmpty = false,
        CancellationToken ct = default)
    {
        var body = period.Template!.Parse();
        var consolidated = unit.Id == period.OwnerUnitId;
        var subUnits = consolidated
            ? period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).ToList()
            : [unit];
        var tableKeys = body.AllBlocks().Where(b => b.Kind == BlockKind.Table).SelectMany(b => b.Keys ?? []).Distinct().ToList();
        // The unit and its table's sub-units in one pass over the records (a national report reads the whole country once).
        var withTable = tableKeys.Count > 0 && consolidated;
        var current = await figures.ValuesForAsync(withTable ? [unit, .. subUnits.Where(u => u.Id != unit.Id)] : [unit], period.From, period.To, ct);
        var values = current[unit.Id];
        var previous = await figures.ValuesAsync(unit, period.From.AddYears(-1), period.To.AddYears(-1), ct);
        var byUnit = tableKeys.Count == 0 ? [] : consolidated
            ? subUnits.ToDictionary(u => u.Id, u => current[u.Id])
            : new Dictionary<int, Dictionary<string, decimal?>> { [unit.Id] = values };

        // The register's documents of the period and the committee's open tasks due by the end of the next period (Steering).
        var citations = body.AllBlocks().Any(b => b.Kind == BlockKind.Documents) ? await steering.CitationsAsync(unit, period.From, period.To, ct) : [];
        var openTasks = body.AllBlocks().Any(b => b.Kind == BlockKind.Tasks) ? await steering.OpenTasksAsync(unit, NextPeriodEnd(period), ct) : [];
        var prose = ParseProse(report?.Prose);
        var gathered = consolidated ? await GatherAsync(period, ct) : new Dictionary<string, string>();
        var words = Words(unit, period);
        string Fill(string text) => FillFigures(Replace(text, words), values, previous);

        var appendix = new List<ComposedTable>();
        Draft Walk(TemplateSection s, int level)
        {
            var blocks = new List<ComposedBlock>();
            var noFigures = new List<string>();
            foreach (var b in s.Blocks ?? [])
            {
                switch (b.Kind)
                {
                    case BlockKind.Text:
                        blocks.Add(new(new(Replace(b.Text ?? "", words), []), null));
                        break;
                    case BlockKind.Figures:
                        blocks.Add(new(new(Fill(b.Text ?? ""), b.Footnote is { } f ? [Fill(f)] : []), null));
                        noFigures.AddRange(Unfilled(b.Text, values).Concat(Unfilled(b.Footnote, values)));
                        break;
                    case BlockKind.Documents:
                        if (citations.Count > 0)
                        {
                            var lead = Replace(b.Text ?? "", words).Replace("{count}", citations.Count.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal);
                            blocks.Add(new(new(lead, [string.Join("; ", citations) + "."]), null));
                        }
                        break;
                    case BlockKind.Tasks:
                        if (openTasks.Count > 0 && !string.IsNullOrWhiteSpace(b.Text))
                        {
                            blocks.Add(new(new(Replace(b.Text, words), []), null));
                        }
                        var n = 0;
                        foreach (var t in openTasks)
                        {
                            n++;
                            blocks.Add(new(new($"{n.ToString(CultureInfo.InvariantCulture)}. {t.Title.TrimEnd('.')} (đơn vị thực hiện: {t.AssigneeName}; thời hạn: {Text.Date(t.DueOn)}).", []), null));
                        }
                        break;
                    case BlockKind.Table:
                        var table = Table(Replace(s.Title, words), b.Keys ?? [], subUnits, byUnit, values);
                        blocks.Add(new(null, table));
                        appendix.Add(table);
                        break;
                    case BlockKind.Prose:
                        var key = b.ProseKey ?? "";
                        var own = prose.GetValueOrDefault(key);
                        var isGathered = string.IsNullOrWhiteSpace(own) && gathered.ContainsKey(key);
                        var text = isGathered ? gathered[key] : own ?? "";
                        var paragraphs = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                        if (paragraphs.Length == 0)
                        {
                            blocks.Add(new(null, null, key, b.Hint));
                        }
                        foreach (var p in paragraphs)
                        {
                            blocks.Add(new(new(p, [], key, isGathered), null, key, b.Hint));
                        }
                        break;
                }
            }
            return new Draft(Replace(s.Title, words), level, blocks, (s.Children ?? []).Select(c => Walk(c, Math.Min(level + 1, 3))).ToList(),
                noFigures.Distinct().ToList());
        }
        var drafts = body.Sections.Select(s => Walk(s, 1)).ToList();

        // Numbered I., 1., 1.1. by depth; the sections left out (when asked) take no number.
        var sections = new List<ComposedSection>();
        var missing = new List<ReportGap>();
        var counters = new int[4];
        void Number(Draft d)
        {
            if (omitEmpty && !d.HasContent)
            {
                return;
            }
            counters[d.Level]++;
            for (var i = d.Level + 1; i < counters.Length; i++)
            {
                counters[i] = 0;
            }
            var number = d.Level switch
            {
                1 => NationalDocument.Roman(counters[1]) + ".",
                2 => counters[2].ToString(CultureInfo.InvariantCulture) + ".",
                _ => $"{counters[2].ToString(CultureInfo.InvariantCulture)}.{counters[3].ToString(CultureInfo.InvariantCulture)}.",
            };
            // "IV.1.1. Những kết quả đạt được": the part's number before a section's, so that the drafter finds it.
            var path = d.Level == 1 ? number : NationalDocument.Roman(counters[1]) + "." + number;
            if (d.HasOwnGap)
            {
                missing.Add(new("EmptySection", $"{path} {d.Title}"));
            }
            if (d.NoFigures.Count > 0)
            {
                missing.Add(new("NoFigures", $"{path} {d.Title}: {string.Join("; ", d.NoFigures)}"));
            }
            sections.Add(new(number, d.Title, d.Level, d.Blocks));
            foreach (var c in d.Children)
            {
                Number(c);
            }
        }
        foreach (var d in drafts)
        {
            Number(d);
        }

        var parent = body.ParentBody is { } pb ? Replace(pb, words) : null;
        var issuing = (report?.IssuingBody is { Length: > 0 } custom ? custom : Replace(body.IssuingBody, words)).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        if (report?.ParentBody is { Length: > 0 } customParent)
        {
            lines.Add(customParent);
        }
        else if (parent is not null)
        {
            lines.Add(parent);
        }
        var governing = lines.Count;
        lines.AddRange(issuing);
        var typed = report?.Number is { Length: > 0 } n ? n : null;
        var date = report?.IssuedOn ?? (report?.SubmittedAt is { } submitted ? Clock.VietnamDay(submitted) : today);
        var recipients = report?.Recipients is { Length: > 0 } r
            ? r.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()
            : consolidated ? body.Recipients.Select(x => Replace(x, words)).ToList() : [period.Recipient, "Lưu: VT"];
        var signerName = report?.SignerName ?? "";
        if (typed is null)
        {
            missing.Add(new("Number"));
        }
        if (string.IsNullOrWhiteSpace(signerName))
        {
            missing.Add(new("Signer"));
        }
        if (report?.IssuedOn is null)
        {
            missing.Add(new("IssuedOn"));
        }
        return new ComposedReport(body.Style, lines, governing, (typed ?? "     ") + body.Symbol, report?.Place is { Length: > 0 } place ? place : words["{place}"], date,
            body.DocumentType, Replace(body.Summary, words), body.Style == HeaderStyle.State ? period.Recipient : null,
            body.Opening is { } o ? Replace(o, words) : null, sections, body.Closing is { } c ? Replace(c, words) : null,
            Replace(body.SignerAuthority, words).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            report?.SignerTitle is { Length: > 0 } st ? st : Replace(body.SignerTitle, words), signerName, recipients, appendix, consolidated, prose, gathered)
        {
            Number = typed,
            IssuedOn = report?.IssuedOn,
            Missing = missing,
        };
    }

    public static Dictionary<string, string> ParseProse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    /// <summary>
    /// The sub-units' prose of the same key, for the editor to condense: the units that wrote the same text (or the same
    /// text but for their own name) are named once in one sentence — "Xã Phi Liêng, Xã Rô Men và Xã Đạ Tông: …", or
    /// their names where each wrote its own ("… của Xã Phi Liêng, Xã Rô Men và Xã Đạ Tông ổn định") — never the same
    /// sentence repeated unit by unit.
    /// </summary>
    private async Task<Dictionary<string, string>> GatherAsync(ReportPeriod period, CancellationToken ct)
    {
        var reports = await db.Set<UnitReport>().AsNoTracking()
            .Where(r => r.PeriodId == period.Id && r.UnitId != period.OwnerUnitId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
            .Select(r => new { r.Unit!.Name, r.Unit.Code, r.Prose }).ToListAsync(ct);
        var byKey = new Dictionary<string, List<(string Unit, string Text)>>();
        foreach (var r in reports.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            foreach (var (key, text) in ParseProse(r.Prose).Where(p => !string.IsNullOrWhiteSpace(p.Value)))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }
                list.Add((r.Name, text.Replace('\n', ' ').Trim()));
            }
        }
        return byKey.ToDictionary(x => x.Key, x => string.Join("\n", Compose(x.Value)));
    }

    private const string NameMark = "\u0001";

    /// <summary>One paragraph per distinct text, naming the units that wrote it once (see <see cref="GatherAsync"/>).</summary>
    internal static IEnumerable<string> Compose(IReadOnlyList<(string Unit, string Text)> written)
    {
        // A unit's own name in its text (in any case: "xã rô men" typed by hand) stands for every unit of the group.
        static string Shape(string unit, string text)
        {
            var at = text.IndexOf(unit, StringComparison.OrdinalIgnoreCase);
            return at < 0 ? text : string.Concat(text.AsSpan(0, at), NameMark, text.AsSpan(at + unit.Length));
        }
        foreach (var group in written.GroupBy(w => Shape(w.Unit, w.Text), StringComparer.Ordinal))
        {
            var names = ListNames(group.Select(g => g.Unit).ToList());
            yield return group.Key.Contains(NameMark, StringComparison.Ordinal)
                ? group.Key.Replace(NameMark, names, StringComparison.Ordinal)
                : $"{names}: {group.Key}";
        }
    }

    /// <summary>"Xã A", "Xã A và Xã B", "Xã A, Xã B và Xã C".</summary>
    internal static string ListNames(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} và {names[^1]}";

    /// <summary>A row per unit (number, name, figures) and, for several units, the total row.</summary>
    private ComposedTable Table(string title, IReadOnlyList<string> keys, IReadOnlyList<Unit> units, Dictionary<int, Dictionary<string, decimal?>> byUnit,
        Dictionary<string, decimal?> total)
    {
        var indicators = keys.Select(catalogue.Find).OfType<Indicator>().ToList();
        var columns = new List<string> { "TT", "Đơn vị" };
        columns.AddRange(indicators.Select(d => $"{d.Vi} ({d.Measure.Vi})"));
        List<decimal?> FiguresOf(IReadOnlyDictionary<string, decimal?> values) => indicators.Select(d => values.GetValueOrDefault(d.Key)).ToList();
        var lines = units.Select((u, i) => (Number: (int?)(i + 1), u.Name, Values: FiguresOf(byUnit.GetValueOrDefault(u.Id) ?? []))).ToList();
        if (units.Count > 1)
        {
            lines.Add((null, "Tổng cộng", FiguresOf(total)));
        }
        var rows = lines.Select(l => (IReadOnlyList<string>)[l.Number?.ToString(CultureInfo.InvariantCulture) ?? "", l.Name, .. l.Values.Select(v => Indicator.Number(v))]);
        var cells = lines.Select(l => (IReadOnlyList<object?>)[l.Number, l.Name, .. l.Values.Cast<object?>()]);
        return new ComposedTable(title, columns, rows.ToList()) { Cells = cells.ToList() };
    }

    [GeneratedRegex(@"\{(?<key>[a-z_]+(\.[a-z_]+)+)(:(?<fmt>02|cmp|prev))?\}")]
    private static partial Regex Placeholder();

    /// <summary>The indicators a sentence prints that have no figure for the period (printed "—"), by name.</summary>
    private IEnumerable<string> Unfilled(string? text, IReadOnlyDictionary<string, decimal?> values) =>
        text is null ? [] : Placeholder().Matches(text)
            .Where(m => m.Groups["fmt"].Value is not ("prev" or "cmp") && catalogue.Find(m.Groups["key"].Value) is not null
                && values.GetValueOrDefault(m.Groups["key"].Value) is null)
            .Select(m => catalogue.Get(m.Groups["key"].Value).Vi);

    /// <summary>Replaces {key}, {key:02}, {key:cmp} and {key:prev} by the figures.</summary>
    private string FillFigures(string text, IReadOnlyDictionary<string, decimal?> values, IReadOnlyDictionary<string, decimal?> previous) =>
        Placeholder().Replace(text, m =>
        {
            var key = m.Groups["key"].Value;
            var d = catalogue.Find(key);
            if (d is null)
            {
                return m.Value;
            }
            var value = values.GetValueOrDefault(key);
            return m.Groups["fmt"].Value switch
            {
                "02" => Indicator.Padded(value),
                "prev" => Indicator.Number(previous.GetValueOrDefault(key)),
                "cmp" => Comparison(value, previous.GetValueOrDefault(key), d),
                _ => Indicator.Number(value),
            };
        });

    /// <summary>"tăng 12 lượt so với cùng kỳ", "giảm 1,5 điểm phần trăm so với cùng kỳ", "bằng cùng kỳ".</summary>
    private static string Comparison(decimal? value, decimal? previous, Indicator d)
    {
        if (value is not { } now || previous is not { } before)
        {
            return "chưa có số liệu cùng kỳ";
        }
        var diff = now - before;
        if (diff == 0)
        {
            return "bằng cùng kỳ";
        }
        var measure = d.Measure == Measure.Percent ? "điểm phần trăm" : d.Measure.Vi;
        return $"{(diff > 0 ? "tăng" : "giảm")} {Indicator.Number(Math.Abs(diff))} {measure} so với cùng kỳ";
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> words)
    {
        foreach (var (k, v) in words)
        {
            text = text.Replace(k, v, StringComparison.Ordinal);
        }
        return text;
    }


    /// <summary>
    /// The words a template may use: {unit}, {UNIT}, {place}, {PLACE}, {period}, {next}, {NEXT}; the unit's level
    /// ({level}: "huyện"), the level above ({above}: "tỉnh"; {above_party}: "Tỉnh ủy"), the Party committee of the unit
    /// ({party}: "Huyện ủy", {PARTY}: "HUYỆN ỦY ĐAM RÔNG") and the units that report ({units}: "xã", "huyện").
    /// </summary>
    private static Dictionary<string, string> Words(Unit unit, ReportPeriod period)
    {
        var place = Unit.PlaceName(unit.Name);
        var (now, next) = PeriodWords(period.From, period.To);
        var (level, above, aboveParty, party) = unit.Kind switch
        {
            UnitKind.Province when unit.Name.StartsWith("Thành phố", StringComparison.Ordinal) => ("thành phố", "Trung ương", "Trung ương", "Thành ủy"),
            UnitKind.Province => ("tỉnh", "Trung ương", "Trung ương", "Tỉnh ủy"),
            UnitKind.District when unit.Name.StartsWith("Thành phố", StringComparison.Ordinal) || unit.Name.StartsWith("Thị xã", StringComparison.Ordinal) =>
                (unit.Name.StartsWith("Thị xã", StringComparison.Ordinal) ? "thị xã" : "thành phố", "tỉnh", "Tỉnh ủy", unit.Name.StartsWith("Thị xã", StringComparison.Ordinal) ? "Thị ủy" : "Thành ủy"),
            UnitKind.District => ("huyện", "tỉnh", "Tỉnh ủy", "Huyện ủy"),
            UnitKind.Ward => ("phường", "cấp trên", "cấp ủy cấp trên", "Đảng ủy"),
            UnitKind.Township => ("thị trấn", "huyện", "Huyện ủy", "Đảng ủy"),
            UnitKind.SpecialZone => ("đặc khu", "tỉnh", "Tỉnh ủy", "Đảng ủy"),
            _ => ("xã", "cấp trên", "cấp ủy cấp trên", "Đảng ủy"),
        };
        var kinds = period.Units.Select(u => u.Unit?.Kind).OfType<UnitKind>().Distinct().ToList();
        var units = kinds.Count > 0 && kinds.All(k => k == UnitKind.District) ? "huyện"
            : kinds.Contains(UnitKind.Ward) ? "xã, phường"
            : "xã";
        var partyBody = party == "Đảng ủy" ? $"ĐẢNG ỦY {unit.Name.ToUpper(Vi)}" : $"{party.ToUpper(Vi)} {place.ToUpper(Vi)}";
        return new Dictionary<string, string>
        {
            ["{unit}"] = unit.Name,
            ["{UNIT}"] = unit.Name.ToUpper(Vi),
            ["{place}"] = place,
            ["{PLACE}"] = place.ToUpper(Vi),
            ["{period}"] = now,
            ["{next}"] = next,
            ["{NEXT}"] = next.ToUpper(Vi),
            ["{level}"] = level,
            ["{above}"] = above,
            ["{above_party}"] = aboveParty,
            ["{party}"] = party,
            ["{PARTY}"] = partyBody,
            ["{units}"] = units,
        };
    }

    /// <summary>"6 tháng đầu năm 2022" / "6 tháng cuối năm 2022", "năm 2023", or the dates.</summary>
    public static (string Period, string Next) PeriodWords(DateOnly from, DateOnly to)
    {
        var y = from.Year.ToString(CultureInfo.InvariantCulture);
        if (from.Year == to.Year && from.Day == 1 && from.Month == 1 && to.Month == 6 && to.Day == 30)
        {
            return ($"6 tháng đầu năm {y}", $"6 tháng cuối năm {y}");
        }
        if (from.Year == to.Year && from.Day == 1 && from.Month == 7 && to.Month == 12 && to.Day == 31)
        {
            return ($"6 tháng cuối năm {y}", $"năm {(from.Year + 1).ToString(CultureInfo.InvariantCulture)}");
        }
        if (from.Year == to.Year && from.Day == 1 && from.Month == 1 && to.Month == 12 && to.Day == 31)
        {
            return ($"năm {y}", $"năm {(from.Year + 1).ToString(CultureInfo.InvariantCulture)}");
        }
        return ($"từ ngày {Platform.Text.Date(from)} đến ngày {Platform.Text.Date(to)}", "thời gian tới");
    }
}
