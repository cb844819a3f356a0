using Grassroots.Web.Modules.Directory.Pages;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure.Pages;

public sealed class IndexModel(PublishDisclosure publish, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
{
    public List<DisclosureDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];
    public List<DisclosureCategory> Categories { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public int? CategoryId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public List<DisclosureForms> FormList { get; set; } = [DisclosureForms.OfficeNoticeBoard, DisclosureForms.Portal];
    [BindProperty] public DateOnly? PostedFrom { get; set; }
    [BindProperty] public DateOnly? PostedTo { get; set; }
    [BindProperty] public int? LoudspeakerDays { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        PostedFrom ??= clock.VietnamToday();
        PostedTo ??= PostedFrom.Value.AddDays(DisclosureCatalogue.DefaultPostingDays - 1);
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var forms = FormList.Aggregate(DisclosureForms.None, (a, f) => a | f);
        await publish.HandleAsync(new PublishDisclosureRequest(UnitCode, CategoryId, Title, Body, forms, PostedFrom, PostedTo, LoudspeakerDays), ct);
        Flash = L["Disclosure.Published"];
        return Redirect("/disclosures");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Units = await (await scope.VisibleUnitsAsync(Permission.Edit, ct)).AsNoTracking()
            .Where(u => (u.ValidTo == null || u.ValidTo > today) && u.Kind != Directory.UnitKind.ResidentialCommunity)
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).Take(500).ToListAsync(ct);
        Categories = await db.Set<DisclosureCategory>().AsNoTracking().OrderBy(c => c.Audience).ThenBy(c => c.Number).ToListAsync(ct);
        var rows = await (await scope.FilterAsync(db.Set<Disclosure>().AsNoTracking(), d => d.Unit!.Path, Permission.View, ct))
            .Include(d => d.Unit).Include(d => d.Category).OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).Take(100).ToListAsync(ct);
        Items = rows.Select(d => DisclosureApi.ToDto(d, today)).ToList();
    }
}
