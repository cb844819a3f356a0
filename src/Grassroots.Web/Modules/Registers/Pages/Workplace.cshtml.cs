using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>One workplace: its conferences (with their minutes as Word documents), dialogues and regulation, and the forms to record them.</summary>
public sealed class WorkplaceModel(WorkplaceReader reader, RecordWorkplaceEvents record, TimeProvider clock) : AppPageModel
{
    public WorkplaceDetail? Detail { get; private set; }
    private Guid _id;

    [BindProperty] public int? Year { get; set; }
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public ConferenceForm? Form { get; set; } = ConferenceForm.Plenary;
    [BindProperty] public int? Attendees { get; set; }
    [BindProperty] public string? ChairedBy { get; set; }
    [BindProperty] public string? Minutes { get; set; }
    [BindProperty] public DialogueTrigger? Trigger { get; set; } = DialogueTrigger.Periodic;
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public int? Participants { get; set; }
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public WorkplaceKind? Kind { get; set; }
    [BindProperty] public int? Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Year ??= today.Year;
        HeldOn ??= today;
        IssuedOn ??= today;
        Detail = await reader.GetAsync(id, ct);
    }

    public async Task<IActionResult> OnGetMinutesAsync(Guid id, Guid conferenceId, CancellationToken ct) =>
        FileDownloads.Attachment(this, await reader.MinutesAsync(id, conferenceId, ct));

    public Task<IActionResult> OnPostConferenceAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.ConferenceAsync(id, new RecordConferenceRequest(Year, HeldOn, Form, Attendees, ChairedBy, Minutes), ct);
        Flash = L["Registers.Page.ConferenceRecorded"];
    });

    public Task<IActionResult> OnPostDialogueAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.DialogueAsync(id, new RecordDialogueRequest(HeldOn, Trigger, Topic, Participants), ct);
        Flash = L["Registers.Page.DialogueRecorded"];
    });

    public Task<IActionResult> OnPostRegulationAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.RegulationAsync(id, new RecordRegulationRequest(Number, IssuedOn, Version), ct);
        Flash = L["Registers.Page.RegulationRecorded"];
    });

    public Task<IActionResult> OnPostKindAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await record.ChangeKindAsync(id, new ChangeKindRequest(Kind, Version), ct);
        Flash = L["Registers.Page.KindChanged"];
    });

    private Task<IActionResult> Run(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/workplaces/{id}");
        });
    }

    protected override async Task OnRefusedAsync() => Detail = await reader.GetAsync(_id, HttpContext.RequestAborted);
}
