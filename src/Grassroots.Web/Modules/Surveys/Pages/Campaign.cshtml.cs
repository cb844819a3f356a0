using Grassroots.Web.Modules.Surveys.Campaigns;
using Grassroots.Web.Modules.Surveys.Responses;

namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>A campaign: its index with intervals, its public link and QR code, the paper form an officer types in, closing it, the workbook.</summary>
public sealed class CampaignModel(SurveyReader reader, SurveyDocuments documents, CloseCampaign close, SubmitSurveyResponse submit) : AppPageModel
{
    public CampaignView Campaign { get; private set; } = null!;
    public string PublicLink { get; private set; } = "";
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public Dictionary<int, string?> Answers { get; set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) => FileDownloads.Attachment(this, await reader.WorkbookAsync(id, ct));

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) => FileDownloads.Attachment(this, await documents.ReportAsync(id, ct));

    public async Task<IActionResult> OnGetPngAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return File(SurveyQr.Png(PublicLink), "image/png");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await SaveThenGoAsync(() => close.HandleAsync(id, new CloseCampaignRequest(Version), ct), "Surveys.Closed", $"/surveys/{id}");
    }

    public async Task<IActionResult> OnPostPaperAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await SaveThenGoAsync(() => submit.PaperAsync(id, new SurveyAnswersRequest(Answers), ct), "Surveys.PaperSaved", $"/surveys/{id}#paper");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Campaign = await reader.CampaignAsync(id, ct);
        PublicLink = SurveyQr.Link(Request, Campaign.PublicCode);
    }
}
