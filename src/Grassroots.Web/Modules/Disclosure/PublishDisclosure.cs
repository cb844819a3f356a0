using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure;

public sealed record PublishDisclosureRequest(string? UnitCode, int? CategoryId, string? Title, string? Body, DisclosureForms? Forms,
    DateOnly? PostedFrom, DateOnly? PostedTo, int? LoudspeakerDays);

/// <summary>Records a disclosure of a unit. An end before the start is refused and nothing is saved.</summary>
public sealed class PublishDisclosure(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<Disclosure> HandleAsync(PublishDisclosureRequest r, CancellationToken ct = default)
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
        var category = await db.Set<DisclosureCategory>().FirstOrDefaultAsync(c => c.Id == r.CategoryId, ct)
            ?? throw DomainException.NotFound("Disclosure.CategoryNotFound");
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
        };
        db.Add(disclosure);
        await db.SaveChangesAsync(ct);
        return disclosure;
    }
}

public sealed record EditCategoryRequest(int? Number, string? Name, string? Article, DisclosureAudience? Audience, int? MinimumPostingDays,
    int? LoudspeakerDays, bool? IsMandatory);

/// <summary>The catalogue follows the law: administrators of the nation unit add and correct its items.</summary>
public sealed class EditCategory(AppDbContext db, UnitScope scope)
{
    public async Task<DisclosureCategory> HandleAsync(int? id, EditCategoryRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.Number is >= 1 and <= 100, "number", "Validation.Required")
            .Text(r.Name, "name", 500)
            .Text(r.Article, "article", 200)
            .Require(r.Audience is not null, "audience", "Validation.Required")
            .Require(r.MinimumPostingDays is >= 1 and <= 366, "minimumPostingDays", "Disclosure.PostingDays")
            .Require(r.LoudspeakerDays is >= 0 and <= 366, "loudspeakerDays", "Disclosure.LoudspeakerDays")
            .ThrowIfInvalid();
        await RequireCatalogueAsync(db, scope, ct);
        var category = id is { } existing
            ? await db.Set<DisclosureCategory>().FirstOrDefaultAsync(c => c.Id == existing, ct) ?? throw DomainException.NotFound("Disclosure.CategoryNotFound")
            : db.Add(new DisclosureCategory { Name = "", Article = "" }).Entity;
        category.Number = r.Number!.Value;
        category.Name = Text.Clean(r.Name);
        category.Article = Text.Clean(r.Article);
        category.Audience = r.Audience!.Value;
        category.MinimumPostingDays = r.MinimumPostingDays!.Value;
        category.LoudspeakerDays = r.LoudspeakerDays!.Value;
        category.IsMandatory = r.IsMandatory ?? true;
        await db.SaveChangesAsync(ct);
        return category;
    }

    /// <summary>The catalogue is national: only who manages the root unit changes it.</summary>
    public static async Task RequireCatalogueAsync(AppDbContext db, UnitScope scope, CancellationToken ct)
    {
        var root = await db.Units.FirstAsync(u => u.ParentId == null, ct);
        await scope.RequireAsync(root, Permission.ManageUnits, ct);
    }
}
