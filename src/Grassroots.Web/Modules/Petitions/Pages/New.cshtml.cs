using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions.Pages;

public sealed class NewPetitionModel(UnitPicker picker, RegisterPetition handler, TimeProvider clock) : AppPageModel
{
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public PetitionKind? Kind { get; set; }
    [BindProperty] public PetitionChannel? Channel { get; set; } = PetitionChannel.InPerson;
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty(Name = "Content")] public string? LetterText { get; set; }
    [BindProperty] public int? SignerCount { get; set; } = 1;
    [BindProperty] public string? PetitionerName { get; set; }
    [BindProperty] public string? PetitionerAddress { get; set; }
    [BindProperty] public string? PetitionerPhone { get; set; }
    [BindProperty] public string? PetitionerEmail { get; set; }
    [BindProperty] public bool IsAnonymous { get; set; }
    [BindProperty] public string? FirstInstanceTrackingCode { get; set; }

    public List<UnitOption> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedOn ??= clock.VietnamToday();
        await LoadAsync(ct);
        UnitCode ??= Units.FirstOrDefault()?.Code;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var registered = await handler.HandleAsync(new RegisterPetitionRequest(UnitCode, Kind, Channel, ReceivedOn, Subject, LetterText, SignerCount,
            PetitionerName, PetitionerAddress, PetitionerPhone, PetitionerEmail, IsAnonymous, FirstInstanceTrackingCode), ct);
        Flash = L["Petitions.Registered", registered.Petition.TrackingCode];
        return Redirect($"/petitions/{registered.Petition.Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct) => Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: true, ct: ct);
}
