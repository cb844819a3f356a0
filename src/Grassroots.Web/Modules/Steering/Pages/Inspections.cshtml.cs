namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>Inspections and thematic supervisions in reach; a new one: the team, the units it visits, the dates, the day they were told.</summary>
public sealed class InspectionsModel(SteeringReader reader, UnitPicker picker, PlanInspection plan, TimeProvider clock) : AppPageModel
{
    public List<InspectionDto> Items { get; private set; } = [];
    public List<UnitOption> SteerUnits { get; private set; } = [];
    public List<UnitOption> Visitable { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Team { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public DateOnly? NotifiedOn { get; set; }
    [BindProperty] public List<string> UnitCodes { get; set; } = [];

    public Task OnGetAsync(CancellationToken ct)
    {
        NotifiedOn ??= clock.VietnamToday();
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var i = await plan.HandleAsync(new PlanInspectionRequest(UnitCode, Title, Team, From, To, NotifiedOn, UnitCodes.Cast<string?>().ToList()), ct);
        Flash = L["Steering.InspectionPlanned"].Value;
        return Redirect($"/steering/inspections/{i.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await reader.InspectionsAsync(null, ct);
        SteerUnits = await picker.OptionsAsync(Permission.Steer, UnitPick.Bodies, ct: ct);
        // The units a committee visits: those of its subtree, its own excepted.
        Visitable = SteerUnits.Skip(1).ToList();
    }
}
