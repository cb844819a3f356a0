using System.Text;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Diacritics;

/// <summary>
/// How the restorer is measured: take a Vietnamese text, strip its marks (and, for the "noisy" variant, add OCR-like
/// letter errors to some words), restore it, and count the words restored exactly (case-insensitive, NFC).
/// </summary>
public static class RestorationScore
{
    // The OCR errors of scanned Vietnamese print, as a scan of plain Latin letters makes them.
    static readonly (string From, string To)[] OcrErrors =
        [("m", "rn"), ("d", "cl"), ("h", "li"), ("u", "ii"), ("n", "u"), ("c", "e"), ("e", "c"), ("i", "l"), ("l", "i"), ("o", "a"), ("t", "f")];

    /// <summary>The text without marks, and with one OCR error in about <paramref name="noise"/> of its words
    /// (deterministic for a seed).</summary>
    public static string Damage(string text, double noise, int seed = 1)
    {
        var random = new Random(seed);
        var stripped = VietnameseText.Strip(text.Normalize(NormalizationForm.FormC));
        if (noise <= 0) return stripped;
        var sb = new StringBuilder(stripped.Length);
        var cursor = 0;
        foreach (var p in SyllableTokens.Split(stripped))
        {
            if (p.Kind != PieceKind.Word) continue;
            sb.Append(stripped, cursor, p.Start - cursor);
            var word = stripped.Substring(p.Start, p.Length);
            if (random.NextDouble() < noise)
            {
                var options = OcrErrors.Where(e => word.Contains(e.From, StringComparison.Ordinal)).ToArray();
                if (options.Length > 0)
                {
                    var (from, to) = options[random.Next(options.Length)];
                    var at = word.IndexOf(from, StringComparison.Ordinal);
                    word = string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + from.Length));
                }
            }
            sb.Append(word);
            cursor = p.Start + p.Length;
        }
        sb.Append(stripped, cursor, stripped.Length - cursor);
        return sb.ToString();
    }

    /// <summary>The share of the reference's Vietnamese words that the restored text has exactly (case-insensitive,
    /// NFC), word by word in order; words of the reference that are not syllables (names in Latin, codes) are not
    /// counted. Returns the share and the count compared.</summary>
    public static (double Share, int Words) Compare(string reference, string restored)
    {
        var a = Words(reference);
        var b = Words(restored);
        if (a.Count != b.Count) throw new InvalidOperationException($"The texts have {a.Count} and {b.Count} words.");
        int same = 0, counted = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (!DiacriticsModel.LooksLikeSyllable(SyllableTokens.Canonical(a[i]))) continue;
            counted++;
            if (string.Equals(a[i].ToLowerInvariant(), b[i].ToLowerInvariant(), StringComparison.Ordinal)) same++;
        }
        return (counted == 0 ? 1 : (double)same / counted, counted);
    }

    static List<string> Words(string text)
    {
        var t = text.Normalize(NormalizationForm.FormC);
        return SyllableTokens.Split(t).Where(p => p.Kind == PieceKind.Word).Select(p => t.Substring(p.Start, p.Length)).ToList();
    }
}
