using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Grassroots.Import.Diacritics;

/// <summary>
/// Counts syllables and pairs of syllables in Vietnamese text to build a <see cref="DiacriticsModel"/>. Sources are
/// files or folders: plain text and Markdown, .resx (the values), HTML (the text between tags), man pages (gzipped
/// or not; the text lines), and Hunspell .dic files, which add their words to the inventory without counts. Each
/// source has a weight: the platform's own administrative text counts more than software help.
/// </summary>
public sealed partial class DiacriticsModelBuilder
{
    readonly Dictionary<string, double> unigrams = new(StringComparer.Ordinal);
    readonly Dictionary<(string, string), double> bigrams = [];
    readonly Dictionary<(string, string, string), double> trigrams = [];
    readonly HashSet<string> inventory = new(StringComparer.Ordinal);
    readonly Dictionary<string, Dictionary<string, double>> abbreviations = new(StringComparer.Ordinal);

    /// <summary>How many words were counted.</summary>
    public long Words { get; private set; }

    /// <summary>Counts a source: a file or every file under a folder.</summary>
    public void AddSource(string path, double weight)
    {
        IEnumerable<string> files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path];
        foreach (var file in files)
        {
            if (file.EndsWith(".dic", StringComparison.OrdinalIgnoreCase)) { AddInventory(File.ReadLines(file)); continue; }
            var text = ReadText(file);
            if (text is not null) AddText(text, weight);
        }
    }

    /// <summary>Adds dictionary words (Hunspell lines "word/FLAGS") to the inventory.</summary>
    public void AddInventory(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var word = SyllableTokens.Canonical(line.Split('/', ' ', '\t')[0].Trim());
            if (DiacriticsModel.LooksLikeSyllable(word)) inventory.Add(word);
        }
    }

    /// <summary>Counts the syllables and pairs of a text with the given weight. Words that are not Vietnamese syllables
    /// break the sentence, so an English phrase in a help page teaches nothing.</summary>
    public void AddText(string text, double weight)
    {
        foreach (var p in SyllableTokens.Split(text))
        {
            if (p.Kind != PieceKind.Word || p.Length > 8) continue;
            var word = text.Substring(p.Start, p.Length).ToLowerInvariant();
            if (!Vietnamese.VietnameseText.HasMarks(word) || DiacriticsModel.LooksLikeSyllable(SyllableTokens.Canonical(word))) continue;
            var plain = SyllableTokens.PlainKey(word);
            if (!abbreviations.TryGetValue(plain, out var forms)) abbreviations[plain] = forms = new(StringComparer.Ordinal);
            forms[word] = forms.GetValueOrDefault(word) + weight;
        }
        foreach (var sentence in SyllableTokens.Sentences(text))
        {
            string before = "<s>", previous = "<s>";
            foreach (var word in sentence)
            {
                var known = word == DiacriticsModel.NumberToken || DiacriticsModel.LooksLikeSyllable(word);
                if (!known) { Close(before, previous, weight); before = previous = "<s>"; continue; }
                Words++;
                unigrams[word] = unigrams.GetValueOrDefault(word) + weight;
                bigrams[(previous, word)] = bigrams.GetValueOrDefault((previous, word)) + weight;
                if (previous != "<s>") trigrams[(before, previous, word)] = trigrams.GetValueOrDefault((before, previous, word)) + weight;
                before = previous;
                previous = word;
            }
            Close(before, previous, weight);
        }
    }

    void Close(string before, string previous, double weight)
    {
        if (previous == "<s>") return;
        bigrams[(previous, "<s>")] = bigrams.GetValueOrDefault((previous, "<s>")) + weight;
        trigrams[(before, previous, "<s>")] = trigrams.GetValueOrDefault((before, previous, "<s>")) + weight;
        unigrams["<s>"] = unigrams.GetValueOrDefault("<s>") + weight;
    }

    /// <summary>The model of everything counted. A syllable seen only in software help and never in the inventory
    /// must be seen twice to be kept.</summary>
    public DiacriticsModel Build()
    {
        var vocabulary = new List<string> { "<s>", DiacriticsModel.NumberToken };
        vocabulary.AddRange(unigrams.Keys.Concat(inventory)
            .Where(w => w is not "<s>" && w != DiacriticsModel.NumberToken)
            .Where(w => inventory.Contains(w) || unigrams.GetValueOrDefault(w) >= 2)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
        var ids = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var counts = vocabulary.Select(w => unigrams.GetValueOrDefault(w)).ToList();
        var pairs = new Dictionary<long, double>();
        foreach (var ((a, b), c) in bigrams)
        {
            if (!ids.TryGetValue(a, out var ia) || !ids.TryGetValue(b, out var ib)) continue;
            pairs[((long)ia << 32) | (uint)ib] = c;
        }
        // Triples seen once in general prose are dropped (they are most of the file and teach little).
        var triples = new Dictionary<long, double>();
        foreach (var ((a, b, c), n) in trigrams)
        {
            if (n < 2 || !ids.TryGetValue(a, out var ia) || !ids.TryGetValue(b, out var ib) || !ids.TryGetValue(c, out var ic)) continue;
            triples[DiacriticsModel.TripleKey(ia, ib, ic)] = n;
        }
        var abbreviated = abbreviations
            .Select(a => (a.Key, Best: a.Value.MaxBy(f => f.Value)))
            .Where(a => a.Best.Value >= 2 && !ids.ContainsKey(a.Key))
            .ToDictionary(a => a.Key, a => a.Best.Key, StringComparer.Ordinal);
        return DiacriticsModel.Create(vocabulary, counts, pairs, abbreviated, triples);
    }

    static string? ReadText(string file)
    {
        var name = file.ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            return ManPageText(reader.ReadToEnd());
        }
        if (name.EndsWith(".resx", StringComparison.Ordinal))
        {
            if (name.EndsWith(".en.resx", StringComparison.Ordinal)) return null;
            return string.Join('\n', XDocument.Load(file).Descendants("data").Select(d => d.Element("value")?.Value ?? ""));
        }
        if (name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".xhp", StringComparison.Ordinal))
        {
            var html = File.ReadAllText(file);
            html = ScriptOrStyle().Replace(html, " ");
            return System.Net.WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        }
        if (name.EndsWith(".cs", StringComparison.Ordinal))
        {
            if (name.Contains("/migrations/", StringComparison.Ordinal)) return null;
            return string.Join('\n', StringLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        }
        if (name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal)) return File.ReadAllText(file);
        if (Regex.IsMatch(name, @"\.\d$")) return ManPageText(File.ReadAllText(file));
        return null;
    }

    static string ManPageText(string roff)
    {
        var sb = new StringBuilder();
        foreach (var line in roff.Split('\n'))
        {
            if (line.StartsWith('.') || line.StartsWith('\'')) { sb.Append('\n'); continue; }
            sb.Append(RoffEscape().Replace(line, " ")).Append('\n');
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("\"((?:[^\"\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\(f[BIRP]|\(..|[-&e])")]
    private static partial Regex RoffEscape();
}
