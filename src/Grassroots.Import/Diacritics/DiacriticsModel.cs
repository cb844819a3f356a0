using System.IO.Compression;
using System.Text;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Diacritics;

/// <summary>
/// A syllable language model of Vietnamese for putting marks back: every syllable known (the inventory), how often
/// each was seen, and how often each pair was seen in a row; with Kneser–Ney smoothing of the pairs. Built by
/// <see cref="DiacriticsModelBuilder"/> (the CLI's <c>build-diacritics-model</c>) and shipped as one Brotli file.
/// </summary>
public sealed class DiacriticsModel
{
    /// <summary>The word standing for any number in the model.</summary>
    public const string NumberToken = "<num>";
    const string Magic = "GRVD2";
    const double Discount = 0.75;

    readonly string[] syllables;
    readonly double[] count;
    readonly Dictionary<long, double> pairs;
    readonly Dictionary<long, double> triples;
    readonly Dictionary<long, double> pairFollowers = [];  // distinct syllables seen after a pair
    readonly double[] followers;      // distinct syllables seen after a syllable
    readonly double[] continuation;   // distinct syllables seen before a syllable
    readonly double continuationTotal;
    readonly Dictionary<string, int[]> byPlain;
    readonly Dictionary<string, int> ids;
    readonly Dictionary<string, string> abbreviations;

    /// <summary>Id of the sentence boundary.</summary>
    public const int Boundary = 0;

