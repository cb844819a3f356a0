using Grassroots.Web.Modules.Registers.DanVan;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>One model: its recognitions, the units that replicated it and its files, with the forms to add each.</summary>
[RequestSizeLimit(ModelEvidence.MaxBytes * 4)]
public sealed class ModelModel(ModelReader reader, RecordModelProgress progress, UnitPicker picker, TimeProvider clock) : AppPageModel
{
    public ModelDetail? Detail { get; private set; }
    public List<UnitOption> Options { get; private set; } = [];
    private Guid _id;

    [BindProperty] public RecognitionLevel? Level { get; set; } = RecognitionLevel.District;
    [BindProperty] public int? Year { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public DateOnly? DecidedOn { get; set; }
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public DateOnly? StartedOn { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        Year ??= today.Year;
        DecidedOn ??= today;
        StartedOn ??= today;
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid evidenceId, CancellationToken ct) =>
        FileDownloads.Attachment(this, await reader.EvidenceAsync(id, evidenceId, false, null, ct));

    public Task<IActionResult> OnPostRecogniseAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await progress.RecogniseAsync(id, new RecogniseModelRequest(Level, Year, DecisionNumber, DecidedOn), ct);
        Flash = L["Registers.Page.Recognised"];
    });

    public Task<IActionResult> OnPostReplicateAsync(Guid id, CancellationToken ct) => Run(id, async () =>
    {
        await progress.ReplicateAsync(id, new ReplicateModelRequest(UnitCode, StartedOn, Note), ct);
        Flash = L["Registers.Page.Replicated"];
    });

    public Task<IActionResult> OnPostAttachAsync(Guid id, List<IFormFile> upload, CancellationToken ct) => Run(id, async () =>
    {
        await progress.AttachAsync(id, upload, ct);
        Flash = L["Registers.Page.FilesAdded"];
    });

    private Task<IActionResult> Run(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/models/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Detail = await reader.GetAsync(id, ct);
        Options = await picker.OptionsAsync(Permission.Edit, UnitPick.Any, ct: ct);
    }
}
