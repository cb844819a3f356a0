using System.Globalization;
using System.Text;

namespace Grassroots.Import.Vietnamese;

/// <summary>The six tones of a Vietnamese syllable, in the order the vowel tables list them.</summary>
public enum Tone { Level = 0, Grave = 1, Acute = 2, Hook = 3, Tilde = 4, Dot = 5 }

/// <summary>
/// Letters of Vietnamese: a letter's base (a, ă, â, …) and tone, taking marks off and putting them back, and the one
/// convention for where the tone mark sits. The convention is the "old" one that the seeds and most administrative
/// documents use: on the first vowel of an open oa / oe / uy ("hóa", "thủy", "hòe"), on the vowel that carries a
/// quality mark (â ă ê ô ơ ư; ơ of ươ), on the middle of three vowels, and on the last vowel when a consonant follows
/// ("hoàn", "thuận").
/// </summary>
public static class VietnameseText
{
    // Each row: a base vowel and its five toned forms (grave, acute, hook, tilde, dot).
    static readonly string[] Rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    static readonly Dictionary<char, (char Base, Tone Tone)> Decompose = BuildDecompose();
    static readonly Dictionary<(char Base, Tone Tone), char> Compose = Decompose.ToDictionary(p => p.Value, p => p.Key);

    static Dictionary<char, (char, Tone)> BuildDecompose()
    {
        var map = new Dictionary<char, (char, Tone)>();
        foreach (var row in Rows)
        {
            for (var t = 0; t < row.Length; t++)
            {
                map[row[t]] = (row[0], (Tone)t);
                map[char.ToUpperInvariant(row[t])] = (char.ToUpperInvariant(row[0]), (Tone)t);
            }
        }
        return map;
    }

    /// <summary>True for a vowel letter of Vietnamese in any of its forms.</summary>
    public static bool IsVowel(char c) => Decompose.ContainsKey(c);

    /// <summary>A letter's tone (level for consonants).</summary>
    public static Tone ToneOf(char c) => Decompose.TryGetValue(c, out var d) ? d.Tone : Tone.Level;

    /// <summary>The letter without its tone mark, keeping its quality mark (ấ → â).</summary>
    public static char WithoutTone(char c) => Decompose.TryGetValue(c, out var d) ? d.Base : c;

    /// <summary>The letter with the given tone (â + acute → ấ); consonants are returned as they are.</summary>
    public static char WithTone(char c, Tone tone) =>
        Decompose.TryGetValue(c, out var d) && Compose.TryGetValue((d.Base, tone), out var r) ? r : c;

    /// <summary>The plain Latin letter under all marks (ấ → a, đ → d, Ư → U).</summary>
    public static char Plain(char c)
    {
        if (c is 'đ') return 'd';
        if (c is 'Đ') return 'D';
        if (!Decompose.TryGetValue(c, out var d)) return c;
        var b = d.Base;
        var lower = char.ToLowerInvariant(b) switch { 'ă' or 'â' => 'a', 'ê' => 'e', 'ô' or 'ơ' => 'o', 'ư' => 'u', var x => x };
        return char.IsUpper(b) ? char.ToUpperInvariant(lower) : lower;
    }

    /// <summary>The text with every Vietnamese mark taken off ("Đồng" → "Dong"); other characters unchanged.</summary>
    public static string Strip(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(Plain(c));
        return sb.ToString();
    }

    /// <summary>True when the character carries a Vietnamese mark (tone, quality or đ).</summary>
    public static bool HasMark(char c) => c is 'đ' or 'Đ' || (Decompose.TryGetValue(c, out var d) && (d.Tone != Tone.Level || Plain(c) != d.Base));

    /// <summary>True when any letter of the word carries a Vietnamese mark.</summary>
    public static bool HasMarks(string word)
    {
        foreach (var c in word) if (HasMark(c)) return true;
        return false;
    }

    /// <summary>The syllable's tone: the tone of whichever vowel carries one.</summary>
    public static Tone SyllableTone(string syllable)
    {
        foreach (var c in syllable) { var t = ToneOf(c); if (t != Tone.Level) return t; }
        return Tone.Level;
    }

    /// <summary>
    /// The syllable in NFC with its tone mark on the vowel the convention names (see the class). A word that is not one
    /// Vietnamese syllable (no vowel, or vowels separated by consonants) is returned in NFC without other change.
    /// </summary>
    public static string NormalizeTone(string syllable)
    {
        var s = syllable.Normalize(NormalizationForm.FormC);
        var tone = SyllableTone(s);
        if (tone == Tone.Level) return s;
        var chars = s.ToCharArray();
        int first = -1, last = -1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!IsVowel(chars[i])) continue;
            if (first < 0) first = i;
            else if (last != i - 1) return s; // vowels apart: not one syllable
            last = i;
        }
        if (first < 0) return s;
        for (var i = first; i <= last; i++) chars[i] = WithoutTone(chars[i]);
        var lower = new string(chars).ToLowerInvariant();
        // "qu" and "gi" + vowel: the u / i belongs to the onset.
        if (first == 1 && lower[0] == 'q' && lower[1] == 'u' && last > first) first++;
        else if (first == 1 && lower[0] == 'g' && lower[1] == 'i' && last > first) first++;
        var place = TonePlace(lower, first, last);
        chars[place] = WithTone(chars[place], tone);
        return new string(chars);
    }

    static int TonePlace(string lower, int first, int last)
    {
        for (var i = last; i >= first; i--)
        {
            if (lower[i] is 'ơ') return i; // ươ: on ơ
        }
        for (var i = first; i <= last; i++)
        {
            if (lower[i] is 'â' or 'ă' or 'ê' or 'ô' or 'ư') return i;
        }
        var count = last - first + 1;
        if (count == 1) return first;
        var closed = last < lower.Length - 1;
        if (count >= 3) return first + 1;
        return closed ? last : first;
    }

    /// <summary>The word's case shape applied to another form of it: "ĐAM" + "rông" → "RÔNG", "Đam" + "rông" → "Rông".</summary>
    public static string ApplyCase(string model, string word)
    {
        if (model.Length == 0) return word;
        var upperCount = 0; var letters = 0;
        foreach (var c in model) { if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upperCount++; } }
        if (letters > 1 && upperCount == letters) return word.ToUpper(CultureInfo.InvariantCulture);
        if (char.IsUpper(model[0])) return char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..].ToLowerInvariant();
        return word.ToLowerInvariant();
    }
}
