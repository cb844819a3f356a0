using System.Globalization;
using Grassroots.Web.Modules.Supervision.Sessions;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>
/// Supervisions, checks, social criticisms and comments on drafts in reach; a new one with its findings and its
/// recommendations, each to its addressee (an inspection board's check from its plan: <c>?board=…&amp;plan=…</c>).
/// </summary>
public sealed class SessionsModel(SupervisionReader reader, RecordSession record, TimeProvider clock) : AppPageModel
{
    public const int RecommendationRows = 3;

    public List<SessionDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];
    public List<UnitOption> Addressees { get; private set; } = [];
    public List<BoardDto> Boards { get; private set; } = [];
    public PlanDto? Plan { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [BindProperty(SupportsGet = true, Name = "filter")] public SessionKind? Filter { get; set; }

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public SessionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "board")] public Guid? BoardId { get; set; }
    [BindProperty(SupportsGet = true, Name = "plan")] public Guid? PlanId { get; set; }
    [BindProperty] public Supervisor? Supervisor { get; set; }
    [BindProperty] public CriticismForm? Form { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? SupervisedBody { get; set; }
    [BindProperty] public string? Document { get; set; }
    [BindProperty] public int? UnitsVisited { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public DateOnly? EndedOn { get; set; }
    [BindProperty] public string? Findings { get; set; }
    [BindProperty] public List<RecommendationRow> Recommendations { get; set; } = [];

    public Task OnGetAsync(CancellationToken ct)
    {
        HeldOn = clock.VietnamToday();
        return LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var s = await record.HandleAsync(new RecordSessionRequest(UnitCode, Kind, BoardId, PlanId, Supervisor, Form, Topic, SupervisedBody, Document,
            UnitsVisited, HeldOn, EndedOn, Findings, RecommendationRow.Filled(Recommendations)), ct);
        Flash = L["Supervision.SessionRecorded"].Value;
        return Redirect($"/supervision/sessions/{s.Id}");
    });

    /// <summary>More rows for recommendations, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostRowsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Recommendations.AddRange(RecommendationRow.Blank(RecommendationRows));
        await LoadAsync(ct);
        return Page();
    }

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await reader.SessionsAsync(null, Filter, null, null, ct);
        Units = await reader.RecordersAsync(ct);
        if (Units.Count == 0)
        {
            return;
        }
        Addressees = await reader.AddresseesAsync(ct);
        Boards = (await reader.BoardsAsync(null, null, ct)).Where(b => b.InPlace).ToList();
        if (BoardId is { } board && Boards.FirstOrDefault(b => b.Id == board) is { } chosen)
        {
            UnitCode ??= chosen.UnitCode;
            Kind ??= chosen.Kind == BoardKind.Inspection ? SessionKind.Inspection : SessionKind.Investment;
            if (PlanId is { } plan)
            {
                Plan = await reader.PlanAsync(board, plan, ct);
                Topic ??= Plan.Title;
                SupervisedBody ??= Plan.Target;
            }
        }
        if (Recommendations.Count < RecommendationRows)
        {
            Recommendations.AddRange(RecommendationRow.Blank(RecommendationRows - Recommendations.Count));
        }
    }
}
