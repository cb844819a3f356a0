using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reception.Pages;

public sealed class SessionsModel(UnitPicker picker, RecordReception record, UnitScope scope, AppDbContext db, TimeProvider clock) : AppPageModel
{
    public List<SessionDto> Sessions { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public SessionKind? Kind { get; set; } = SessionKind.Regular;
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? ReceivedBy { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        HeldOn ??= clock.VietnamToday();
        return LoadAsync(ct);
    }

    /// <summary>The reception log of a unit's subtree for a period (linked from the statistics page).</summary>
    public async Task<IActionResult> OnGetLogAsync(string? unit, DateOnly? from, DateOnly? to, [FromServices] Export.ExportReceptionLog export, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var log = await export.HandleAsync(u, f, t, ct);
        return File(log.Content, StatisticsQuery.XlsxContentType, log.FileName);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var session = await record.OpenAsync(new OpenSessionRequest(UnitCode, Kind, HeldOn, Place, ReceivedBy), ct);
        return Redirect($"/reception/{session.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
        Sessions = await (await scope.FilterAsync(db.Set<ReceptionSession>().AsNoTracking(), s => s.Unit!.Path, Permission.View, ct))
            .OrderByDescending(s => s.HeldOn).Take(100)
            .Select(s => new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.HeldOn, s.Place, s.ReceivedBy, s.Visits.Count, s.Visits.Sum(v => v.People), null))
            .ToListAsync(ct);
    }
}
