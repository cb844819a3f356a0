using Grassroots.Web.Modules.Petitions.Register;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Petitions.Pages;

/// <summary>
/// The citizen's form: no sign-in; a name is optional for a reflection or recommendation. A unit that takes no letters
/// (the nation, a province, a village...) shows no form but where to write instead (<see cref="LetterReceivers"/>).
/// </summary>
[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicSubmitModel(RegisterPetition handler, UnitDirectory units, LetterReceivers receivers, TimeProvider clock) : AppPageModel
{
    public string UnitName { get; private set; } = "";

    /// <summary>Whether the unit (or the unit it was merged into) receives letters; when not, <see cref="Instead"/> says where they go.</summary>
    public bool Receives { get; private set; } = true;
    public LetterRedirect Instead { get; private set; } = new([], AreProvinces: false);
    [BindProperty] public PetitionKind? Kind { get; set; } = PetitionKind.Reflection;
    [BindProperty] public string? Subject { get; set; }
    [BindProperty(Name = "Content")] public string? LetterText { get; set; }
    [BindProperty] public string? PetitionerName { get; set; }
    [BindProperty] public string? PetitionerAddress { get; set; }
    [BindProperty] public string? PetitionerPhone { get; set; }
    [BindProperty] public string? PetitionerEmail { get; set; }
    [BindProperty] public bool EmailUpdates { get; set; }
    public string? TrackingCode { get; private set; }
    public string UnitCode { get; private set; } = "";

    /// <summary>After sending: the first limit now running on the letter and its last day (the legal clock's).</summary>
    public DeadlineRuleId? DueStep { get; private set; }
    public DateOnly? DueOn { get; private set; }

    public Task OnGetAsync(string unitCode, CancellationToken ct) => LoadAsync(unitCode, ct);

    public async Task<IActionResult> OnPostAsync(string unitCode, CancellationToken ct)
    {
        await LoadAsync(unitCode, ct);
        var result = await RunAsync(async () =>
        {
            var registered = await handler.FromPublic(new RegisterPetitionRequest(unitCode, Kind, null, null, Subject, LetterText, 1,
                PetitionerName, PetitionerAddress, PetitionerPhone, PetitionerEmail, EmailUpdates: EmailUpdates), ct);
            TrackingCode = registered.Petition.TrackingCode;
            var next = PetitionReader.NextDeadline(registered.Petition);
            (DueStep, DueOn) = (next?.Rule, next?.DueOn);
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

    private async Task LoadAsync(string unitCode, CancellationToken ct)
    {
        var unit = await units.FindAsync(unitCode, ct);
        UnitName = unit.Name;
        UnitCode = unit.Code;
        var today = clock.VietnamToday();
        var holder = await receivers.HolderAsync(unit, today, ct);
        Receives = LetterReceivers.Receives(holder);
        if (!Receives)
        {
            Instead = await receivers.InsteadOfAsync(holder, today, ct);
        }
    }
}
