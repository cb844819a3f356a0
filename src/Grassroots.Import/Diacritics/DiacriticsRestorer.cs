using System.Text;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Diacritics;

/// <summary>A word the restorer looked at: where it is in the input, what it was, what it became, and how sure the
/// model is (the posterior probability of the chosen syllable given the whole sentence).</summary>
public sealed record RestoredSyllable(int Start, int Length, string Original, string Restored, double Confidence)
{
    /// <summary>True when the restorer changed the word.</summary>
    public bool Changed => !string.Equals(Original, Restored, StringComparison.Ordinal);
}

/// <summary>The restored text and what was done to it.</summary>
public sealed record Restoration(string Text, bool Restored, double MarkedShare, IReadOnlyList<RestoredSyllable> Syllables)
{
    /// <summary>The words changed or examined, least sure first (for the review page).</summary>
    public IEnumerable<RestoredSyllable> Uncertain(double below) => Syllables.Where(s => s.Confidence < below).OrderBy(s => s.Confidence);
}

/// <summary>
/// Puts Vietnamese marks back on text that lost them, fully or in part, and mends the usual OCR letter errors ("rn"
/// for "m", "cl" for "d", …). Each word's candidates are the known syllables with the same plain letters (and those a
/// single OCR confusion away); the chosen one is the most probable given the whole sentence under the syllable-pair
/// model (forward–backward, so each word's choice maximises its own probability of being right, which is what the
/// accuracy per syllable counts). Text that has its marks (at least 55 % of its Vietnamese words marked) keeps every
/// word that is a syllable as written; numbers, codes, URLs and symbols ("47/KH-UBND") are never touched: only runs of
/// letters that could be Vietnamese syllables are candidates.
/// </summary>
public sealed partial class DiacriticsRestorer(DiacriticsModel model)
{
    const double AccentedShare = 0.55;
    const double WrongMark = 0.01;
    const double Confusion = 0.002;

    static readonly (string From, string To)[] Confusions =
    [
        ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("ii", "u"), ("u", "ii"), ("n", "u"), ("u", "n"),
        ("c", "e"), ("e", "c"), ("o", "a"), ("a", "o"), ("i", "l"), ("l", "i"), ("t", "f"), ("f", "t"), ("vv", "w"), ("h", "b"), ("b", "h"),
        ("g", "q"), ("q", "g"), ("y", "v"), ("v", "y"), ("i", "t"), ("t", "i"), ("r", "n"), ("n", "r"), ("e", "o"), ("o", "e"), ("a", "e"),
    ];

    /// <summary>The platform's restorer with the shipped model.</summary>
    public static DiacriticsRestorer Default { get; } = new(DiacriticsModel.Default);

    /// <summary>True when the text is Vietnamese: at least 30 words, and at least a third of them known syllables
    /// written with their marks.</summary>
    public bool IsVietnamese(string text)
    {
        int words = 0, vietnamese = 0;
        foreach (var p in SyllableTokens.Split(text))
        {
            if (p.Kind != PieceKind.Word) continue;
            words++;
            var w = text.Substring(p.Start, p.Length);
            if (VietnameseText.HasMarks(w) && model.Knows(w)) vietnamese++;
        }
        return vietnamese >= 30 && vietnamese * 3 >= words;
    }

    /// <summary>Restores the text. The result keeps every character that is not a restored word.</summary>
    public Restoration Restore(string input)
    {
        var text = input.Normalize(NormalizationForm.FormC);
        var pieces = SyllableTokens.Split(text);
        var marked = 0; var vietnamese = 0;
        foreach (var p in pieces)
        {
            if (p.Kind != PieceKind.Word) continue;
            var w = text.Substring(p.Start, p.Length);
            if (!DiacriticsModel.LooksLikeSyllable(SyllableTokens.Canonical(w)) && model.Candidates(SyllableTokens.PlainKey(w)).Count == 0) continue;
            vietnamese++;
            if (VietnameseText.HasMarks(w)) marked++;
        }
        var share = vietnamese == 0 ? 1 : (double)marked / vietnamese;
        var accented = share >= AccentedShare;
        var drop = share < 0.05 ? 1.0 : 0.3;

        var output = new StringBuilder(text.Length);
        var restored = new List<RestoredSyllable>();
        var segment = new List<Slot>();
        var cursor = 0;
        void Flush()
        {
            if (segment.Count == 0) return;
            Decode(segment);
            foreach (var slot in segment)
            {
                output.Append(text, cursor, slot.Start - cursor);
                var chosen = slot.Replacement ?? (slot.Fixed ? slot.Word : VietnameseText.ApplyCase(slot.Word, model[slot.Candidates[slot.Best]]));
                output.Append(chosen);
                cursor = slot.Start + slot.Word.Length;
                if (!slot.Fixed || slot.Replacement is not null) restored.Add(new RestoredSyllable(slot.Start, slot.Word.Length, slot.Word, chosen, slot.Posterior[slot.Best]));
            }
            segment.Clear();
        }

        var links = Link().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (var p in pieces)
        {
            if (links.Any(l => p.Start >= l.Index && p.Start < l.End)) { Flush(); continue; } // web addresses and emails stay as written
            switch (p.Kind)
            {
                case PieceKind.Space: continue;
                case PieceKind.Break: Flush(); continue;
                case PieceKind.Number: segment.Add(Slot.FixedAt(p.Start, text.Substring(p.Start, p.Length), 1)); continue;
            }
            var word = text.Substring(p.Start, p.Length);
            var slot = Prepare(p.Start, word, accented, drop);
            if (slot is null) { Flush(); continue; }
            segment.Add(slot);
        }
        Flush();
        output.Append(text, cursor, text.Length - cursor);
        var result = output.ToString();
        return new Restoration(result, !string.Equals(result, text, StringComparison.Ordinal), share, restored);
    }

