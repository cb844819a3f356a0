namespace Grassroots.Web.Modules.Disclosure;

public sealed record PublishDisclosureRequest(string? UnitCode, int? CategoryId, string? Title, string? Body, DisclosureForms? Forms,
    DateOnly? PostedFrom, DateOnly? PostedTo, int? LoudspeakerDays);

/// <summary>
/// Records a disclosure of a unit, with its files. The category must come from the catalogue of the unit's kind; an end
/// before the start, a file refused or a category of another catalogue is refused and nothing is saved.
/// </summary>
public sealed class PublishDisclosure(AppDbContext db, UnitScope scope, CurrentUser user, DisclosureFiles files, Grassroots.Web.Platform.Outbox.Outbox outbox, TimeProvider clock)
{
    public Task<Disclosure> HandleAsync(PublishDisclosureRequest r, CancellationToken ct = default) => HandleAsync(r, [], ct);

    public async Task<Disclosure> HandleAsync(PublishDisclosureRequest r, IReadOnlyCollection<IFormFile> uploads, CancellationToken ct)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.CategoryId is not null, "categoryId", "Validation.Required")
            .Text(r.Title, "title", Disclosure.TitleMaxLength)
            .Text(r.Body, "body", Disclosure.BodyMaxLength)
            .Require(r.Forms is { } f && f != DisclosureForms.None && (int)f < 128, "forms", "Validation.Required")
            .Require(r.PostedFrom is not null, "postedFrom", "Validation.Required")
            .Require(r.PostedFrom is null || r.PostedTo is null || r.PostedTo >= r.PostedFrom, "postedTo", "Disclosure.EndBeforeStart")
            .Require(r.LoudspeakerDays is null or (>= 0 and <= 366), "loudspeakerDays", "Disclosure.LoudspeakerDays")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (!unit.IsActiveOn(r.PostedFrom!.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(r.PostedFrom.Value));
        }
        var audience = DisclosureCatalogue.AudienceOf(unit.Kind) ?? throw DomainException.Invalid("Disclosure.NoCatalogue", unit.Name, unit.Kind);
        var category = await db.Set<DisclosureCategory>().FirstOrDefaultAsync(c => c.Id == r.CategoryId, ct)
            ?? throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["categoryId"] = ["Disclosure.CategoryNotFound"] },
            };
        if (category.Audience != audience)
        {
            throw DomainException.Invalid("Disclosure.CategoryOfAnotherKind", category.Name, category.Audience, unit.Name, unit.Kind);
        }
        var attachments = await files.PrepareAsync(uploads, 0, ct);
        var disclosure = new Disclosure
        {
            UnitId = unit.Id,
            CategoryId = category.Id,
            Title = Text.Clean(r.Title),
            Body = Text.Clean(r.Body),
            Forms = r.Forms!.Value,
            PostedFrom = r.PostedFrom.Value,
            PostedTo = r.PostedTo,
            LoudspeakerDays = r.Forms.Value.HasFlag(DisclosureForms.Loudspeaker) ? r.LoudspeakerDays ?? 0 : 0,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
            Attachments = attachments,
        };
        db.Add(disclosure);
        // Other systems subscribed to disclosures are called after the commit, by the outbox (Platform/Outbox).
        await outbox.PublishAsync("disclosure.published", $"disclosure.published:{disclosure.Id}", new
        {
            id = disclosure.Id, unitCode = unit.Code, category = category.Name, title = disclosure.Title,
            postedFrom = disclosure.PostedFrom, postedTo = disclosure.PostedTo,
        }, ct);
        await db.SaveChangesAsync(ct);
        return disclosure;
    }
}