    DiacriticsModel(string[] syllables, double[] count, Dictionary<long, double> pairs, Dictionary<string, string> abbreviations, Dictionary<long, double> triples)
    {
        this.abbreviations = abbreviations;
        this.triples = triples;
        foreach (var key in triples.Keys)
        {
            var pair = PairKey((int)(key >> 42), (int)((key >> 21) & 0x1fffff));
            pairFollowers[pair] = pairFollowers.GetValueOrDefault(pair) + 1;
        }
        this.syllables = syllables;
        this.count = count;
        this.pairs = pairs;
        followers = new double[syllables.Length];
        continuation = new double[syllables.Length];
        foreach (var key in pairs.Keys)
        {
            followers[(int)(key >> 32)]++;
            continuation[(int)(key & 0xffffffff)]++;
        }
        // Syllables known only from the inventory get half a continuation, so they stay possible but unlikely.
        for (var i = 0; i < continuation.Length; i++) continuation[i] += 0.5;
        continuationTotal = continuation.Sum();
        ids = new Dictionary<string, int>(syllables.Length, StringComparer.Ordinal);
        for (var i = 0; i < syllables.Length; i++) ids[syllables[i]] = i;
        byPlain = syllables
            .Select((s, i) => (s, i))
            .Where(p => p.i > 1)
            .GroupBy(p => SyllableTokens.PlainKey(p.s), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => count[p.i]).Select(p => p.i).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>How many syllables the model knows.</summary>
    public int Size => syllables.Length;

    /// <summary>How many pairs the model knows.</summary>
    public int PairCount => pairs.Count;

    /// <summary>The syllable of an id.</summary>
    public string this[int id] => syllables[id];

    /// <summary>The id of a canonical syllable, or -1.</summary>
    public int IdOf(string canonical) => ids.TryGetValue(canonical, out var id) ? id : -1;

    /// <summary>True when the word, in canonical form, is a known syllable.</summary>
    public bool Knows(string word) => ids.ContainsKey(SyllableTokens.Canonical(word));

    /// <summary>The known syllables written with these plain letters, the most frequent first.</summary>
    public IReadOnlyList<int> Candidates(string plainKey) => byPlain.TryGetValue(plainKey, out var c) ? c : [];

    /// <summary>The marked form of an abbreviation seen in the training text ("hdnd" → "hđnd"), or null.</summary>
    public string? Abbreviation(string plainKey) => abbreviations.GetValueOrDefault(plainKey);

    /// <summary>P(next | previous), interpolated Kneser–Ney over pairs.</summary>
    public double Probability(int previous, int next)
    {
        var lower = continuation[next] / continuationTotal;
        var c = count[previous];
        if (c <= 0) return lower;
        pairs.TryGetValue(((long)previous << 32) | (uint)next, out var pair);
        return Math.Max(pair - Discount, 0) / c + Discount * followers[previous] / c * lower;
    }

    /// <summary>How many triples the model knows.</summary>
    public int TripleCount => triples.Count;

    internal static long PairKey(int a, int b) => ((long)a << 32) | (uint)b;

    internal static long TripleKey(int a, int b, int c) => ((long)a << 42) | ((long)b << 21) | (uint)c;

    /// <summary>How often the pair was seen (0 when never: the triple model then adds nothing).</summary>
    public double PairSeen(int a, int b) => pairs.GetValueOrDefault(PairKey(a, b));

    /// <summary>P(next | u, v) interpolated with the pair probability <paramref name="lower"/> = P(next | v); call only
    /// when <see cref="PairSeen"/>(u, v) is above zero.</summary>
    public double Probability(int u, int v, int next, double pairSeen, double lower)
    {
        var followersOfPair = pairFollowers.GetValueOrDefault(PairKey(u, v));
        if (followersOfPair == 0) return lower;
        var triple = triples.GetValueOrDefault(TripleKey(u, v, next));
        return Math.Max(triple - Discount, 0) / pairSeen + Discount * followersOfPair / pairSeen * lower;
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8);
        w.Write(Magic);
        w.Write(syllables.Length);
        for (var i = 0; i < syllables.Length; i++) { w.Write(syllables[i]); w.Write((float)count[i]); }
        w.Write(pairs.Count);
        foreach (var (key, value) in pairs.OrderBy(p => p.Key)) { w.Write(key); w.Write((float)value); }
        w.Write(abbreviations.Count);
        foreach (var (plain, form) in abbreviations.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(plain); w.Write(form); }
        w.Write(triples.Count);
        foreach (var (key, value) in triples.OrderBy(p => p.Key)) { w.Write(key); w.Write((float)value); }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static DiacriticsModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var r = new BinaryReader(brotli, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException("Not a diacritics model.");
        var n = r.ReadInt32();
        var syllables = new string[n];
        var count = new double[n];
        for (var i = 0; i < n; i++) { syllables[i] = r.ReadString(); count[i] = r.ReadSingle(); }
        var m = r.ReadInt32();
        var pairs = new Dictionary<long, double>(m);
        for (var i = 0; i < m; i++) pairs[r.ReadInt64()] = r.ReadSingle();
        var a = r.ReadInt32();
        var abbreviations = new Dictionary<string, string>(a, StringComparer.Ordinal);
        for (var i = 0; i < a; i++) abbreviations[r.ReadString()] = r.ReadString();
        var t = r.ReadInt32();
        var triples = new Dictionary<long, double>(t);
        for (var i = 0; i < t; i++) triples[r.ReadInt64()] = r.ReadSingle();
        return new DiacriticsModel(syllables, count, pairs, abbreviations, triples);
    }

    static readonly Lazy<DiacriticsModel> Shipped = new(() =>
    {
        using var s = typeof(DiacriticsModel).Assembly.GetManifestResourceStream("Grassroots.Import.Data.vi-diacritics.model")
            ?? throw new InvalidOperationException("The diacritics model is not in the assembly.");
        return Load(s);
    });

    /// <summary>The model shipped with the platform (loaded once, on first use).</summary>
    public static DiacriticsModel Default => Shipped.Value;

    /// <summary>Builds a model from counted syllables and pairs.</summary>
    internal static DiacriticsModel Create(IReadOnlyList<string> syllables, IReadOnlyList<double> counts, Dictionary<long, double> pairs, Dictionary<string, string> abbreviations, Dictionary<long, double> triples) =>
        new([.. syllables], [.. counts], pairs, abbreviations, triples);

    /// <summary>True when the canonical word is shaped like one Vietnamese syllable (vowels together, known onset).</summary>
    public static bool LooksLikeSyllable(string canonical)
    {
        if (canonical.Length is 0 or > 7) return false;
        int first = -1, last = -1;
        for (var i = 0; i < canonical.Length; i++)
        {
            var ch = canonical[i];
            if (VietnameseText.IsVowel(ch)) { if (first < 0) first = i; else if (last != i - 1) return false; last = i; }
            else if (!"bcdđghklmnpqrstvx".Contains(ch)) return false;
        }
        if (first < 0) return false;
        var onset = canonical[..first];
        var coda = canonical[(last + 1)..];
        return Onsets.Contains(onset) && Codas.Contains(coda);
    }

    static readonly HashSet<string> Onsets =
        ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"];
    static readonly HashSet<string> Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
}
