namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>The plans in reach with their progress; a new plan, issued by a plan (KH) of the register.</summary>
public sealed class PlansModel(SteeringReader reader, UnitPicker picker, CreatePlan create, TimeProvider clock) : AppPageModel
{
    public List<PlanDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> SteerUnits { get; private set; } = [];
    public List<DocumentDto> PlanDocuments { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public PlanKind? Kind { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public Guid? DocumentId { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        To ??= From.Value.AddMonths(6).AddDays(-1);
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var p = await create.HandleAsync(new CreatePlanRequest(UnitCode, Title, Kind, From, To, DocumentId), ct);
        Flash = L["Steering.PlanCreated"].Value;
        return Redirect($"/steering/plans/{p.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        SteerUnits = await picker.OptionsAsync(Permission.Steer, UnitPick.Bodies, ct: ct);
        Items = await reader.PlansAsync(string.IsNullOrWhiteSpace(Unit) ? null : Unit, ct);
        PlanDocuments = SteerUnits.Count == 0 ? [] : (await reader.DocumentsAsync(null, null, DocumentKind.Plan, DocumentStatus.Issued, 1, ct)).Rows.ToList();
    }
}
