using Grassroots.Web.Modules.Registers.Outreach;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>
/// Propaganda, legal education and training: the sessions and classes in reach, the forms to record one (a session with its
/// attendance list from a spreadsheet), and for a unit and period the communes that held none.
/// </summary>
[RequestSizeLimit(ImportAttendees.MaxBytes + 1024 * 1024)]
public sealed class OutreachModel(OutreachReader reader, RecordOutreachSession record, RecordTrainingClass recordClass, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public RegisterPage<OutreachDto> Sessions { get; private set; } = new([], 1, 0);
    public RegisterPage<TrainingDto> Classes { get; private set; } = new([], 1, 0);
    public List<CommuneActivity> Communes { get; private set; } = [];
    public List<UnitOption> Options { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>A page number typed or edited into the address is brought back into range rather than refused.</summary>
    private int PageShown => Math.Clamp(PageNumber, 1, 100_000);

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public OutreachKind? Kind { get; set; } = OutreachKind.Propaganda;
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Law { get; set; }
    [BindProperty] public OutreachForm? Form { get; set; } = OutreachForm.Conference;
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public int? People { get; set; }
    [BindProperty] public int? Attendances { get; set; }
    [BindProperty] public IFormFile? List { get; set; }

    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }
    [BindProperty] public string? Trainers { get; set; }
    [BindProperty] public bool Organised { get; set; } = true;
    [BindProperty] public string? Organiser { get; set; }
    [BindProperty] public int? DistrictOfficials { get; set; }
    [BindProperty] public int? CommuneOfficials { get; set; }
    [BindProperty] public int? Others { get; set; }

    public Task OnGetAsync(CancellationToken ct)
    {
        HeldOn ??= clock.VietnamToday();
        StartsOn ??= HeldOn;
        EndsOn ??= HeldOn;
        UnitCode ??= Unit;
        return LoadAsync(ct);
    }

    public FileContentResult OnGetTemplate() => FileDownloads.Attachment(this, OutreachReader.AttendeeTemplate());

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var s = await record.HandleAsync(new RecordOutreachRequest(UnitCode, Kind, HeldOn, Topic, Law, Form, Place, People, Attendances), List, ct);
        Flash = L["Registers.Page.SessionSaved", s.People, s.Attendances];
        return Redirect($"/outreach?unit={UnitCode}");
    });

    public Task<IActionResult> OnPostClassAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await recordClass.HandleAsync(new RecordTrainingRequest(UnitCode, Topic, StartsOn, EndsOn, Trainers, Organised, Organiser, DistrictOfficials, CommuneOfficials, Others), ct);
        Flash = L["Registers.Page.ClassSaved"];
        return Redirect($"/outreach?unit={UnitCode}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        var filter = new RegisterFilter(Unit, From, To, PageShown);
        Sessions = await reader.SessionsAsync(filter, null, ct);
        Classes = await reader.ClassesAsync(filter with { Page = 1 }, ct);
        if (!string.IsNullOrWhiteSpace(Unit) && From is not null && To is not null)
        {
            Communes = await reader.CommunesAsync(Unit, From, To, ct);
        }
        Options = await picker.OptionsAsync(Permission.Edit, UnitPick.Any, ct: ct);
    }
}
