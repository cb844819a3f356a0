using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure.Pages;

public sealed class CategoriesModel(EditCategory edit, UnitScope scope, AppDbContext db) : AppPageModel
{
    public List<DisclosureCategory> Items { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(int id, int? number, string? name, string? article, DisclosureAudience? audience, int? minimumPostingDays,
        int? loudspeakerDays, CancellationToken ct) => RunAsync(async () =>
    {
        await edit.HandleAsync(id, new EditCategoryRequest(number, name, article, audience, minimumPostingDays, loudspeakerDays, true), ct);
        Flash = L["Disclosure.Saved"];
        return Redirect("/disclosures/categories");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var root = await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        CanEdit = await scope.CanAsync(root, Permission.ManageUnits, ct);
        Items = await db.Set<DisclosureCategory>().AsNoTracking().OrderBy(c => c.Audience).ThenBy(c => c.Number).ToListAsync(ct);
    }
}
