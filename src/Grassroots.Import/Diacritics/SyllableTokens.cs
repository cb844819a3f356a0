using System.Text;
using Grassroots.Import.Vietnamese;

namespace Grassroots.Import.Diacritics;

/// <summary>One piece of a text: a word (a run of letters), a number, or anything between.</summary>
public readonly record struct TextPiece(int Start, int Length, PieceKind Kind);

/// <summary>What a piece of text is to the language model.</summary>
public enum PieceKind { Word, Number, Break, Space }

/// <summary>
/// Cuts text into words, numbers and breaks the way the model was trained: a word is a run of letters (NFC); a
/// number is a run of digits with its separators ("29.264", "95,5"); sentence punctuation and line ends break the
/// context; spaces, hyphens and other marks do not.
/// </summary>
public static class SyllableTokens
{
    /// <summary>The pieces of the text, in order, covering every character.</summary>
    public static List<TextPiece> Split(string text)
    {
        var pieces = new List<TextPiece>(text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                pieces.Add(new TextPiece(start, i - start, PieceKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                pieces.Add(new TextPiece(start, i - start, PieceKind.Number));
            }
            else if (c is '.' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\n' or '\r' or '“' or '”' or '…' or '/' or '[' or ']')
            {
                i++;
                pieces.Add(new TextPiece(start, 1, PieceKind.Break));
            }
            else
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i]) && text[i] is not ('.' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\n' or '\r' or '“' or '”' or '…' or '/' or '[' or ']')) i++;
                pieces.Add(new TextPiece(start, i - start, PieceKind.Space));
            }
        }
        return pieces;
    }

    /// <summary>The model's form of a word: lower case, NFC, tone on the conventional vowel.</summary>
    public static string Canonical(string word) => VietnameseText.NormalizeTone(word.Normalize(NormalizationForm.FormC).ToLowerInvariant());

    /// <summary>The plain key under which a word's candidates are filed: lower case without any mark.</summary>
    public static string PlainKey(string word) => VietnameseText.Strip(word).ToLowerInvariant();

    /// <summary>The sentences of the text as sequences of canonical words and the number token, for training.</summary>
    public static IEnumerable<List<string>> Sentences(string text)
    {
        var current = new List<string>();
        foreach (var p in Split(text))
        {
            switch (p.Kind)
            {
                case PieceKind.Word: current.Add(Canonical(text.Substring(p.Start, p.Length))); break;
                case PieceKind.Number: current.Add(DiacriticsModel.NumberToken); break;
                case PieceKind.Break:
                    if (current.Count > 0) { yield return current; current = []; }
                    break;
            }
        }
        if (current.Count > 0) yield return current;
    }
}
