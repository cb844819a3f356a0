using System.Text;
using Grassroots.Import.Diacritics;

namespace Grassroots.Import.Vietnamese;

/// <summary>
/// Finds which encoding a Vietnamese text file is in and decodes it to Unicode NFC: a byte-order mark decides UTF-8
/// and UTF-16; otherwise every candidate decoding (UTF-8, TCVN3, VNI, Windows-1258, and VIQR on ASCII text) is scored
/// by the share of its words that are known Vietnamese syllables with their marks, and the best wins. A file whose
/// paragraphs are best read in different legacy encodings is refused: mixing them is a copy-paste accident that no
/// single reading can undo.
/// </summary>
public static class TextDecoder
{
    /// <summary>The decoded text and the encoding it was in.</summary>
    public static (string Text, TextEncoding Encoding) Decode(byte[] bytes, DiacriticsModel model)
    {
        try { return DecodeText(bytes, model); }
        catch (ArgumentException) { throw new ImportException(ImportError.UnsupportedFormat); } // not text: invalid code points
    }

    static (string Text, TextEncoding Encoding) DecodeText(byte[] bytes, DiacriticsModel model)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Utf8(bytes.AsSpan(3)), TextEncoding.Utf8);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2).Normalize(NormalizationForm.FormC), TextEncoding.Utf16);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2).Normalize(NormalizationForm.FormC), TextEncoding.Utf16);
        if (bytes.Length >= 4 && LooksUtf16(bytes, out var bigEndian))
            return ((bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes).Normalize(NormalizationForm.FormC), TextEncoding.Utf16);

        string? utf8 = null;
        try { utf8 = Utf8(bytes); } catch (DecoderFallbackException) { }
        if (utf8 is not null)
        {
            if (LegacyEncodings.ViqrDensity(utf8) > 0.15 && !utf8.Any(VietnameseText.HasMark)) return (LegacyEncodings.DecodeViqr(utf8), TextEncoding.Viqr);
            // Pure UTF-8 Vietnamese, or text with no byte above 127: nothing to choose.
            if (!utf8.Any(c => c is >= '\u0080' and <= '\u00FF') || Score(utf8, model) >= 0.5) return (utf8, TextEncoding.Utf8);
        }
        var legacy = new (TextEncoding Encoding, Func<byte[], string> Decode)[]
        {
            (TextEncoding.Tcvn3, b => LegacyEncodings.DecodeTcvn3(b)),
            (TextEncoding.Vni, b => LegacyEncodings.DecodeVni(b)),
            (TextEncoding.Windows1258, b => LegacyEncodings.DecodeWindows1258(b)),
        };
        // Legacy bytes pasted into a UTF-8 file show as Latin-1 letters: read them back as the bytes they were.
        var source = utf8 is not null && utf8.All(c => c <= '\u00FF') ? Encoding.Latin1.GetBytes(utf8) : bytes;
        var scored = legacy.Select(l => (l.Encoding, Text: l.Decode(source))).Select(c => (c.Encoding, c.Text, Score: Score(c.Text, model))).OrderByDescending(c => c.Score).ToList();
        if (utf8 is not null && Score(utf8, model) >= scored[0].Score) return (utf8, TextEncoding.Utf8);
        if (IsMixed(source, legacy, model)) throw new ImportException(ImportError.MixedEncodings);
        return (scored[0].Text, scored[0].Encoding);
    }

    static string Utf8(ReadOnlySpan<byte> bytes) =>
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Normalize(NormalizationForm.FormC);

    static bool LooksUtf16(byte[] bytes, out bool bigEndian)
    {
        int evenZeros = 0, oddZeros = 0;
        var n = Math.Min(bytes.Length, 4000) & ~1;
        for (var i = 0; i < n; i += 2) { if (bytes[i] == 0) evenZeros++; if (bytes[i + 1] == 0) oddZeros++; }
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > n / 2 * 0.3;
    }

    /// <summary>The share of the text's words that are known syllables, counting a marked one fully and an unmarked one
    /// half, minus the share of words with characters no Vietnamese word has.</summary>
    internal static double Score(string text, DiacriticsModel model)
    {
        double score = 0; var words = 0;
        foreach (var p in SyllableTokens.Split(text))
        {
            if (p.Kind != PieceKind.Word) continue;
            var w = text.Substring(p.Start, p.Length);
            words++;
            if (model.Knows(w)) score += VietnameseText.HasMarks(w) ? 1 : 0.5;
            else if (w.Any(c => c > '\u007F' && !VietnameseText.HasMark(c))) score -= 1;
        }
        return words == 0 ? 0 : score / words;
    }

    static bool IsMixed(byte[] bytes, (TextEncoding Encoding, Func<byte[], string> Decode)[] legacy, DiacriticsModel model)
    {
        var winners = new Dictionary<TextEncoding, int>();
        foreach (var paragraph in Paragraphs(bytes))
        {
            if (paragraph.Length < 80 || !paragraph.Any(b => b > 0x7F)) continue;
            var scores = legacy.Select(l => (l.Encoding, Score: Score(l.Decode(paragraph), model))).OrderByDescending(s => s.Score).ToList();
            if (scores[0].Score - scores[1].Score < 0.3) continue;
            winners[scores[0].Encoding] = winners.GetValueOrDefault(scores[0].Encoding) + 1;
        }
        return winners.Count(w => w.Value >= 2) >= 2;
    }

    static IEnumerable<byte[]> Paragraphs(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            if (i > start) yield return bytes[start..i];
            start = i + 1;
        }
    }
}
