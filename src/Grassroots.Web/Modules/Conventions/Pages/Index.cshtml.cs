namespace Grassroots.Web.Modules.Conventions.Pages;

public sealed class IndexModel(StartConvention start, ConventionReader reader) : AppPageModel
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
        var c = await start.HandleAsync(new StartConventionRequest(CommunityCode, Kind, Title, Text), ct);
        return Redirect($"/conventions/{c.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Communities = await reader.FreeCommunitiesAsync(ct);
        Items = await reader.ListAsync(new ConventionFilter(Take: 200), ct);
    }
}
