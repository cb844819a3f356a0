using Grassroots.Web.Modules.Surveys.Campaigns;

namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>
/// A unit's satisfaction index over a period (its subtree and merged units summed), its campaigns, the form that opens a
/// campaign, and the questionnaires.
/// </summary>
public sealed class IndexModel(UnitPicker picker, SurveyReader reader, OpenCampaign open, TimeProvider clock) : UnitPeriodPage(picker, clock, Permission.View)
{
    public (string UnitCode, string UnitName, DateOnly From, DateOnly To, SurveyIndex Index)? Summary { get; private set; }
    public IReadOnlyList<CampaignLine> Campaigns { get; private set; } = [];
    public IReadOnlyList<QuestionnaireLine> Questionnaires { get; private set; } = [];

    [BindProperty] public string? NewUnit { get; set; }
    [BindProperty] public string? NewTitle { get; set; }
    [BindProperty] public Guid? NewQuestionnaire { get; set; }
    [BindProperty] public DateOnly? NewFrom { get; set; }
    [BindProperty] public DateOnly? NewTo { get; set; }
    [BindProperty] public int? NewTarget { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            await LoadAsync(ct);
            return Page();
        });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            var c = await open.HandleAsync(new OpenCampaignRequest(NewUnit, NewTitle, NewQuestionnaire, NewFrom, NewTo, NewTarget), ct);
            Flash = L["Surveys.Opened"].Value;
            return Redirect($"/surveys/{c.Id}");
        }, "New");
    }

    protected override async Task OnRefusedAsync()
    {
        await base.OnRefusedAsync();
        await LoadAsync(HttpContext.RequestAborted);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Summary = await reader.UnitIndexAsync(Unit, From, To, ct);
        Campaigns = await reader.CampaignsAsync(Unit, From, To, ct);
        Questionnaires = await reader.QuestionnairesAsync(ct);
    }
}
