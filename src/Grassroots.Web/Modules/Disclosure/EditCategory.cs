namespace Grassroots.Web.Modules.Disclosure;

public sealed record EditCategoryRequest(int? Number, string? Name, string? Article, DisclosureAudience? Audience, int? MinimumPostingDays,
    int? LoudspeakerDays, bool? IsMandatory, string? Note = null);

/// <summary>
/// The catalogues follow the law: administrators of the nation unit add and correct their items. An item already used
/// by disclosures keeps its audience, so no unit is judged against another kind's catalogue.
/// </summary>
public sealed class EditCategory(AppDbContext db, UnitScope scope)
{
    public async Task<DisclosureCategory> HandleAsync(int? id, EditCategoryRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.Number is >= 1 and <= 100, "number", "Validation.Required")
            .Text(r.Name, "name", FieldLength.Line)
            .Text(r.Article, "article", FieldLength.Name)
            .Require(r.Audience is null || Enum.IsDefined(r.Audience.Value), "audience", "Validation.Required")
            .Require(r.Audience is not null, "audience", "Validation.Required")
            .Require(r.MinimumPostingDays is >= 1 and <= 366, "minimumPostingDays", "Disclosure.PostingDays")
            .Require(r.LoudspeakerDays is >= 0 and <= 366, "loudspeakerDays", "Disclosure.LoudspeakerDays")
            .Text(r.Note, "note", DisclosureCategory.NoteMaxLength, required: false)
            .ThrowIfInvalid();
        // The catalogues are national: whoever manages the root unit changes them.
        await scope.RequireAsync(await db.Units.FirstAsync(u => u.ParentId == null, ct), Permission.ManageUnits, ct);
        var category = id is { } existing
            ? await db.Set<DisclosureCategory>().FirstOrDefaultAsync(c => c.Id == existing, ct) ?? throw DomainException.NotFound("Disclosure.CategoryNotFound")
            : db.Add(new DisclosureCategory { Name = "", Article = "" }).Entity;
        if (id is not null && category.Audience != r.Audience && await db.Set<Disclosure>().AnyAsync(d => d.CategoryId == category.Id, ct))
        {
            throw DomainException.Conflict("Disclosure.AudienceInUse", category.Name);
        }
        category.Number = r.Number!.Value;
        category.Name = Text.Clean(r.Name);
        category.Article = Text.Clean(r.Article);
        category.Audience = r.Audience!.Value;
        category.MinimumPostingDays = r.MinimumPostingDays!.Value;
        category.LoudspeakerDays = r.LoudspeakerDays!.Value;
        category.IsMandatory = r.IsMandatory ?? true;
        category.Note = Text.CleanOrNull(r.Note);
        await db.SaveChangesAsync(ct);
        return category;
    }
}