    Slot? Prepare(int start, string word, bool accented, double drop)
    {
        var canonical = SyllableTokens.Canonical(word);
        var known = model.IdOf(canonical);
        if (accented) return known >= 0 ? Slot.FixedAt(start, word, known) : null;
        // An abbreviation in capitals ("BC", "UBND", "KH"): written back with its marks when the training text knew it,
        // never "corrected" into a syllable.
        if (known < 0 && word.Length <= 6 && word.All(char.IsUpper) && !DiacriticsModel.LooksLikeSyllable(canonical))
        {
            var form = model.Abbreviation(SyllableTokens.PlainKey(word));
            return form is null ? null : Slot.Abbreviated(start, word, VietnameseText.ApplyCase(word, form));
        }
        var plain = SyllableTokens.PlainKey(word);
        var candidates = new List<int>();
        var channel = new List<double>();
        foreach (var id in model.Candidates(plain))
        {
            candidates.Add(id);
            channel.Add(Channel(canonical, model[id], drop));
        }
        var direct = candidates.Count;
        foreach (var (from, to) in Confusions)
        {
            for (var at = plain.IndexOf(from, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                var variant = string.Concat(plain.AsSpan(0, at), to, plain.AsSpan(at + from.Length));
                foreach (var id in model.Candidates(variant))
                {
                    if (candidates.Contains(id)) continue;
                    candidates.Add(id);
                    channel.Add(direct > 0 ? Confusion : 0.2);
                }
            }
        }
        if (candidates.Count == 0 && known < 0 && model.Abbreviation(plain) is { } abbreviation)
        {
            return Slot.Abbreviated(start, word, VietnameseText.ApplyCase(word, abbreviation));
        }
        if (candidates.Count == 0) return known >= 0 ? Slot.FixedAt(start, word, known) : null;
        return new Slot(start, word, [.. candidates], [.. channel]);
    }

    /// <summary>How likely the observed letters are if the writer meant the candidate: a mark the scan lost costs
    /// <paramref name="drop"/>, a mark that differs costs much more.</summary>
    static double Channel(string observed, string candidate, double drop)
    {
        if (observed.Length != candidate.Length) return drop;
        var p = 1.0;
        for (var i = 0; i < observed.Length; i++)
        {
            var o = observed[i];
            var c = candidate[i];
            if (o == c) continue;
            var lost = VietnameseText.ToneOf(o) == Tone.Level && (o == VietnameseText.Plain(c) || o == VietnameseText.WithoutTone(c));
            p *= lost ? drop : WrongMark;
        }
        return p;
    }

    // Second-order forward–backward: a state is the pair (candidate at t−1, candidate at t); before the first word
    // stands the sentence boundary. Pair probabilities between neighbouring slots are computed once per pair of
    // slots; the triple model is asked only for histories it has seen.
    void Decode(List<Slot> slots)
    {
        var n = slots.Count;
        var boundary = new[] { DiacriticsModel.Boundary };
        int[] Ids(int t) => t < 0 ? boundary : slots[t].Candidates;
        double[,] PairTable(int t) // P(C_t[j] | C_{t-1}[i])
        {
            var a = Ids(t - 1); var b = Ids(t);
            var table = new double[a.Length, b.Length];
            for (var i = 0; i < a.Length; i++) for (var j = 0; j < b.Length; j++) table[i, j] = model.Probability(a[i], b[j]);
            return table;
        }
        var pairTables = new double[n + 1][,];
        for (var t = 0; t < n; t++) pairTables[t] = PairTable(t);
        {
            var last = slots[n - 1].Candidates;
            var end = new double[last.Length, 1];
            for (var i = 0; i < last.Length; i++) end[i, 0] = model.Probability(last[i], DiacriticsModel.Boundary);
            pairTables[n] = end;
        }
        // P(C_t[k] | C_{t-2}[h], C_{t-1}[i]) for all k, into row; t == n means the closing boundary.
        void Next(int t, int h, int i, double[] row)
        {
            var u = Ids(t - 2)[h]; var v = Ids(t - 1)[i];
            var ks = t == n ? boundary : Ids(t);
            var lower = pairTables[t];
            var seen = t >= 2 ? model.PairSeen(u, v) : 0;
            for (var k = 0; k < ks.Length; k++)
                row[k] = seen > 0 ? model.Probability(u, v, ks[k], seen, lower[i, k]) : lower[i, k];
        }

        var alpha = new double[n][,];
        alpha[0] = new double[1, slots[0].Candidates.Length];
        for (var j = 0; j < slots[0].Candidates.Length; j++) alpha[0][0, j] = pairTables[0][0, j] * slots[0].Channel[j];
        Normalize(alpha[0]);
        for (var t = 1; t < n; t++)
        {
            var prev = alpha[t - 1];
            var cPrev = Ids(t - 1).Length; var cNow = Ids(t).Length;
            var a = new double[cPrev, cNow];
            var row = new double[cNow];
            for (var h = 0; h < prev.GetLength(0); h++)
            {
                for (var i = 0; i < cPrev; i++)
                {
                    var w = prev[h, i];
                    if (w == 0) continue;
                    Next(t, h, i, row);
                    for (var j = 0; j < cNow; j++) a[i, j] += w * row[j] * slots[t].Channel[j];
                }
            }
            Normalize(a);
            alpha[t] = a;
        }
        var beta = new double[n][,];
        {
            var cPrev = alpha[n - 1].GetLength(0); var cNow = Ids(n - 1).Length;
            var b = new double[cPrev, cNow];
            var row = new double[1];
            for (var i = 0; i < cPrev; i++) for (var j = 0; j < cNow; j++) { Next(n, i, j, row); b[i, j] = row[0]; }
            Normalize(b);
            beta[n - 1] = b;
        }
        for (var t = n - 2; t >= 0; t--)
        {
            var cPrev = alpha[t].GetLength(0); var cNow = Ids(t).Length; var cNext = Ids(t + 1).Length;
            var b = new double[cPrev, cNow];
            var row = new double[cNext];
            var after = beta[t + 1];
            for (var i = 0; i < cPrev; i++)
            {
                for (var j = 0; j < cNow; j++)
                {
                    Next(t + 1, i, j, row);
                    double sum = 0;
                    for (var k = 0; k < cNext; k++) sum += row[k] * slots[t + 1].Channel[k] * after[j, k];
                    b[i, j] = sum;
                }
            }
            Normalize(b);
            beta[t] = b;
        }
        for (var t = 0; t < n; t++)
        {
            var s = slots[t];
            var post = new double[s.Candidates.Length];
            for (var i = 0; i < alpha[t].GetLength(0); i++)
                for (var j = 0; j < post.Length; j++) post[j] += alpha[t][i, j] * beta[t][i, j];
            var z = post.Sum();
            for (var j = 0; j < post.Length; j++) post[j] = z > 0 ? post[j] / z : 1.0 / post.Length;
            s.Posterior = post;
            s.Best = Array.IndexOf(post, post.Max());
        }
    }

    static void Normalize(double[,] m)
    {
        double z = 0;
        foreach (var v in m) z += v;
        if (z <= 0)
        {
            var u = 1.0 / m.Length;
            for (var i = 0; i < m.GetLength(0); i++) for (var j = 0; j < m.GetLength(1); j++) m[i, j] = u;
            return;
        }
        for (var i = 0; i < m.GetLength(0); i++) for (var j = 0; j < m.GetLength(1); j++) m[i, j] /= z;
    }

    sealed class Slot(int start, string word, int[] candidates, double[] channel)
    {
        public int Start { get; } = start;
        public string Word { get; } = word;
        public int[] Candidates { get; } = candidates;
        public double[] Channel { get; } = channel;
        public bool Fixed { get; private init; }
        public double[] Posterior { get; set; } = [1];
        public int Best { get; set; }

        public string? Replacement { get; private init; }

        public static Slot FixedAt(int start, string word, int id) => new(start, word, [id], [1]) { Fixed = true };

        // An abbreviation ("HDND" → "HĐND") is written back as the training text wrote it and stands as a sentence
        // break for the model, which knows no abbreviations.
        public static Slot Abbreviated(int start, string word, string replacement) =>
            new(start, word, [DiacriticsModel.Boundary], [1]) { Fixed = true, Replacement = replacement };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(https?://|www\.)\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial System.Text.RegularExpressions.Regex Link();
}
