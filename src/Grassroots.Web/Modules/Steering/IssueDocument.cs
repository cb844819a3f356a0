namespace Grassroots.Web.Modules.Steering;

public sealed record IssueDocumentRequest(DateOnly? IssuedOn, string? SignerName, string? SignerTitle);

/// <summary>
/// Issues a draft: it takes the next number of its body's series for the year of its date (from 01 each year; ND30-NUMBER,
/// HD36-NUMBER), never a number given before, even when many are issued at once. Its date may not be in the future, nor
/// before the document it implements, nor before the last document issued in its series (numbers follow the dates).
/// </summary>
public sealed class IssueDocument(AppDbContext db, SteeringFiles files, DocumentNumbers numbers, TimeProvider clock)
{
    public async Task<SteeringDocument> HandleAsync(Guid id, IssueDocumentRequest r, CancellationToken ct = default)
    {
        Validate(r);
        var document = await files.DocumentAsync(id, Permission.Steer, ct);
        if (document.Status != DocumentStatus.Draft)
        {
            throw DomainException.Conflict("Steering.AlreadyIssued", document.NumberAndSymbol);
        }
        return await NumberAsync(document, r, ct);
    }

    /// <summary>A document registered and issued in one step (it is added with its number).</summary>
    public async Task<SteeringDocument> IssueNewAsync(SteeringDocument document, IssueDocumentRequest r, CancellationToken ct)
    {
        Validate(r);
        db.Add(document);
        return await NumberAsync(document, r, ct);
    }

    private void Validate(IssueDocumentRequest r) => new Validation()
        .Require(r.IssuedOn is not null, "issuedOn", "Validation.Required")
        .Date(r.IssuedOn, "issuedOn")
        .Require(r.IssuedOn is null || r.IssuedOn <= clock.VietnamToday(), "issuedOn", "Steering.DateInFuture")
        .Text(r.SignerName, "signerName", FieldLength.PersonName, required: false)
        .Text(r.SignerTitle, "signerTitle", FieldLength.Name, required: false)
        .ThrowIfInvalid();

    private async Task<SteeringDocument> NumberAsync(SteeringDocument document, IssueDocumentRequest r, CancellationToken ct)
    {
        var on = r.IssuedOn!.Value;
        if (document.ImplementsId is { } parentId
            && await db.Set<SteeringDocument>().Where(d => d.Id == parentId).Select(d => d.IssuedOn).FirstOrDefaultAsync(ct) is { } parentOn
            && on < parentOn)
        {
            throw DomainException.Invalid("Steering.BeforeImplemented", Text.Date(parentOn));
        }
        var series = SteeringRules.Series(document.IssuingBody, document.Kind);
        var latest = await db.Set<SteeringDocument>()
            .Where(d => d.UnitId == document.UnitId && d.IssuingBody == document.IssuingBody && d.Year == on.Year && d.Series == series && d.Status == DocumentStatus.Issued)
            .MaxAsync(d => d.IssuedOn, ct);
        if (latest is { } last && on < last)
        {
            throw DomainException.Invalid("Steering.BeforeLastIssued", Text.Date(last));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await numbers.NextAsync(document.UnitId, document.IssuingBody, on.Year, series, ct);
        document.Status = DocumentStatus.Issued;
        document.Year = on.Year;
        document.Series = series;
        document.Number = number;
        document.IssuedOn = on;
        document.NumberAndSymbol = SteeringRules.Symbol(document.IssuingBody, document.Unit!.Kind, document.Kind, number, document.DraftingOffice);
        document.SignerName = Text.CleanOrNull(r.SignerName) ?? document.SignerName;
        document.SignerTitle = Text.CleanOrNull(r.SignerTitle) ?? document.SignerTitle;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return document;
    }
}
