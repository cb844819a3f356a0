using System.Security.Cryptography;
using Grassroots.Web.Modules.Surveys.Responses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>
/// The public survey form (no sign-in), light enough for a 360 px phone reached from the counter's QR code. The device
/// keeps a random token in a cookie; the server keeps only its hash with the campaign, as "has answered" (docs/surveys.md).
/// </summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicSurveyModel(SurveyReader reader, SubmitSurveyResponse submit, TimeProvider clock) : AppPageModel
{
    public const string DeviceCookie = "gr_survey_device";

    public LiveCampaign Campaign { get; private set; } = null!;
    public bool Open { get; private set; }
    public bool Done { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Qr { get; set; }

    /// <summary>Reached from the counter's QR code (?qr=1).</summary>
    public bool FromQr => Qr is "1" or "true";
    [BindProperty] public Dictionary<int, string?> Answers { get; set; } = [];

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        await LoadAsync(code, ct);
        DeviceToken();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        await LoadAsync(code, ct);
        var result = await RunAsync(async () =>
        {
            await submit.PublicAsync(code, new SurveyAnswersRequest(Answers, FromQr ? ResponseChannel.Qr : ResponseChannel.Portal, DeviceToken()), ct);
            Done = true;
            Answers = [];
            return Page();
        });
        if (RefusalStatus is { } status)
        {
            Response.StatusCode = status;
        }
        return result;
    }

    private async Task LoadAsync(string code, CancellationToken ct)
    {
        Campaign = await reader.PublicFormAsync(code, ct);
        var today = clock.VietnamToday();
        Open = Campaign.Status == CampaignStatus.Open && today >= Campaign.From && today <= Campaign.To;
    }

    /// <summary>The device's random token: read from its cookie, or made and set (a year, this site only, never read by scripts).</summary>
    private string DeviceToken()
    {
        if (Request.Cookies.TryGetValue(DeviceCookie, out var token) && token.Length is >= 16 and <= SubmitSurveyResponse.TokenLength)
        {
            return token;
        }
        token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        Response.Cookies.Append(DeviceCookie, token, new CookieOptions
        {
            HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Path = "/p/s", IsEssential = true,
        });
        return token;
    }
}
