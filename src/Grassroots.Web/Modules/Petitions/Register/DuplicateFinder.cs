using System.Globalization;
using System.Text;

namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>
/// Likely duplicates of a new letter among the unit's letters of the last year: the same person, the same
/// subject, or similar text (word overlap, accents ignored). The officer decides whether to link them.
/// </summary>
[Scoped]
public sealed class DuplicateFinder(AppDbContext db)
{
    private const int Candidates = 400;
    private const double SimilarText = 0.45;

    public async Task<List<DuplicateSuggestion>> FindAsync(Petition letter, CancellationToken ct)
    {
        var since = letter.ReceivedOn.AddYears(-1);
        var candidates = await db.Set<Petition>().AsNoTracking()
            .Where(p => p.UnitId == letter.UnitId && p.ReceivedOn >= since)
            .OrderByDescending(p => p.ReceivedOn).Take(Candidates)
            .Select(p => new { p.Id, p.TrackingCode, p.Subject, p.Content, p.ReceivedOn, p.CaseId, p.PetitionerName, p.PetitionerPhone })
            .ToListAsync(ct);
        var words = Words(letter.Subject + " " + letter.Content);
        var subject = Fold(letter.Subject);
        var found = new List<DuplicateSuggestion>();
        foreach (var c in candidates)
        {
            string? reason = null;
            double score = 0;
            if (letter.PetitionerPhone is { Length: > 0 } phone && c.PetitionerPhone == phone
                || letter.PetitionerName is { Length: > 0 } name && string.Equals(Fold(c.PetitionerName ?? ""), Fold(name), StringComparison.Ordinal))
            {
                (reason, score) = ("SamePerson", 1.0);
            }
            else if (subject.Length > 0 && Fold(c.Subject) == subject)
            {
                (reason, score) = ("SameSubject", 0.9);
            }
            else
            {
                var overlap = Jaccard(words, Words(c.Subject + " " + c.Content));
                if (overlap >= SimilarText)
                {
                    (reason, score) = ("SimilarText", Math.Round(overlap, 2));
                }
            }
            if (reason is not null)
            {
                found.Add(new DuplicateSuggestion(c.Id, c.TrackingCode, c.Subject, c.ReceivedOn, c.CaseId, reason, score));
            }
        }
        return found.OrderByDescending(f => f.Score).ThenByDescending(f => f.ReceivedOn).Take(5).ToList();
    }

    /// <summary>Lower case without tone marks: "Đường" and "duong" are the same word to a search.</summary>
    internal static string Fold(string text)
    {
        var decomposed = Text.Clean(text).Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }
        return sb.ToString().Trim();
    }

    private static HashSet<string> Words(string text) =>
        Fold(text).Split([' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1).ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
