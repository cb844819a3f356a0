using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>One task: who, by when, from which plan or notice, its progress reports with evidence; the unit in charge reports here.</summary>
[RequestSizeLimit(32L * 1024 * 1024)]
public sealed class TaskModel(SteeringReader reader, ReportTaskProgress report, TimeProvider clock) : AppPageModel
{
    public TaskDto? Item { get; private set; }

    /// <summary>The plan and the notice belong to the committee that gave the task: linked only for those who may open them.</summary>
    public bool CanSeeOwner { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public DateOnly? ReportedOn { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Completes { get; set; }
    [BindProperty] public IFormFile? Evidence { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid progressId, CancellationToken ct) =>
        FileDownloads.Attachment(this, await reader.EvidenceAsync(id, progressId, ct));

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await report.HandleAsync(id, new ReportTaskProgressRequest(ReportedOn, Note, Completes), Evidence, ct);
            Flash = L[Completes ? "Steering.TaskDone" : "Steering.ProgressReported"].Value;
            return Redirect($"/steering/tasks/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Item = await reader.TaskAsync(id, ct);
        CanSeeOwner = await reader.ReachesAsync(Item.OwnerUnitCode, ct);
    }
}
