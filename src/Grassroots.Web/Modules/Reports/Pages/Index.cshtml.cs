namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>Report periods in reach, and the form to open one.</summary>
public sealed class IndexModel(UnitPicker picker, ReportReader reader, OpenPeriod open, TimeProvider clock) : AppPageModel
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
        var today = clock.VietnamToday();
        var firstHalf = today.Month > 6;
        From ??= firstHalf ? new DateOnly(today.Year, 1, 1) : new DateOnly(today.Year - 1, 7, 1);
        To ??= firstHalf ? new DateOnly(today.Year, 6, 30) : new DateOnly(today.Year - 1, 12, 31);
        DueOn ??= today.AddDays(14);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var period = await open.HandleAsync(new OpenPeriodRequest(TemplateKey, UnitCode, Title, From, To, DueOn, Recipient), ct);
        return Redirect($"/reports/{period.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Periods = await reader.ListAsync(null, ct);
        Templates = await reader.TemplatesAsync(ct);
        // Those who consolidate open periods over their subtree: the steering committee, the report clerks, the heads.
        Units = await picker.OptionsAsync(Permission.ConsolidateReports, UnitPick.Bodies, aliveOnly: false, ct: ct);
    }
}
