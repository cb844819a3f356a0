namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>The head's reception days of a unit, held or missed, and the form that publishes the next one.</summary>
public sealed class ScheduleModel(UnitPicker picker, ReceptionReader reader, PublishReceptionDay publish, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public TimeOnly? StartsAt { get; set; }
    [BindProperty] public TimeOnly? EndsAt { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public List<ScheduledDay> Days { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            await publish.HandleAsync(Unit ?? "", On, new ScheduleRequest(HeadName, Place, null, StartsAt, EndsAt), ct);
            return RedirectToPage(new { unit = Unit });
        });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        if (Unit is not null)
        {
            Days = await reader.ScheduleAsync(Unit, today.AddMonths(-3), today.AddMonths(2), ct);
        }
    }
}
