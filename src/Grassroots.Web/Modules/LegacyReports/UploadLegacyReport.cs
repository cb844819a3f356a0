using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Grassroots.Import;
using Grassroots.Import.Vietnamese;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.LegacyReports;

public sealed record UploadLegacyReportRequest(string? UnitCode, IFormFile? File);

/// <summary>
/// One report file uploaded for a unit: read (Word, PDF, scan, text in any Vietnamese encoding), its marks restored when
/// it lost them, its metadata and figures extracted, and stored for review. A file that cannot be a report is refused
/// with its reason and nothing is stored. The reading runs on <see cref="ReportReadingGate"/>, one file at a time, off
/// the request threads: a 2,000-page PDF or a long scan never stops the server answering others.
/// </summary>
public sealed class UploadLegacyReport(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock, ReportReadingGate gate, IIndicatorCatalogue catalogue)
{
    /// <summary>The largest file accepted (a scanned report of forty pages fits).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public async Task<LegacyReport> HandleAsync(UploadLegacyReportRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.UnitCode, "unitCode", Unit.CodeMaxLength).Require(r.File is not null, "file", "Validation.Required").ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var (fileName, content) = await FileUploads.ReadContentAsync(r.File, MaxBytes, ct);
        ImportedReport report;
        try
        {
            report = await gate.RunAsync(() => ReportImporter.Default.Import(content, new Grassroots.Import.Reading.ReadLimits(MaxBytes)), ct);
        }
        catch (ImportException e)
        {
            throw DomainException.Invalid("LegacyReports.Refused", fileName, e.MessageIn(CultureInfo.CurrentUICulture));
        }
        var m = report.Metadata;
        var from = m.ReportingPeriod?.Value.Start;
        var to = m.ReportingPeriod?.Value.End;
        var doc = new LegacyReport
        {
            UnitId = unit.Id,
            FileName = fileName,
            Format = report.Source.Format,
            SourceEncoding = report.Source.Encoding switch
            {
                null => null,
                TextEncoding.Utf8 => "UTF-8", TextEncoding.Utf16 => "UTF-16", TextEncoding.Tcvn3 => "TCVN3 (ABC)", TextEncoding.Vni => "VNI",
                TextEncoding.Viqr => "VIQR", _ => "Windows-1258",
            },
            Pages = report.Source.Pages,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Restored = report.Restored,
            IssuingBody = Clip(m.IssuingBody?.Value, FieldLength.Line),
            ParentBody = Clip(m.ParentBody?.Value, FieldLength.Line),
            DocumentNumber = Clip(m.DocumentNumber?.Value, FieldLength.DocumentNumber),
            PlaceOfIssue = Clip(m.PlaceOfIssue?.Value, FieldLength.Line),
            DateOfIssue = m.DateOfIssue?.Value,
            DocumentType = Clip(m.DocumentType?.Value, FieldLength.Label),
            Title = Clip(m.Title?.Value, FieldLength.Paragraph),
            PeriodFrom = from,
            PeriodTo = to,
            SignerName = Clip(m.Signer?.Value.Name, FieldLength.Line),
            SignerTitle = Clip(m.Signer?.Value.Title, FieldLength.Line),
            Addressee = Clip(m.Addressee?.Value, FieldLength.Line),
            Status = LegacyReportStatus.Review,
            UploadedBy = user.UserName ?? "system",
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        var order = 0;
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in report.Figures)
        {
            doc.Figures.Add(new LegacyReportFigure
            {
                ReportId = doc.Id, Order = ++order, Value = f.Value, Label = Clip(f.Label, FieldLength.Line)!, Measure = f.Unit, Key = f.Key, Scope = f.Scope,
                Start = f.Start, Length = f.Length, Quote = Clip(f.Quote, FieldLength.Line)!, Confidence = f.Confidence, UnitId = unit.Id, From = from, To = to,
                // A rate is recomputed from its parts, and a key's later figures (a footnote's breakdown) are likely parts of the
                // first: offered, not chosen.
                Include = f.Key is not null && catalogue.Find(f.Key) is { RollUp: not RollUpKind.Ratio } && offered.Add(f.Key),
            });
        }
        db.Add(doc);
        db.Add(new LegacyReportContent
        {
            ReportId = doc.Id, ContentType = ContentTypeOf(report.Source.Format, fileName), File = content, Text = report.Text, RestoredText = report.RestoredText,
            Changes = JsonSerializer.Serialize(report.Restoration.Syllables.Where(s => s.Changed || s.Confidence < 0.9)
                .Select(s => new object[] { s.Start, s.Length, s.Restored, Math.Round(s.Confidence, 3) })),
            SearchText = VietnameseText.Strip($"{m.Title?.Value}\n{report.RestoredText}").ToLowerInvariant(),
        });
        await db.SaveChangesAsync(ct);
        return doc;
    }

    static string? Clip(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];

    static string ContentTypeOf(Grassroots.Import.Reading.ReportFormat format, string fileName) => format switch
    {
        Grassroots.Import.Reading.ReportFormat.Docx => FileKind.Docx.ContentType,
        Grassroots.Import.Reading.ReportFormat.Pdf or Grassroots.Import.Reading.ReportFormat.ScannedPdf => FileKind.Pdf.ContentType,
        Grassroots.Import.Reading.ReportFormat.Image => fileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? FileKind.Png.ContentType : "image/" + Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant(),
        _ => "text/plain",
    };
}

/// <summary>Reports are read one at a time, on the thread pool: reading is CPU work (restoration, OCR) and a server of
/// two cores must keep answering everyone else meanwhile.</summary>
public sealed class ReportReadingGate
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try { return await Task.Run(work, ct); }
        finally { _one.Release(); }
    }
}
