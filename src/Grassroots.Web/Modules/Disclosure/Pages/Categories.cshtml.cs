namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>The catalogues, one per audience: read by everyone, corrected and extended by administrators of the nation unit.</summary>
public sealed class CategoriesModel(EditCategory edit, DisclosureReader reader) : AppPageModel
{
    public List<DisclosureCategory> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(int id, int? number, string? name, string? article, DisclosureAudience? audience, int? minimumPostingDays,
        int? loudspeakerDays, bool? isMandatory, string? note, CancellationToken ct) => RunAsync(async () =>
    {
        await edit.HandleAsync(id, new EditCategoryRequest(number, name, article, audience, minimumPostingDays, loudspeakerDays, isMandatory ?? false, note), ct);
        Flash = L["Disclosure.Saved"];
        return Redirect($"/disclosures/categories#cat-{id}");
    });

    public Task<IActionResult> OnPostAddAsync(int? number, string? name, string? article, DisclosureAudience? audience, int? minimumPostingDays,
        int? loudspeakerDays, bool? isMandatory, string? note, CancellationToken ct) => RunAsync(async () =>
    {
        var added = await edit.HandleAsync(null, new EditCategoryRequest(number, name, article, audience, minimumPostingDays, loudspeakerDays, isMandatory ?? false, note), ct);
        Flash = L["Disclosure.Added", added.Name];
        return Redirect($"/disclosures/categories#cat-{added.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        CanEdit = await reader.CanEditCataloguesAsync(ct);
        Items = await reader.CategoriesAsync(null, ct);
    }
}
