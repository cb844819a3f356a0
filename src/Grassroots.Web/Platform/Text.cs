using System.Globalization;
using System.Text;

namespace Grassroots.Web.Platform;

public static class Text
{
    /// <summary>Trimmed and in Unicode NFC, so "hoà" typed on any keyboard is stored one way.</summary>
    public static string Clean(string? value) => (value ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static string? CleanOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    /// <summary>
    /// Whether the text holds a control character other than a line break or a tab (NUL, BEL, ESC...): nothing a person
    /// types, and NUL is refused by PostgreSQL and cuts the text short in many readers.
    /// </summary>
    public static bool HasControlCharacters(string value) => value.AsSpan().ContainsAny(ControlCharacters);

    /// <summary>The C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F) but the tab, the line feed and the carriage return.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))]);

    /// <summary>Names in Vietnamese alphabetical order (Đ after D, tones after the bare letter), ignoring case.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi"), ignoreCase: true);

    /// <summary>
    /// A name as a search compares it: without tones and marks, Đ as d, in lower case, apostrophes dropped ("K'Nàng" and
    /// "KNang" alike), any other punctuation or run of spaces as one space. "Xã Rô Men" and "xa   RO men" fold alike.
    /// </summary>
    public static string Fold(string? value)
    {
        var decomposed = (value ?? "").Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var gap = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (gap && folded.Length > 0)
                {
                    folded.Append(' ');
                }
                gap = false;
                folded.Append(c is '\u0110' or '\u0111' ? 'd' : char.ToLowerInvariant(c));
            }
            else
            {
                gap = true;
            }
        }
        return folded.ToString();
    }

    /// <summary>Vietnamese date as officers write it: 25/4/2024.</summary>
    public static string Date(DateOnly date) => date.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTime(DateTime utc) =>
        Clock.ToVietnam(utc).ToString("d/M/yyyy HH:mm", CultureInfo.InvariantCulture);
}
