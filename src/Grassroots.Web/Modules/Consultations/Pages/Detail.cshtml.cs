using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations.Pages;

/// <summary>A consultation for its officers: the draft, the comments with who gave them, opinions from meetings and letters, the answered groups and the summary.</summary>
public sealed class DetailModel(ConsultationReader reader, EnterComment enter, AddCommentGroup addGroup, PublishSummary publish) : AppPageModel
{
    public ConsultationDto? Item { get; private set; }
    public CommentPage? Comments { get; private set; }
    private Guid _id;

    /// <summary>Comments oldest first (<c>?order=oldest</c>) rather than newest first.</summary>
    public bool OldestFirst { get; private set; }

    public async Task OnGetAsync(Guid id, Guid? before, string? order, CancellationToken ct)
    {
        Item = await reader.GetAsync(id, ct);
        OldestFirst = order == "oldest";
        Comments = await reader.CommentsAsync(id, before, withAuthors: true, ct, OldestFirst);
    }

    public async Task<IActionResult> OnGetSummaryAsync(Guid id, [FromServices] SummaryDocument document, CancellationToken ct)
    {
        var (bytes, name) = await document.BuildAsync(id, ct);
        return File(bytes, FileKind.Docx.ContentType, name);
    }

    public Task<IActionResult> OnPostCommentAsync(Guid id, string? text, string? authorName, CommentChannel? channel, CancellationToken ct) =>
        Act(id, () => enter.HandleAsync(id, new OfficerCommentRequest(text, authorName, null, channel), ct));

    public Task<IActionResult> OnPostGroupAsync(Guid id, string? title, int? comments, GroupAnswer? answer, string? response, CancellationToken ct) =>
        Act(id, () => addGroup.HandleAsync(id, new GroupRequest(title, comments, answer, response), ct));

    public Task<IActionResult> OnPostPublishAsync(Guid id, string? intro, CancellationToken ct) =>
        Act(id, () => publish.HandleAsync(id, new PublishSummaryRequest(intro), ct));

    private Task<IActionResult> Act(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/consultations/{id}");
        });
    }

    protected override Task OnRefusedAsync() => OnGetAsync(_id, null, null, HttpContext.RequestAborted);
}
