using Grassroots.Import.Diacritics;
using Grassroots.Import.Extraction;
using Grassroots.Import.Reading;

namespace Grassroots.Import;

/// <summary>A report read: its text as read, its text restored, and what was extracted from it. Every span (of the
/// metadata and the figures) is of <see cref="Text"/>, the text as read, before restoration.</summary>
public sealed record ImportedReport(
    string Text, string RestoredText, bool Restored, ReadText Source, ReportMetadata Metadata, IReadOnlyList<ExtractedFigure> Figures, Restoration Restoration);

/// <summary>
/// Reads a report file, restores its marks when it lost them, and extracts its metadata and figures: the one pipeline
/// behind the import page and the <c>import-report</c> command.
/// </summary>
public sealed class ReportImporter(DiacriticsRestorer restorer)
{
    /// <summary>The importer with the shipped model.</summary>
    public static ReportImporter Default { get; } = new(DiacriticsRestorer.Default);

    /// <summary>Imports a file; throws <see cref="ImportException"/> with the reason when it cannot.</summary>
    public ImportedReport Import(byte[] bytes, ReadLimits? limits = null)
    {
        var read = ReportReader.Read(bytes, limits);
        return Import(read);
    }

    /// <summary>Imports text already read.</summary>
    public ImportedReport Import(ReadText read)
    {
        var text = read.Text;
        var restoration = restorer.Restore(text);
        var restored = restoration.Text;
        if (!restorer.IsVietnamese(restored)) throw new ImportException(ImportError.NotAReport);
        var map = new OffsetMap(restoration);
        var metadata = MetadataExtractor.Extract(restored);
        var figures = FigureExtractor.Extract(restored)
            .Select(f =>
            {
                var (start, length) = map.ToOriginal(f.Start, f.Length);
                return f with { Start = start, Length = length, Quote = text.Substring(start, length) };
            })
            .ToList();
        if (metadata.DocumentType is null && metadata.DocumentNumber is null && figures.Count == 0) throw new ImportException(ImportError.NotAReport);
        return new ImportedReport(text, restored, restoration.Restored, read, Remap(metadata, map), figures, restoration);
    }

    static ReportMetadata Remap(ReportMetadata m, OffsetMap map)
    {
        Spanned<T>? R<T>(Spanned<T>? s)
        {
            if (s is null) return null;
            var (start, length) = map.ToOriginal(s.Start, s.Length);
            return s with { Start = start, Length = length };
        }
        return m with
        {
            IssuingBody = R(m.IssuingBody), ParentBody = R(m.ParentBody), DocumentNumber = R(m.DocumentNumber), PlaceOfIssue = R(m.PlaceOfIssue),
            DateOfIssue = R(m.DateOfIssue), DocumentType = R(m.DocumentType), Title = R(m.Title), ReportingPeriod = R(m.ReportingPeriod),
            PlanPeriod = R(m.PlanPeriod), Addressee = R(m.Addressee), Signer = R(m.Signer), Recipients = [.. m.Recipients.Select(r => R(r)!)],
        };
    }

    /// <summary>Positions in the restored text back to the text as read: restoration changes lengths only where it
    /// mended an OCR error ("rn" → "m").</summary>
    sealed class OffsetMap(Restoration restoration)
    {
        readonly List<(int RestoredEnd, int Delta)> shifts = Build(restoration);

        static List<(int, int)> Build(Restoration r)
        {
            var list = new List<(int, int)>();
            var delta = 0;
            foreach (var s in r.Syllables.OrderBy(s => s.Start))
            {
                var change = s.Restored.Length - s.Original.Length;
                if (change == 0) continue;
                delta += change;
                list.Add((s.Start + s.Original.Length + delta, delta));
            }
            return list;
        }

        int Original(int restored)
        {
            var delta = 0;
            foreach (var (end, d) in shifts) { if (end <= restored) delta = d; else break; }
            return restored - delta;
        }

        public (int Start, int Length) ToOriginal(int start, int length)
        {
            var a = Original(start);
            var b = Original(start + length);
            return (a, Math.Max(0, b - a));
        }
    }
}
