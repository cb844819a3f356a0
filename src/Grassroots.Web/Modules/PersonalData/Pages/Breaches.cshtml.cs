namespace Grassroots.Web.Modules.PersonalData.Pages;

/// <summary>
/// The national data officer's page: the retention of each kind of record (what is due, a run on request) and the
/// register of personal-data breaches with their 72-hour notice to the authority.
/// </summary>
public sealed class BreachesModel(BreachReader reader, RecordBreach record, ApplyRetention retention) : AppPageModel
{
    [BindProperty] public BreachRequest Input { get; set; } = new(null, null, null, null, null, null, null, null);

    public IReadOnlyList<BreachDto> Breaches { get; private set; } = [];
    public IReadOnlyList<RetentionRow> Retention { get; private set; } = [];
    public IReadOnlyList<RetentionRow>? LastRun { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await record.HandleAsync(null, Input, ct);
        return RedirectToPage();
    }, "Input.");

    public Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await record.HandleAsync(id, Input, ct);
        return RedirectToPage();
    }, "Input.");

    public Task<IActionResult> OnPostRetentionAsync(CancellationToken ct) => RunAsync(async () =>
    {
        LastRun = await retention.HandleAsync(ct);
        await LoadAsync(ct);
        return Page();
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Breaches = await reader.ListAsync(ct);
        Retention = await retention.DueAsync(ct);
    }
}
