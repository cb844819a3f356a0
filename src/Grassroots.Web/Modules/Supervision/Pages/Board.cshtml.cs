using System.Globalization;
using Grassroots.Web.Modules.Supervision.Boards;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>
/// A board: its members and plans; for those who may edit the commune's records, the election's confirmation, a by-election,
/// a member leaving, a plan (an inspection's plan on the working calendar) and the board's end.
/// </summary>
public sealed class BoardModel(SupervisionReader reader, UnitScope scope, ConfirmElection confirm, ElectMember byElection, MemberLeaves leaves,
    AddPlan addPlan, DissolveBoard dissolve, TimeProvider clock) : AppPageModel
{
    public BoardDto Board { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public Guid? MemberId { get; set; }
    [BindProperty] public MemberRow Member { get; set; } = new() { Role = MemberRole.Member };
    [BindProperty] public PlanKind? Kind { get; set; } = PlanKind.Inspection;
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? PlanContent { get; set; }
    [BindProperty] public DateOnly? PeriodFrom { get; set; }
    [BindProperty] public DateOnly? PeriodTo { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public DateOnly? SentOn { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct)
    {
        SentOn = clock.VietnamToday();
        return LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostConfirmAsync(Guid id, CancellationToken ct) =>
        Act(id, () => confirm.HandleAsync(id, new ConfirmElectionRequest(On, Note), ct), "Supervision.ElectionConfirmed");

    public Task<IActionResult> OnPostMemberAsync(Guid id, CancellationToken ct) =>
        Act(id, () => byElection.HandleAsync(id, new ByElectionRequest(On, Member.ToRequest()), ct), "Supervision.MemberElected");

    public Task<IActionResult> OnPostLeaveAsync(Guid id, CancellationToken ct) =>
        Act(id, () => leaves.HandleAsync(id, MemberId ?? Guid.Empty, new MemberLeavesRequest(On), ct), "Supervision.MemberLeft");

    public Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken ct) =>
        Act(id, () => addPlan.HandleAsync(id, new AddPlanRequest(Kind, Title, PlanContent, PeriodFrom, PeriodTo, Target, SentOn), ct), "Supervision.PlanAdded");

    public Task<IActionResult> OnPostDissolveAsync(Guid id, CancellationToken ct) =>
        Act(id, () => dissolve.HandleAsync(id, new DissolveRequest(On), ct), "Supervision.BoardDissolved");

    private Task<IActionResult> Act<T>(Guid id, Func<Task<T>> action, string done)
    {
        _id = id;
        return SaveThenGoAsync(action, done, $"/supervision/boards/{id}");
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Board = await reader.BoardAsync(id, ct);
        CanEdit = await scope.CanAsync(await scope.RequireAsync(Board.UnitCode, Permission.View, ct), Permission.Edit, ct);
    }
}
