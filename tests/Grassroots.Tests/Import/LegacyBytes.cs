using System.Text;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Tests.Import;

/// <summary>Vietnamese text written in the legacy encodings, as old files hold it: built from the decoders' own
/// tables in reverse (each letter's bytes are the ones that decode to it), so a decoder bug cannot hide in its twin.</summary>
public static class LegacyBytes
{
    static LegacyBytes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string text, string encoding) => encoding switch
    {
        "TCVN3" => Tcvn3(text),
        "TCVN3 pasted into UTF-8" => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Tcvn3(text))),
        "VNI" => Encoding.GetEncoding(1252).GetBytes(Vni(text)),
        "VIQR" => Encoding.ASCII.GetBytes(Viqr(text)),
        "Windows-1258" => Encoding.GetEncoding(1258).GetBytes(Cp1258Form(text)),
        "UTF-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    static byte[] Tcvn3(string text)
    {
        var reverse = new Dictionary<char, byte>();
        for (var b = 255; b >= 0; b--)
        {
            var s = LegacyEncodings.DecodeTcvn3([(byte)b]);
            if (s.Length == 1) reverse[s[0]] = (byte)b;
        }
        return [.. text.Select(c => reverse[c])];
    }

    // VNI: every letter is a base letter plus at most one mark glyph; find the glyphs that decode to it.
    static string Vni(string text)
    {
        var cp1252 = Encoding.GetEncoding(1252);
        var glyphs = Enumerable.Range(0x20, 0xE0).Select(b => cp1252.GetString([(byte)b])[0]).ToArray();
        var reverse = new Dictionary<char, string>();
        foreach (var a in glyphs)
        {
            if (LegacyEncodings.VniGlyphsToUnicode(a.ToString()) is { Length: 1 } one && !reverse.ContainsKey(one[0]) && (one[0] != a || char.IsAscii(a) || "íìÍÌ".Contains(a))) reverse[one[0]] = a.ToString();
        }
        foreach (var a in "aeiouyAEIOUYôöÔÖ")
        {
            foreach (var m in glyphs)
            {
                if (LegacyEncodings.VniGlyphsToUnicode($"{a}{m}") is { Length: 1 } one && !reverse.ContainsKey(one[0])) reverse[one[0]] = $"{a}{m}";
            }
        }
        return string.Concat(text.Select(c => reverse.TryGetValue(c, out var g) ? g : c.ToString()));
    }

    static string Viqr(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            // A literal mark after a letter is written with a backslash, as VIQR does.
            if ("'`?~.(^+".Contains(c) && sb.Length > 0 && (char.IsLetter(sb[^1]) || "'`?~.(^+".Contains(sb[^1]))) { sb.Append('\\').Append(c); continue; }
            if (c is 'đ') { sb.Append("dd"); continue; }
            if (c is 'Đ') { sb.Append("DD"); continue; }
            var b = VietnameseText.WithoutTone(c);
            var plain = VietnameseText.Plain(c);
            sb.Append(plain);
            var lower = char.ToLowerInvariant(b);
            sb.Append(lower switch { 'ă' => "(", 'â' or 'ê' or 'ô' => "^", 'ơ' or 'ư' => "+", _ => "" });
            sb.Append(VietnameseText.ToneOf(c) switch { Tone.Acute => "'", Tone.Grave => "`", Tone.Hook => "?", Tone.Tilde => "~", Tone.Dot => ".", _ => "" });
        }
        return sb.ToString();
    }

    // Windows-1258 holds ă â ê ô ơ ư đ precomposed and the tones as combining marks after the letter.
    static string Cp1258Form(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(VietnameseText.WithoutTone(c));
            sb.Append(VietnameseText.ToneOf(c) switch { Tone.Acute => "\u0301", Tone.Grave => "\u0300", Tone.Hook => "\u0309", Tone.Tilde => "\u0303", Tone.Dot => "\u0323", _ => "" });
        }
        return sb.ToString();
    }
}
