namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>The page printed for the one-stop counter: the unit, the campaign, the QR code of its public link and the link in letters.</summary>
public sealed class QrModel(SurveyReader reader) : AppPageModel
{
    public CampaignView Campaign { get; private set; } = null!;
    public string PublicLink { get; private set; } = "";
    public string Png { get; private set; } = "";

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Campaign = await reader.CampaignAsync(id, ct);
        PublicLink = SurveyQr.Link(Request, Campaign.PublicCode);
        Png = Convert.ToBase64String(SurveyQr.Png(PublicLink));
    }
}
