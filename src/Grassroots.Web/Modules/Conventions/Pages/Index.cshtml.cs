using Grassroots.Web.Modules.Directory.Pages;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Conventions.Pages;

public sealed class IndexModel(RunConvention run, ConventionReader reader, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
{
    public List<ConventionSummary> Items { get; private set; } = [];
    public List<UnitOption> Communities { get; private set; } = [];

    [BindProperty] public string? CommunityCode { get; set; }
    [BindProperty] public ConventionKind? Kind { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }

    public Task OnGetAsync(string? community, CancellationToken ct)
    {
        CommunityCode ??= community;
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var c = await run.StartAsync(new StartConventionRequest(CommunityCode, Kind, Title, Text), ct);
        return Redirect($"/conventions/{c.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var taken = db.Set<Convention>().Select(c => c.CommunityId);
        Communities = await (await scope.VisibleUnitsAsync(Permission.Edit, ct)).AsNoTracking()
            .Where(u => (u.ValidTo == null || u.ValidTo > today) && u.Kind == Directory.UnitKind.ResidentialCommunity && !taken.Contains(u.Id))
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).Take(500).ToListAsync(ct);
        Items = await reader.ListAsync(await scope.FilterAsync(db.Set<Convention>(), c => c.Community!.Path, Permission.View, ct), 200, ct);
    }
}
