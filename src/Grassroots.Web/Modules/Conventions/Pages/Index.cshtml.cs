using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Conventions.Pages;

public sealed class IndexModel(UnitPicker picker, RunConvention run, ConventionReader reader, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
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
        Communities = await picker.OptionsAsync(Permission.Edit, UnitPick.Communities, aliveOnly: true, also: u => !taken.Contains(u.Id), ct: ct);
        Items = await reader.ListAsync(await scope.FilterAsync(db.Set<Convention>(), c => c.Community!.Path, Permission.View, ct), 200, ct);
    }
}
