using System.Globalization;
using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions.Pages;

/// <summary>A convention for its officers: the text in force, the version under way step by step with its limits, and its history.</summary>
public sealed class DetailModel(ConventionReader reader, EditDraft edit, PostDraft post, PutToVote putToVote, AdoptVersion adopt, SendFile sendFile,
    CompleteFile completeFile, RecogniseVersion recognise, RefuseVersion refuse, AbandonVersion abandon, DraftNewVersion newVersion, TimeProvider clock) : AppPageModel
{
    public ConventionDto? Convention { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanRecognise { get; private set; }
    public IReadOnlyList<CommunityHousehold> Households { get; private set; } = [];
    public DateOnly Today => clock.VietnamToday();

    /// <summary>The first day the draft under way may be voted: the posting's minimum, after the last day of comments.</summary>
    public DateOnly? FirstVoteDay { get; private set; }

    /// <summary>Posted today, the comments must run at least until this day.</summary>
    public DateOnly DefaultCommentsUntil { get; private set; }

    public static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetDocxAsync(Guid id, int? version, [FromServices] ConventionDocument document, CancellationToken ct)
    {
        var (bytes, name) = await document.BuildAsync(id, version, ct);
        return File(bytes, FileKind.Docx.ContentType, name);
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, int number, string? text, string? amendmentSummary, CancellationToken ct) =>
        Act(id, () => edit.HandleAsync(id, number, new EditDraftRequest(text, amendmentSummary), ct));

    public Task<IActionResult> OnPostPostAsync(Guid id, int number, DateOnly? postedOn, DateOnly? commentsUntil, CancellationToken ct) =>
        Act(id, () => post.HandleAsync(id, number, new PostDraftRequest(postedOn, commentsUntil), ct));

    public Task<IActionResult> OnPostVoteAsync(Guid id, int number, DateOnly? opensOn, DateOnly? closesOn, CancellationToken ct) =>
        Act(id, () => putToVote.HandleAsync(id, number, new PutToVoteRequest(opensOn, closesOn), ct));

    public Task<IActionResult> OnPostAdoptAsync(Guid id, int number, string? villageHead, string? frontHead, Guid? firstSigner, Guid? secondSigner, CancellationToken ct) =>
        Act(id, () => adopt.HandleAsync(id, number, new AdoptRequest(villageHead, frontHead,
            new[] { firstSigner, secondSigner }.Where(s => s is not null).Select(s => s!.Value).ToList()), ct));

    public Task<IActionResult> OnPostFileAsync(Guid id, int number, DateOnly? sentOn, List<FileDocuments> documents, CancellationToken ct) =>
        Act(id, () => sendFile.HandleAsync(id, number, new SendFileRequest(sentOn, Combine(documents)), ct));

    public Task<IActionResult> OnPostCompleteFileAsync(Guid id, int number, DateOnly? completedOn, List<FileDocuments> documents, CancellationToken ct) =>
        Act(id, () => completeFile.HandleAsync(id, number, new CompleteFileRequest(completedOn, Combine(documents)), ct));

    public Task<IActionResult> OnPostRecogniseAsync(Guid id, int number, DateOnly? decidedOn, string? decisionNumber, CancellationToken ct) =>
        Act(id, () => recognise.HandleAsync(id, number, new RecogniseConventionRequest(decidedOn, decisionNumber), ct));

    public Task<IActionResult> OnPostRefuseAsync(Guid id, int number, DateOnly? decidedOn, string? reason, CancellationToken ct) =>
        Act(id, () => refuse.HandleAsync(id, number, new RefuseConventionRequest(decidedOn, reason), ct));

    public Task<IActionResult> OnPostAbandonAsync(Guid id, int number, string? reason, CancellationToken ct) =>
        Act(id, () => abandon.HandleAsync(id, number, new AbandonRequest(reason), ct));

    public Task<IActionResult> OnPostNewVersionAsync(Guid id, string? text, string? amendmentSummary, CancellationToken ct) =>
        Act(id, () => newVersion.HandleAsync(id, new NewVersionRequest(text, amendmentSummary), ct));

    private static FileDocuments Combine(List<FileDocuments> documents) => documents.Aggregate(FileDocuments.None, (a, d) => a | d);

    private Guid _id;

    private Task<IActionResult> Act(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/conventions/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await reader.ViewAsync(id, ct);
        (Convention, CanEdit, CanRecognise, Households) = (view.Convention, view.CanEdit, view.CanRecognise, view.Households);
        (FirstVoteDay, DefaultCommentsUntil) = (view.FirstVoteDay, view.DefaultCommentsUntil);
    }
}
