using Grassroots.Web.Modules.Supervision.Boards;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>
/// The boards in reach; a commune's People's Inspection Board put to a village's households' meeting, or a board already
/// in place recorded from paper (an investment board with its project).
/// </summary>
public sealed class BoardsModel(SupervisionReader reader, UnitPicker picker, ElectInspectionBoard elect, RecordBoard record, TimeProvider clock) : AppPageModel
{
    public const int MemberRows = 7;

    public List<BoardDto> Items { get; private set; } = [];
    public List<UnitOption> Communes { get; private set; } = [];
    public List<UnitOption> Villages { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? CommunityCode { get; set; }
    [BindProperty] public DateOnly? OpensOn { get; set; }
    [BindProperty] public DateOnly? ClosesOn { get; set; }
    [BindProperty] public DateOnly? TermEndsOn { get; set; }
    [BindProperty] public List<MemberRow> Candidates { get; set; } = [];

    [BindProperty] public BoardKind? Kind { get; set; }
    [BindProperty] public DateOnly? EstablishedOn { get; set; }
    [BindProperty] public string? ProjectName { get; set; }
    [BindProperty] public string? Investor { get; set; }
    [BindProperty] public decimal? Funds { get; set; }
    [BindProperty] public string? ProjectPlace { get; set; }
    [BindProperty] public DateOnly? ProjectStartsOn { get; set; }
    [BindProperty] public DateOnly? ProjectEndsOn { get; set; }
    [BindProperty] public List<MemberRow> Members { get; set; } = [];

    public Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        OpensOn = today;
        ClosesOn = today;
        EstablishedOn = today;
        Kind = BoardKind.Investment;
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostElectAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var b = await elect.HandleAsync(new ElectBoardRequest(UnitCode, CommunityCode, OpensOn, ClosesOn, TermEndsOn, MemberRow.Filled(Candidates)), ct);
        Flash = L["Supervision.ElectionOpened"].Value;
        return Redirect($"/supervision/boards/{b.Id}");
    });

    public Task<IActionResult> OnPostRecordAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var project = Kind == BoardKind.Investment ? new ProjectRequest(ProjectName, Investor, Funds, ProjectPlace, ProjectStartsOn, ProjectEndsOn) : null;
        var b = await record.HandleAsync(new RecordBoardRequest(UnitCode, Kind, null, EstablishedOn, TermEndsOn, MemberRow.Filled(Members), project), ct);
        Flash = L["Supervision.BoardRecorded"].Value;
        return Redirect($"/supervision/boards/{b.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = (await reader.BoardsAsync(null, null, ct)).OrderByDescending(b => b.InPlace).ThenByDescending(b => b.EstablishedOn).ToList();
        Communes = await reader.CommunesAsync(ct);
        Villages = Communes.Count == 0 ? [] : await picker.OptionsAsync(Permission.Edit, UnitPick.Communities, ct: ct);
        if (Candidates.Count < MemberRows)
        {
            Candidates.AddRange(MemberRow.Blank(MemberRows - Candidates.Count));
        }
        if (Members.Count < MemberRows)
        {
            Members.AddRange(MemberRow.Blank(MemberRows - Members.Count));
        }
    }
}
