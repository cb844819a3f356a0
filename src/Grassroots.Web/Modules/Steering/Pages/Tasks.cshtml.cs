namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>Tasks in reach by the unit in charge: overdue ones, open ones due by a day — the lists "Việc của tôi" links to.</summary>
public sealed class TasksModel(SteeringReader reader, UnitPicker picker) : AppPageModel
{
    public List<TaskDto> Items { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public TaskState? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? DueTo { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Without a state asked for, the tasks still to do.
        if (!Request.Query.ContainsKey("state"))
        {
            State = TaskState.Open;
        }
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Items = await reader.TasksAsync(new TaskFilter(string.IsNullOrWhiteSpace(Unit) ? null : Unit, State, Overdue, null, DueTo), ct: ct);
    }
}
