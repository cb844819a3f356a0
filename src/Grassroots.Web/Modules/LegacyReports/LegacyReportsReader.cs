using System.Text.Json;
using Grassroots.Import.Vietnamese;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.LegacyReports;

public sealed record LegacyReportRow(Guid Id, string UnitCode, string UnitName, string FileName, string? DocumentType, string? DocumentNumber, string? Title,
    DateOnly? DateOfIssue, DateOnly? PeriodFrom, DateOnly? PeriodTo, bool Restored, int Figures, LegacyReportStatus Status, DateTime UploadedAt);

public sealed record LegacyFigureDto(Guid Id, int Order, decimal Value, string Label, string? Measure, string? Key, string? KeyLabel, string Scope, int Start,
    int Length, string Quote, double Confidence, string? UnitCode, DateOnly? From, DateOnly? To, bool Include, FigureOutcome? Outcome);

public sealed record RestoredWord(int Start, int Length, string Restored, double Confidence);

public sealed record LegacyReportDto(Guid Id, int Version, string UnitCode, string UnitName, string FileName, string Format, string? SourceEncoding, int Pages,
    string Text, string RestoredText, bool Restored, IReadOnlyList<RestoredWord> Changes, string? IssuingBody, string? ParentBody, string? DocumentNumber,
    string? PlaceOfIssue, DateOnly? DateOfIssue, string? DocumentType, string? Title, DateOnly? PeriodFrom, DateOnly? PeriodTo, string? SignerName,
    string? SignerTitle, string? Addressee, LegacyReportStatus Status, string UploadedBy, DateTime UploadedAt, string? AcceptedBy, DateTime? AcceptedAt,
    IReadOnlyList<LegacyFigureDto> Figures);

/// <summary>The reports imported in the units the caller sees: the list (searchable without marks), one report with its
/// figures, and its file.</summary>
public sealed class LegacyReportsReader(AppDbContext db, UnitScope scope, IIndicatorCatalogue catalogue)
{
    public async Task<List<LegacyReportRow>> ListAsync(string? unitCode, string? q, CancellationToken ct)
    {
        new Validation().Text(unitCode, "unit", Unit.CodeMaxLength, required: false).Text(q, "q", FieldLength.Label, required: false).ThrowIfInvalid();
        var query = await scope.FilterAsync(db.Set<LegacyReport>().AsNoTracking(), r => r.Unit!.Path, Permission.View, ct);
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
            query = query.Where(r => r.Unit!.Path.StartsWith(unit.Path));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var plain = VietnameseText.Strip(Text.Clean(q)).ToLowerInvariant();
            query = query.Where(r => r.Content!.SearchText.Contains(plain));
        }
        return await query.OrderByDescending(r => r.UploadedAt).Take(200)
            .Select(r => new LegacyReportRow(r.Id, r.Unit!.Code, r.Unit.Name, r.FileName, r.DocumentType, r.DocumentNumber, r.Title, r.DateOfIssue, r.PeriodFrom,
                r.PeriodTo, r.Restored, r.Figures.Count, r.Status, r.UploadedAt))
            .ToListAsync(ct);
    }

    public async Task<LegacyReportDto> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await LoadAsync(id, Permission.View, ct);
        var units = await db.Units.AsNoTracking().Where(u => r.Figures.Select(f => f.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        var content = await db.Set<LegacyReportContent>().AsNoTracking().Where(c => c.ReportId == id)
            .Select(c => new { c.Text, c.RestoredText, c.Changes }).FirstAsync(ct);
        var changes = JsonSerializer.Deserialize<JsonElement[][]>(content.Changes)!
            .Select(c => new RestoredWord(c[0].GetInt32(), c[1].GetInt32(), c[2].GetString()!, c[3].GetDouble())).ToList();
        return new LegacyReportDto(r.Id, r.Version, r.Unit!.Code, r.Unit.Name, r.FileName, r.Format.ToString(), r.SourceEncoding, r.Pages, content.Text, content.RestoredText,
            r.Restored, changes, r.IssuingBody, r.ParentBody, r.DocumentNumber, r.PlaceOfIssue, r.DateOfIssue, r.DocumentType, r.Title, r.PeriodFrom, r.PeriodTo,
            r.SignerName, r.SignerTitle, r.Addressee, r.Status, r.UploadedBy, r.UploadedAt, r.AcceptedBy, r.AcceptedAt,
            r.Figures.OrderBy(f => f.Order).Select(f => new LegacyFigureDto(f.Id, f.Order, f.Value, f.Label, f.Measure, f.Key,
                f.Key is null ? null : catalogue.Find(f.Key)?.Label(culture), f.Scope, f.Start, f.Length, f.Quote, f.Confidence,
                f.UnitId is { } u ? units.GetValueOrDefault(u) : null, f.From, f.To, f.Include, f.Outcome)).ToList());
    }

    public async Task<FileContent> FileAsync(Guid id, CancellationToken ct)
    {
        var r = await LoadAsync(id, Permission.View, ct);
        var file = await db.Set<LegacyReportContent>().AsNoTracking().Where(f => f.ReportId == id).Select(f => new { f.ContentType, f.File }).FirstAsync(ct);
        return new FileContent(r.FileName, file.ContentType, file.File);
    }

    private async Task<LegacyReport> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var r = await db.Set<LegacyReport>().AsNoTracking().Include(x => x.Unit).Include(x => x.Figures).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("LegacyReports.NotFound");
        await scope.RequireAsync(r.Unit!.Code, permission, ct);
        return r;
    }
}
