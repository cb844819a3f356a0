namespace Grassroots.Web.Modules.Steering;

/// <param name="Direction">"Outgoing" (a draft of the unit's body, numbered when issued — or at once with <paramref name="IssueNow"/>)
/// or "Incoming" (received from another body, with the number it carries).</param>
public sealed record RegisterDocumentRequest(string? UnitCode, IssuingBody? IssuingBody, DocumentKind? Kind, string? Summary,
    bool Incoming = false, string? NumberAndSymbol = null, DateOnly? IssuedOn = null, string? Sender = null, DateOnly? ReceivedOn = null,
    string? SignerName = null, string? SignerTitle = null, string? Implements = null, Guid? ImplementsId = null, string? Recipients = null,
    string? DraftingOffice = null, string? Body = null, bool IssueNow = false);

/// <summary>
/// Enters a document in the register of a unit's body: a draft (no number until it is issued), a document issued at once
/// (numbered by the platform), a document issued with the number its clerical office gave it elsewhere (a body whose
/// register is another system: that number is kept, and refused when the register holds it already that year), or one
/// received from above. A received document needs its number and its sender; a date in the future is refused.
/// </summary>
public sealed class RegisterDocument(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock, IssueDocument issue)
{
    public async Task<SteeringDocument> HandleAsync(RegisterDocumentRequest r, IFormFile? file = null, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.IssuingBody is not null, "issuingBody", "Validation.Required")
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Text(r.Summary, "summary", FieldLength.Line)
            .Text(r.NumberAndSymbol, "numberAndSymbol", FieldLength.DocumentNumber, required: r.Incoming)
            .Text(r.Sender, "sender", FieldLength.Name, required: r.Incoming)
            .Require(!r.Incoming || r.IssuedOn is not null, "issuedOn", "Validation.Required")
            .Date(r.IssuedOn, "issuedOn").Date(r.ReceivedOn, "receivedOn")
            .Require(r.IssuedOn is null || r.IssuedOn <= today, "issuedOn", "Steering.DateInFuture")
            .Require(r.ReceivedOn is null || r.ReceivedOn <= today, "receivedOn", "Steering.DateInFuture")
            .Require(r.ReceivedOn is null || r.IssuedOn is null || r.ReceivedOn >= r.IssuedOn, "receivedOn", "Steering.ReceivedBeforeIssued")
            .Text(r.SignerName, "signerName", FieldLength.PersonName, required: false)
            .Text(r.SignerTitle, "signerTitle", FieldLength.Name, required: false)
            .Text(r.Implements, "implements", FieldLength.Line, required: false)
            .Text(r.Recipients, "recipients", FieldLength.Paragraph, required: false)
            .Text(r.DraftingOffice, "draftingOffice", FieldLength.ShortCode, required: false)
            .Text(r.Body, "body", FieldLength.Minutes, required: false)
            .Require(!(r.Incoming && r.IssueNow), "issueNow", "Steering.IncomingNotIssued")
            .Require(!(r.IssueNow && !r.Incoming && !string.IsNullOrWhiteSpace(r.NumberAndSymbol)), "numberAndSymbol", "Steering.NumberOrIssueNow")
            .Require(r.Incoming || string.IsNullOrWhiteSpace(r.NumberAndSymbol) || r.IssuedOn is not null, "issuedOn", "Validation.Required")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Steer, ct);
        if (r.ImplementsId is { } implementsId && !await db.Set<SteeringDocument>().AnyAsync(d => d.Id == implementsId, ct))
        {
            throw DomainException.Invalid("Steering.DocumentNotFound");
        }
        var upload = await SteeringFiles.ReadAsync(file, ct);
        var body = r.IssuingBody!.Value;
        var numberedElsewhere = !r.Incoming && !string.IsNullOrWhiteSpace(r.NumberAndSymbol);
        var symbol = Text.CleanOrNull(r.NumberAndSymbol);
        if (numberedElsewhere)
        {
            var year = r.IssuedOn!.Value.Year;
            if (await db.Set<SteeringDocument>().AnyAsync(d => d.UnitId == unit.Id && d.IssuingBody == body && d.Year == year
                    && d.Status == DocumentStatus.Issued && d.NumberAndSymbol == symbol, ct))
            {
                throw DomainException.Conflict("Steering.NumberTaken", symbol, year);
            }
        }
        var document = new SteeringDocument
        {
            UnitId = unit.Id,
            Unit = unit,
            IssuingBody = body,
            Format = SteeringRules.FormatOf(body),
            Kind = r.Kind!.Value,
            Status = r.Incoming ? DocumentStatus.Received : numberedElsewhere ? DocumentStatus.Issued : DocumentStatus.Draft,
            NumberAndSymbol = r.Incoming || numberedElsewhere ? symbol : null,
            Number = numberedElsewhere ? SteeringRules.LeadingNumber(symbol!) : null,
            Year = r.Incoming || numberedElsewhere ? r.IssuedOn!.Value.Year : null,
            IssuedOn = r.Incoming || numberedElsewhere ? r.IssuedOn : null,
            Sender = r.Incoming ? Text.CleanOrNull(r.Sender) : null,
            ReceivedOn = r.Incoming ? r.ReceivedOn ?? today : null,
            SignerName = Text.CleanOrNull(r.SignerName),
            SignerTitle = Text.CleanOrNull(r.SignerTitle),
            Summary = Text.Clean(r.Summary),
            Implements = Text.CleanOrNull(r.Implements),
            ImplementsId = r.ImplementsId,
            Recipients = Text.CleanOrNull(r.Recipients),
            DraftingOffice = Text.CleanOrNull(r.DraftingOffice),
            Body = Text.CleanOrNull(r.Body),
            FileName = upload?.FileName,
            ContentType = upload?.ContentType,
            FileSize = upload?.Content.Length,
            Sha256 = upload?.Sha256,
            Content = upload?.Content,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        if (!r.IssueNow)
        {
            db.Add(document);
            await db.SaveChangesAsync(ct);
            return document;
        }
        return await issue.IssueNewAsync(document, new IssueDocumentRequest(r.IssuedOn, r.SignerName, r.SignerTitle), ct);
    }
}
