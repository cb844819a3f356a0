namespace Grassroots.Web.Kernel.Units;

/// <summary>Where an ended unit went: a unit in being today, and its province to tell it from another of its name.</summary>
public sealed record UnitSuccessor(string Code, string Name, UnitKind Kind, string? ProvinceName);

/// <summary>
/// A province or a commune-level unit (xã, phường, thị trấn, đặc khu) as the public finds it: its province (the one on
/// its path, as it was for an old unit) and, once ended, the day it ended and the units in being today that took it over.
/// </summary>
public sealed record PublicUnit(string Code, string Name, UnitKind Kind, string? ProvinceCode, string? ProvinceName, DateOnly? EndedOn,
    IReadOnlyList<UnitSuccessor> Successors)
{
    public bool Ended => EndedOn is not null;
}

/// <summary>What a search found: the best matches first, and whether there were more than it shows.</summary>
public sealed record UnitSearchResult(string Query, IReadOnlyList<PublicUnit> Units, bool More);

/// <summary>
/// The provinces and commune-level units of the whole country, with their names folded for search (<see cref="Text.Fold"/>),
/// built in memory from one read of those units and of the succession links, for one day. A few thousand rows: searching
/// them in memory is faster than any query, and no column of the database has to hold a second spelling of each name.
/// </summary>
internal sealed class PublicUnitIndex
{
    private sealed record Entry(PublicUnit Unit, string Folded, string Bare, string Words, string Lower);

    private static readonly UnitKind[] Kinds = [UnitKind.Province, .. Enum.GetValues<UnitKind>().Where(k => k.IsCommuneLevel())];

    /// <summary>The kind words a name starts with, folded: "Xã Rô Men" is found by "rô men" as well as by "xã rô men".</summary>
    private static readonly string[] KindWords = ["xa ", "phuong ", "thi tran ", "dac khu ", "tinh ", "thanh pho "];

    private readonly List<Entry> _entries;
    private readonly Dictionary<string, PublicUnit> _byCode;

    public DateOnly Day { get; }

    private PublicUnitIndex(DateOnly day, List<Entry> entries)
    {
        Day = day;
        _entries = entries;
        _byCode = entries.ToDictionary(e => e.Unit.Code, e => e.Unit, StringComparer.Ordinal);
    }

