using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.LegacyReports;

public sealed record FigureReview(Guid? Id, bool? Include, string? Key, decimal? Value, string? UnitCode, DateOnly? From, DateOnly? To);

public sealed record ReviewLegacyReportRequest(int? Version, string? IssuingBody, string? DocumentNumber, string? PlaceOfIssue, DateOnly? DateOfIssue,
    string? DocumentType, string? Title, DateOnly? PeriodFrom, DateOnly? PeriodTo, string? SignerName, string? SignerTitle, string? Addressee,
    IReadOnlyList<FigureReview>? Figures);

/// <summary>
/// The officer's corrections of an imported report before acceptance: the metadata, and for each figure whether it goes
/// into the indicators, its catalogue key, its value, the unit (within the officer's reach) and the period it counts for.
/// Saved against the version read: of two officers correcting the same report at once, the second is refused (409).
/// An accepted report is no longer changed.
/// </summary>
public sealed class ReviewLegacyReport(AppDbContext db, UnitScope scope, LegacyReportChanges changes, IIndicatorCatalogue catalogue)
{
    public async Task<LegacyReport> HandleAsync(Guid id, ReviewLegacyReportRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Require(r.Version is not null, "version", "Validation.Required")
            .Text(r.IssuingBody, "issuingBody", FieldLength.Line, required: false).Text(r.DocumentNumber, "documentNumber", FieldLength.DocumentNumber, required: false)
            .Text(r.PlaceOfIssue, "placeOfIssue", FieldLength.Line, required: false).Date(r.DateOfIssue, "dateOfIssue")
            .Text(r.DocumentType, "documentType", FieldLength.Label, required: false).Text(r.Title, "title", FieldLength.Paragraph, required: false)
            .Date(r.PeriodFrom, "periodFrom").Date(r.PeriodTo, "periodTo")
            .Require(r.PeriodFrom is null || r.PeriodTo is null || r.PeriodFrom <= r.PeriodTo, "periodTo", "LegacyReports.PeriodOrder")
            .Text(r.SignerName, "signerName", FieldLength.Line, required: false).Text(r.SignerTitle, "signerTitle", FieldLength.Line, required: false)
            .Text(r.Addressee, "addressee", FieldLength.Line, required: false);
        var figures = r.Figures ?? [];
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var field = $"figures[{i}]";
            v.Require(f.Id is not null, $"{field}.id", "Validation.Required")
                .Text(f.Key, $"{field}.key", 80, required: f.Include == true)
                .Require(f.Key is null || catalogue.Find(Text.Clean(f.Key)) is not null, $"{field}.key", "LegacyReports.UnknownKey")
                .Require(f.Value is null || (f.Value >= 0 && f.Value < 1_000_000_000_000m), $"{field}.value", "Validation.OutOfRange")
                .Require(f.Include != true || f.Value is not null, $"{field}.value", "Validation.Required")
                .Text(f.UnitCode, $"{field}.unitCode", Unit.CodeMaxLength, required: f.Include == true)
                .Date(f.From, $"{field}.from").Date(f.To, $"{field}.to")
                .Require(f.Include != true || (f.From is not null && f.To is not null), $"{field}.to", "LegacyReports.PeriodRequired")
                .Require(f.From is null || f.To is null || f.From <= f.To, $"{field}.to", "LegacyReports.PeriodOrder");
            if (f.Key is not null && f.Value is { } value && catalogue.Find(Text.Clean(f.Key)) is { } d && d.Measure == Measure.Percent)
                v.Require(value <= 100, $"{field}.value", "LegacyReports.RateOver100");
        }
        v.ThrowIfInvalid();
        var doc = await changes.LoadAsync(id, r.Version!.Value, ct);
        doc.IssuingBody = Clean(r.IssuingBody);
        doc.DocumentNumber = Clean(r.DocumentNumber);
        doc.PlaceOfIssue = Clean(r.PlaceOfIssue);
        doc.DateOfIssue = r.DateOfIssue;
        doc.DocumentType = Clean(r.DocumentType);
        doc.Title = Clean(r.Title);
        doc.PeriodFrom = r.PeriodFrom;
        doc.PeriodTo = r.PeriodTo;
        doc.SignerName = Clean(r.SignerName);
        doc.SignerTitle = Clean(r.SignerTitle);
        doc.Addressee = Clean(r.Addressee);
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            var figure = doc.Figures.FirstOrDefault(x => x.Id == f.Id) ?? throw DomainException.Invalid("LegacyReports.UnknownFigure");
            int? unitId = null;
            if (!string.IsNullOrWhiteSpace(f.UnitCode))
            {
                var code = Text.Clean(f.UnitCode);
                if (!units.TryGetValue(code, out var unit)) units[code] = unit = await scope.RequireAsync(code, Permission.Edit, ct);
                unitId = unit.Id;
            }
            figure.Include = f.Include == true;
            figure.Key = string.IsNullOrWhiteSpace(f.Key) ? null : Text.Clean(f.Key);
            if (f.Value is { } value) figure.Value = value;
            figure.UnitId = unitId;
            figure.From = f.From;
            figure.To = f.To;
        }
        await db.SaveChangesAsync(ct);
        return doc;
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Text.Clean(s);
}
