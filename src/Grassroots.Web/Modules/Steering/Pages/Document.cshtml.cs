using System.Globalization;

namespace Grassroots.Web.Modules.Steering.Pages;

/// <summary>One document of the register: its parts and citation, its file; a draft's issuing (its number), a concluding notice's Word file.</summary>
[RequestSizeLimit(32L * 1024 * 1024)]
public sealed class DocumentModel(SteeringReader reader, IssueDocument issue, AttachDocumentFile attach, UnitScope scope, TimeProvider clock) : AppPageModel
{
    public DocumentDto? Document { get; private set; }
    public List<TaskDto> Items { get; private set; } = [];
    public bool CanSteer { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct) => FileDownloads.Attachment(this, await reader.DocumentFileAsync(id, ct));

    public async Task<IActionResult> OnGetNoticeAsync(Guid id, [FromServices] ConcludingNoticeDocument notice, CancellationToken ct) =>
        FileDownloads.Attachment(this, await notice.HandleAsync(id, ct));

    public Task<IActionResult> OnPostIssueAsync(Guid id, CancellationToken ct) => Act(id, async () =>
    {
        var d = await issue.HandleAsync(id, new IssueDocumentRequest(IssuedOn, SignerName, SignerTitle), ct);
        Flash = L["Steering.Issued", d.NumberAndSymbol!].Value;
    });

    public Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken ct) => Act(id, async () =>
    {
        await attach.HandleAsync(id, Upload, ct);
        Flash = L["Steering.FileAttached"].Value;
    });

    private Task<IActionResult> Act(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/steering/documents/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Document = await reader.DocumentAsync(id, ct);
        CanSteer = await scope.CanAsync(await scope.RequireAsync(Document.UnitCode, Permission.View, ct), Permission.Steer, ct);
        if (Document.Kind == DocumentKind.Notice)
        {
            Items = await reader.TasksAsync(new TaskFilter(), noticeId: id, ct: ct);
        }
        SignerName ??= Document.SignerName;
        SignerTitle ??= Document.SignerTitle;
    }
}
