using Grassroots.Web.Modules.Petitions.Public;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Petitions.Pages;

[EnableRateLimiting(RateLimits.Portal), LookUp]
public sealed class PublicTrackModel(PetitionReader reader, GiveSatisfaction satisfaction, WithdrawEmailUpdates withdraw) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public bool? Satisfied { get; set; }
    public TrackedPetition? Letter { get; private set; }

    /// <summary>The code typed when no letter has it: the page says so and how to go on, under 404.</summary>
    public string? MissingCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }
        try
        {
            Letter = await reader.TrackAsync(Code, ct);
        }
        catch (Platform.Http.DomainException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            MissingCode = new string([.. Text.Clean(Code).Where(c => !char.IsControl(c)).Take(20)]);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await satisfaction.HandleAsync(Code ?? "", new SatisfactionRequest(Satisfied), ct);
        Flash = L["Public.Thanks"];
        return RedirectToPage(new { code = Code });
    });

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await withdraw.HandleAsync(Code ?? "", ct);
        Flash = L["Public.EmailUpdatesWithdrawn"];
        return RedirectToPage(new { code = Code });
    });

    protected override async Task OnRefusedAsync()
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            try
            {
                Letter = await reader.TrackAsync(Code, HttpContext.RequestAborted);
            }
            catch (Platform.Http.DomainException)
            {
                Letter = null;
            }
        }
    }
}
