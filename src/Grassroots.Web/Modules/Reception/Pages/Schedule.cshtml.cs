using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reception.Pages;

public sealed class ScheduleModel(UnitPicker picker, ReceptionSchedule schedule, UnitScope scope, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public string? Place { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public List<ScheduledDay> Days { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return await RunAsync(async () =>
        {
            if (On is null)
            {
                throw new Platform.Http.DomainException(400, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { ["on"] = ["Validation.Required"] } };
            }
            await schedule.SetAsync(Unit ?? "", On.Value, new ScheduleRequest(HeadName, Place, null), ct);
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
            var unit = await scope.RequireAsync(Text.Clean(Unit), Permission.View, ct);
            Days = await schedule.DaysAsync(unit, today.AddMonths(-3), today.AddMonths(2), ct);
        }
    }
}
