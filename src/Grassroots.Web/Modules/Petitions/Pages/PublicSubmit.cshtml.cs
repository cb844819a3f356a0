using Grassroots.Web.Modules.Petitions.Register;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Petitions.Pages;

/// <summary>The citizen's form: no sign-in; a name is optional for a reflection or recommendation.</summary>
[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicSubmitModel(RegisterPetition handler, UnitDirectory units) : AppPageModel
{
    public string UnitName { get; private set; } = "";
    [BindProperty] public PetitionKind? Kind { get; set; } = PetitionKind.Reflection;
    [BindProperty] public string? Subject { get; set; }
    [BindProperty(Name = "Content")] public string? LetterText { get; set; }
    [BindProperty] public string? PetitionerName { get; set; }
    [BindProperty] public string? PetitionerAddress { get; set; }
    [BindProperty] public string? PetitionerPhone { get; set; }
    [BindProperty] public string? PetitionerEmail { get; set; }
    public string? TrackingCode { get; private set; }

    public Task OnGetAsync(string unitCode, CancellationToken ct) => LoadAsync(unitCode, ct);

    public async Task<IActionResult> OnPostAsync(string unitCode, CancellationToken ct)
    {
        await LoadAsync(unitCode, ct);
        var result = await RunAsync(async () =>
        {
            var registered = await handler.FromPublic(new RegisterPetitionRequest(unitCode, Kind, null, null, Subject, LetterText, 1,
                PetitionerName, PetitionerAddress, PetitionerPhone, PetitionerEmail), ct);
            TrackingCode = registered.Petition.TrackingCode;
            return Page();
        });
        if (RefusalStatus is { } status)
        {
            // The form comes back with its messages under the refusal's status, as the API answers: a client of the
            // public form that reads no HTML (a script, a kiosk) still learns that nothing was sent.
            Response.StatusCode = status;
        }
        return result;
    }

    private async Task LoadAsync(string unitCode, CancellationToken ct) => UnitName = (await units.FindAsync(unitCode, ct)).Name;
}
