using System.Text;

namespace Grassroots.Import.Vietnamese;

/// <summary>The encodings a Vietnamese text file of the last thirty years may be in.</summary>
public enum TextEncoding { Utf8, Utf16, Tcvn3, Vni, Viqr, Windows1258 }

/// <summary>
/// Reads text in the pre-Unicode Vietnamese encodings and returns Unicode NFC: TCVN3 (the "ABC" fonts .VnTime — one
/// byte per letter, the table of TCVN 5712:1993, which ABC follows for every lower-case letter), VNI (the VNI-Times
/// fonts — a base letter followed by a mark written with a Windows-1252 glyph, "aø" = "à"), VIQR (marks typed after the
/// letter in ASCII, "vie^.t" = "việt") and Windows-1258 (combining tone marks).
/// </summary>
public static class LegacyEncodings
{
    static LegacyEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Byte → character of TCVN 5712:1993 (VN1), generated from glibc's iconv table "TCVN5712-1".
    const string TcvnTable = "\u0000\u00DA\u1EE4\u0003\u1EEA\u1EEC\u1EEE\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u1EE8\u1EF0\u1EF2\u1EF6\u1EF8\u00DD\u1EF4\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007F\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /// <summary>TCVN3 / ABC bytes as Unicode NFC.</summary>
    public static string DecodeTcvn3(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes) sb.Append(TcvnTable[b]);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Windows-1258 bytes as Unicode NFC.</summary>
    public static string DecodeWindows1258(ReadOnlySpan<byte> bytes) =>
        Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);

    /// <summary>Text that Windows-1252 showed from VNI bytes, as Unicode NFC.</summary>
    public static string DecodeVni(ReadOnlySpan<byte> bytes) => VniGlyphsToUnicode(Encoding.GetEncoding(1252).GetString(bytes));

    // VNI's marks after a vowel: simple tones (grave, acute, hook, tilde, dot), hat + tone, breve + tone.
    const string VniTones = "øùûõï";
    const string VniHat = "âàáåãä";   // level, grave, acute, hook, tilde, dot
    const string VniBreve = "êèéúüë";

    /// <summary>VNI glyph sequences (as Windows-1252 shows them) turned into Vietnamese letters.</summary>
    public static string VniGlyphsToUnicode(string glyphs)
    {
        var sb = new StringBuilder(glyphs.Length);
        for (var i = 0; i < glyphs.Length; i++)
        {
            var c = glyphs[i];
            var lc = char.ToLowerInvariant(c);
            var upper = char.IsUpper(c);
            var next = i + 1 < glyphs.Length ? char.ToLowerInvariant(glyphs[i + 1]) : '\0';
            char letter;
            switch (lc)
            {
                case 'a' or 'e' or 'o' when VniHat.Contains(next):
                    letter = VietnameseText.WithTone(lc switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' }, (Tone)VniHat.IndexOf(next));
                    i++;
                    break;
                case 'a' when VniBreve.Contains(next):
                    letter = VietnameseText.WithTone('ă', (Tone)VniBreve.IndexOf(next));
                    i++;
                    break;
                case 'a' or 'e' or 'o' or 'u' or 'y' or 'ô' or 'ö' when VniTones.Contains(next):
                    letter = VietnameseText.WithTone(lc switch { 'ô' => 'ơ', 'ö' => 'ư', var x => x }, ToneOfVniMark(next));
                    i++;
                    break;
                case 'ô': letter = 'ơ'; break;
                case 'ö': letter = 'ư'; break;
                case 'ñ': letter = 'đ'; break;
                case 'ì': letter = 'ì'; break;
                case 'í': letter = 'í'; break;
                case 'æ': letter = 'ỉ'; break;
                case 'ó': letter = 'ĩ'; break;
                case 'ò': letter = 'ị'; break;
                case 'î': letter = 'ỵ'; break;
                default: sb.Append(c); continue;
            }
            sb.Append(upper ? char.ToUpperInvariant(letter) : letter);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    static Tone ToneOfVniMark(char m) => m switch { 'ø' => Tone.Grave, 'ù' => Tone.Acute, 'û' => Tone.Hook, 'õ' => Tone.Tilde, _ => Tone.Dot };

    /// <summary>VIQR text ("Vie^.t Nam", "DDa(k La(k") as Unicode NFC. A mark written with a backslash ("\\.") is the
    /// character itself. A '.' or '?' after a vowel is a tone when a letter, a punctuation mark or a lower-case word
    /// follows; before an upper-case word, a line's end or the text's end it stays punctuation.</summary>
    public static string DecodeViqr(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && "'`?~.(^+\\".Contains(text[i + 1])) { sb.Append(text[i + 1]); i++; continue; } // "\." a literal mark
            var lc = char.ToLowerInvariant(c);
            if (lc == 'd' && i + 1 < text.Length && char.ToLowerInvariant(text[i + 1]) == 'd' && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                sb.Append(char.IsUpper(c) ? 'Đ' : 'đ');
                i++;
                continue;
            }
            if (!"aeiouy".Contains(lc)) { sb.Append(c); continue; }
            var letter = lc;
            var j = i + 1;
            if (j < text.Length)
            {
                var q = text[j];
                var withQuality = (lc, q) switch
                {
                    ('a', '(') => 'ă', ('a', '^') => 'â', ('e', '^') => 'ê', ('o', '^') => 'ô',
                    ('o', '+') => 'ơ', ('u', '+') => 'ư', _ => '\0',
                };
                if (withQuality != '\0') { letter = withQuality; j++; }
            }
            if (j < text.Length)
            {
                var tone = text[j] switch { '\'' => Tone.Acute, '`' => Tone.Grave, '?' => Tone.Hook, '~' => Tone.Tilde, '.' => Tone.Dot, _ => Tone.Level };
                if (tone is Tone.Hook or Tone.Dot && !MarkIsTone(text, j)) tone = Tone.Level;
                if (tone != Tone.Level) { letter = VietnameseText.WithTone(letter, tone); j++; }
            }
            sb.Append(char.IsUpper(c) ? char.ToUpperInvariant(letter) : letter);
            i = j - 1;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    static bool MarkIsTone(string text, int at)
    {
        var k = at + 1;
        if (k >= text.Length) return false;
        if (char.IsLetter(text[k]) || text[k] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\\') return true;
        if (text[k] != ' ') return false;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && char.IsLower(text[k]);
    }

    /// <summary>How many VIQR marks the text carries per word: above a few in ten, the text is VIQR.</summary>
    public static double ViqrDensity(string text)
    {
        int words = 0, marks = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c)) { if (!inWord) words++; inWord = true; continue; }
            if (inWord && i > 0 && "aeiouyAEIOUY".Contains(text[i - 1]) && c is '^' or '(' or '+' or '\'' or '`' or '~') marks++;
            inWord = c is '^' or '(' or '+' or '\'' or '`' or '~' or '?' or '.' && inWord && i + 1 < text.Length && char.IsLetter(text[i + 1]);
        }
        return words == 0 ? 0 : (double)marks / words;
    }
}
