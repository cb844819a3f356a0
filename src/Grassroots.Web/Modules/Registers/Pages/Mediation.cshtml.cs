using Grassroots.Web.Modules.Registers.Mediation;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>The mediation register: cases in reach (newest first, by unit and outcome), the teams, and the forms to add a team or a case.</summary>
public sealed class MediationModel(MediationReader reader, RegisterTeam registerTeam, ReceiveCase receive, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public RegisterPage<CaseDto> Cases { get; private set; } = new([], 1, 0);
    public List<TeamDto> Teams { get; private set; } = [];
    public List<UnitOption> Options { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>A page number typed or edited into the address is brought back into range rather than refused.</summary>
    private int PageShown => Math.Clamp(PageNumber, 1, 100_000);

    [BindProperty] public Guid? TeamId { get; set; }
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public string? PartyA { get; set; }
    [BindProperty] public string? PartyB { get; set; }
    [BindProperty] public DisputeKind? Kind { get; set; }
    [BindProperty] public CaseSource? Source { get; set; } = CaseSource.PartiesRequest;
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public Guid? PetitionId { get; set; }

    [BindProperty] public string? TeamUnit { get; set; }
    [BindProperty] public string? TeamName { get; set; }
    [BindProperty] public DateOnly? RecognisedOn { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public List<string?> MemberNames { get; set; } = ["", "", "", "", ""];
    [BindProperty] public List<int> Women { get; set; } = [];
    [BindProperty] public int Leader { get; set; }

    public Task OnGetAsync(Guid? petition, CancellationToken ct)
    {
        ReceivedOn ??= clock.VietnamToday();
        RecognisedOn ??= clock.VietnamToday();
        if (petition is { } p)
        {
            PetitionId = p;
            Source = CaseSource.Petition;
        }
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var c = await receive.HandleAsync(new ReceiveCaseRequest(TeamId, ReceivedOn, PartyA, PartyB, Kind, Source, Summary, Source == CaseSource.Petition ? PetitionId : null), ct);
        Flash = L["Registers.Page.CaseReceived"];
        return Redirect($"/mediation/{c.Id}");
    });

    public Task<IActionResult> OnPostTeamAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var members = MemberNames.Select((n, i) => new TeamMemberRequest(n, Women.Contains(i), Leader == i)).Where(m => !string.IsNullOrWhiteSpace(m.FullName)).ToList();
        await registerTeam.HandleAsync(new RegisterTeamRequest(TeamUnit, TeamName, RecognisedOn, DecisionNumber, members), ct);
        Flash = L["Registers.Page.TeamRecorded"];
        return Redirect("/mediation");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Cases = await reader.CasesAsync(new RegisterFilter(Unit, Page: PageShown), Status is { } s && Enum.IsDefined(s) ? s : null, ct);
        Teams = await reader.TeamsAsync(Unit, ct);
        Options = await picker.OptionsAsync(Permission.Edit, UnitPick.Any, ct: ct);
    }
}
