using Grassroots.Web.Modules.Reception.Export;

namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>
/// The sessions of a unit and period, newest first, a page at a time, with the reception log of the same unit and period
/// to download beside them; and the form that opens a session.
/// </summary>
public sealed class SessionsModel(UnitPicker picker, ReceptionReader reader, OpenSession open, TimeProvider clock) : AppPageModel
{
    public SessionPage Sessions { get; private set; } = new([], 1, 0);
    public List<UnitOption> Units { get; private set; } = [];

    /// <summary>The units whose sessions may be listed (those that ended too: their past is read here).</summary>
    public List<UnitOption> ListUnits { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "unit")] public string? ListUnit { get; set; }
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }
    // Not "page": Razor Pages keep the page's own name under that route value, which would win over the query.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

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

    /// <summary>The log downloads for a period the statistics accept (from before to, at most five years).</summary>
    public bool LogOffered => ListUnit is not null && From <= To && To!.Value.DayNumber - From!.Value.DayNumber <= 366 * 5;

    public string PageUrl(int page) => Url.Page("/Reception/Pages/Sessions", new { unit = ListUnit, from = Iso(From), to = Iso(To), p = page })!;

    public static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var session = await open.HandleAsync(new OpenSessionRequest(UnitCode, Kind, HeldOn, Place, ReceivedBy), ct);
        return Redirect($"/reception/{session.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
        ListUnits = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        if (ListUnit is null || ListUnits.All(u => u.Code != ListUnit))
        {
            ListUnit = ListUnits.FirstOrDefault()?.Code;
        }
        Sessions = ListUnit is null ? Sessions : await reader.SessionPageAsync(new SessionFilter(ListUnit, From, To), PageNumber, ct);
    }
}
