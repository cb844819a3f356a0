using Grassroots.Web.Modules.Reception.Export;

namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>The sessions in reach, newest first, and the form that opens one; the reception log is downloaded from here.</summary>
public sealed class SessionsModel(UnitPicker picker, ReceptionReader reader, OpenSession open, TimeProvider clock) : AppPageModel
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
    public async Task<IActionResult> OnGetLogAsync(string? unit, DateOnly? from, DateOnly? to, [FromServices] UnitScope scope, [FromServices] ExportReceptionLog export,
        CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var log = await export.HandleAsync(u, f, t, ct);
        return FileDownloads.Attachment(this, log);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var session = await open.HandleAsync(new OpenSessionRequest(UnitCode, Kind, HeldOn, Place, ReceivedBy), ct);
        return Redirect($"/reception/{session.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
        Sessions = await reader.SessionsAsync(new SessionFilter(Take: 100), ct);
    }
}
