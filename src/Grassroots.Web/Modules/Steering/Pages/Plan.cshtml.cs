using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>A plan: its tasks by unit, the completion of each unit under the committee, and the form to add a task.</summary>
public sealed class PlanModel(SteeringReader reader, UnitPicker picker, UnitScope scope, AssignTask assign, TimeProvider clock) : AppPageModel
{
    public PlanDto? Plan { get; private set; }
    public List<TaskDto> Tasks { get; private set; } = [];
    public List<CompletionRow> Completion { get; private set; } = [];
    public List<UnitOption> Assignees { get; private set; } = [];
    public List<MemberDto> Members { get; private set; } = [];
    public bool CanSteer { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public string? AssigneeUnitCode { get; set; }
    [BindProperty] public Guid? AssigneeMemberId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ExpectedOutput { get; set; }
    [BindProperty] public string? Coordinators { get; set; }
    [BindProperty] public DateOnly? AssignedOn { get; set; }
    [BindProperty] public DateOnly? DueOn { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await assign.HandleAsync(id, new AssignTaskRequest(AssigneeUnitCode, Title, AssignedOn, DueOn, ExpectedOutput, Coordinators, AssigneeMemberId), ct);
            Flash = L["Steering.TaskAdded"].Value;
            return Redirect($"/steering/plans/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Plan = await reader.PlanAsync(id, ct);
        var unit = await scope.RequireAsync(Plan.UnitCode, Permission.View, ct);
        CanSteer = await scope.CanAsync(unit, Permission.Steer, ct);
        Tasks = await reader.TasksAsync(new TaskFilter(), planId: id, ct: ct);
        Completion = await reader.CompletionAsync(Plan.UnitCode, Plan.From, Plan.To, ct);
        var path = unit.Path;
        Assignees = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, also: u => u.Path.StartsWith(path), ct: ct);
        Members = (await reader.CommitteeAsync(Plan.UnitCode, ct))?.Members.ToList() ?? [];
        AssignedOn ??= clock.VietnamToday();
    }
}
