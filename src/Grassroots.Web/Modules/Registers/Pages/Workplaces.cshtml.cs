using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>Democracy at work: the workplaces in reach, their conference rates for a unit and period, and the form to follow one.</summary>
public sealed class WorkplacesModel(WorkplaceReader reader, RegisterWorkplace register, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public RegisterPage<WorkplaceDto> Workplaces { get; private set; } = new([], 1, 0);
    public WorkplaceRates? Rates { get; private set; }
    public List<UnitOption> Options { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public WorkplaceKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>A page number typed or edited into the address is brought back into range rather than refused.</summary>
    private int PageShown => Math.Clamp(PageNumber, 1, 100_000);

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public WorkplaceKind? NewKind { get; set; }
    [BindProperty] public int? Staff { get; set; }
    [BindProperty] public DateOnly? Since { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Since ??= today;
        UnitCode ??= Unit;
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var w = await register.HandleAsync(new RegisterWorkplaceRequest(UnitCode, Name, NewKind, Staff, Since), ct);
        Flash = L["Registers.Page.WorkplaceRecorded"];
        return Redirect($"/workplaces/{w.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Workplaces = await reader.ListAsync(new RegisterFilter(Unit, null, null, PageShown), Kind is { } k && Enum.IsDefined(k) ? k : null, ct);
        if (!string.IsNullOrWhiteSpace(Unit) && From is not null && To is not null)
        {
            Rates = await reader.RatesAsync(Unit, From, To, ct);
        }
        Options = await picker.OptionsAsync(Permission.Edit, UnitPick.Any, ct: ct);
    }
}
