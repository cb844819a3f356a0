using Grassroots.Web.Modules.Directory.Pages;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>Report periods in reach, and the form to open one.</summary>
public sealed class IndexModel(ReportPeriods periods, ReportTemplates templates, UnitScope scope, TimeProvider clock) : AppPageModel
{
    public List<PeriodDto> Periods { get; private set; } = [];
    public List<TemplateDto> Templates { get; private set; } = [];
    public List<UnitOption> Units { get; private set; } = [];

    [BindProperty] public string? TemplateKey { get; set; } = BuiltInTemplates.SteeringSixMonths;
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public DateOnly? DueOn { get; set; }
    [BindProperty] public string? Recipient { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Platform.Clock.VietnamToday(clock);
        var firstHalf = today.Month > 6;
        From ??= firstHalf ? new DateOnly(today.Year, 1, 1) : new DateOnly(today.Year - 1, 7, 1);
        To ??= firstHalf ? new DateOnly(today.Year, 6, 30) : new DateOnly(today.Year - 1, 12, 31);
        DueOn ??= today.AddDays(14);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var period = await periods.OpenAsync(new OpenPeriodRequest(TemplateKey, UnitCode, Title, From, To, DueOn, Recipient), ct);
        return Redirect($"/reports/{period.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Periods = await periods.ListAsync(ct);
        Templates = await templates.ListAsync(ct);
        Units = await UnitOptionsAsync(scope, Permission.Edit, ct);
    }

    internal static async Task<List<UnitOption>> UnitOptionsAsync(UnitScope scope, Permission permission, CancellationToken ct) =>
        await (await scope.VisibleUnitsAsync(permission, ct)).AsNoTracking()
            .Where(u => u.Kind != Directory.UnitKind.ResidentialCommunity)
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).Take(500).ToListAsync(ct);
}
