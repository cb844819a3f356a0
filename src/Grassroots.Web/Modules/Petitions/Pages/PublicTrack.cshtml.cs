using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Petitions.Pages;

[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicTrackModel(TrackPetition track) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public bool? Satisfied { get; set; }
    public TrackedPetition? Letter { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Letter = await track.HandleAsync(Code, ct);
        }
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await track.GiveSatisfactionAsync(Code ?? "", new SatisfactionRequest(Satisfied), ct);
        TempData["Flash"] = L["Public.Thanks"].Value;
        return RedirectToPage(new { code = Code });
    });

    protected override async Task OnRefusedAsync()
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            try
            {
                Letter = await track.HandleAsync(Code, HttpContext.RequestAborted);
            }
            catch (Platform.Http.DomainException)
            {
                Letter = null;
            }
        }
    }
}