    public static async Task<PublicUnitIndex> BuildAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => Kinds.Contains(u.Kind))
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.Path, u.ValidFrom, u.ValidTo })
            .ToListAsync(ct);
        // Units not yet in being are nobody's to find; ended ones are, by their old name.
        units = units.Where(u => u.ValidFrom is null || u.ValidFrom <= day).ToList();
        var byId = units.ToDictionary(u => u.Id);
        var provinces = units.Where(u => u.Kind == UnitKind.Province).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var links = await db.LineageLinks.AsNoTracking()
            .Where(l => l.Kind == LineageLinkKind.Succession && l.FromUnitId != l.ToUnitId && l.Event!.EffectiveDate <= day)
            .Select(l => new { l.FromUnitId, l.ToUnitId, l.IsPrimary, l.Event!.EffectiveDate })
            .ToListAsync(ct);
        var primary = links.Where(l => l.IsPrimary).GroupBy(l => l.FromUnitId)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.EffectiveDate).First().ToUnitId);
        var from = links.ToLookup(l => l.FromUnitId);

        string? ProvinceOf(string path, out string? name)
        {
            var province = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse()
                .Select(code => provinces.GetValueOrDefault(code)).FirstOrDefault(p => p is not null);
            name = province?.Name;
            return province?.Code;
        }

        // The unit in being that holds a unit's records: along the primary links, as UnitLineage.SuccessorOnAsync does.
        int Holder(int id)
        {
            var seen = new HashSet<int> { id };
            while (byId.TryGetValue(id, out var u) && u.ValidTo is { } end && end <= day && primary.TryGetValue(id, out var next) && seen.Add(next))
            {
                id = next;
            }
            return id;
        }

        var entries = new List<Entry>(units.Count);
        foreach (var u in units)
        {
            var ended = u.ValidTo is { } end && end <= day ? u.ValidTo : null;
            List<UnitSuccessor> successors = [];
            if (ended is not null)
            {
                foreach (var link in from[u.Id].OrderByDescending(l => l.IsPrimary).ThenBy(l => l.EffectiveDate))
                {
                    if (byId.TryGetValue(Holder(link.ToUnitId), out var to) && (to.ValidTo is null || to.ValidTo > day) && successors.All(s => s.Code != to.Code))
                    {
                        ProvinceOf(to.Path, out var toProvince);
                        successors.Add(new UnitSuccessor(to.Code, to.Name, to.Kind, toProvince));
                    }
                }
            }
            string? provinceCode = null, provinceName = null;
            if (u.Kind != UnitKind.Province)
            {
                provinceCode = ProvinceOf(u.Path, out provinceName);
            }
            var unit = new PublicUnit(u.Code, u.Name, u.Kind, provinceCode, provinceName, ended, successors);
            var folded = Text.Fold(u.Name);
            var bare = KindWords.FirstOrDefault(k => folded.StartsWith(k, StringComparison.Ordinal)) is { } kind ? folded[kind.Length..] : folded;
            entries.Add(new Entry(unit, folded, bare, " " + folded + " " + Text.Fold(provinceName), u.Name.ToLowerInvariant()));
        }
        return new PublicUnitIndex(day, entries);
    }

    public PublicUnit? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The provinces in being, in Vietnamese order.</summary>
    public List<PublicUnit> Provinces() =>
        [.. _entries.Where(e => e.Unit.Kind == UnitKind.Province && !e.Unit.Ended).Select(e => e.Unit).OrderBy(u => u.Name, Text.VietnameseOrder)];

    /// <summary>The commune-level units in being in a province, in Vietnamese order.</summary>
    public List<PublicUnit> CommunesOf(string provinceCode) =>
        [.. _entries.Where(e => e.Unit.Kind != UnitKind.Province && !e.Unit.Ended && e.Unit.ProvinceCode == provinceCode)
            .Select(e => e.Unit).OrderBy(u => u.Name, Text.VietnameseOrder)];

    /// <summary>
    /// The units whose name matches, best first: the name itself, then a name that starts so, then one with a word that
    /// starts so, then one that holds it anywhere; last, every word of the query starting a word of the name or its province,
    /// one at least of the name ("binh son quang ngai"). Among equals: units in being before old ones, the spelling typed (with its tones) first.
    /// </summary>
    public UnitSearchResult Search(string query, int take)
    {
        var q = Text.Fold(query);
        if (q.Length == 0)
        {
            return new UnitSearchResult(query, [], false);
        }
        var words = q.Split(' ');
        var typed = Text.Clean(query).ToLowerInvariant();
        var found = new List<(Entry Entry, int Rank)>();
        foreach (var e in _entries)
        {
            int rank = e.Bare == q || e.Folded == q ? 0
                : e.Bare.StartsWith(q, StringComparison.Ordinal) || e.Folded.StartsWith(q, StringComparison.Ordinal) ? 1
                : (" " + e.Folded).Contains(" " + q, StringComparison.Ordinal) ? 2
                : e.Folded.Contains(q, StringComparison.Ordinal) ? 3
                : words.Length > 1 && words.All(w => e.Words.Contains(" " + w, StringComparison.Ordinal))
                    && words.Any(w => (" " + e.Folded).Contains(" " + w, StringComparison.Ordinal)) ? 4
                : -1;
            if (rank >= 0)
            {
                found.Add((e, rank));
            }
        }
        var ordered = found
            .OrderBy(f => f.Rank)
            .ThenBy(f => f.Entry.Unit.Ended)
            .ThenBy(f => f.Entry.Lower.Contains(typed, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(f => f.Entry.Unit.Kind == UnitKind.Province ? 0 : 1)
            .ThenBy(f => f.Entry.Unit.Name, Text.VietnameseOrder)
            .ThenBy(f => f.Entry.Unit.ProvinceName, Text.VietnameseOrder)
            .Select(f => f.Entry.Unit);
        var units = ordered.Take(take + 1).ToList();
        return new UnitSearchResult(query, units.Take(take).ToList(), units.Count > take);
    }
}
