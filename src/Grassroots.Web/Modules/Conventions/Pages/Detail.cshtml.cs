using System.Globalization;
using Grassroots.Web.Modules.Decisions.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Conventions.Pages;

public sealed class DetailModel(RunConvention run, ConventionReader reader, ConventionClock legal, CommunityVotes votes, UnitScope scope, AppDbContext db,
    TimeProvider clock) : AppPageModel
{
    public ConventionDto? Convention { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanRecognise { get; private set; }
    public List<CommunityHousehold> Households { get; private set; } = [];
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
        return File(bytes, ConventionsApi.Docx, name);
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, int number, string? text, string? amendmentSummary, CancellationToken ct) =>
        Act(id, () => run.EditDraftAsync(id, number, new EditDraftRequest(text, amendmentSummary), ct));

    public Task<IActionResult> OnPostPostAsync(Guid id, int number, DateOnly? postedOn, DateOnly? commentsUntil, CancellationToken ct) =>
        Act(id, () => run.PostAsync(id, number, new PostDraftRequest(postedOn, commentsUntil), ct));

    public Task<IActionResult> OnPostVoteAsync(Guid id, int number, DateOnly? opensOn, DateOnly? closesOn, CancellationToken ct) =>
        Act(id, () => run.PutToVoteAsync(id, number, new PutToVoteRequest(opensOn, closesOn), ct));

    public Task<IActionResult> OnPostAdoptAsync(Guid id, int number, string? villageHead, string? frontHead, Guid? firstSigner, Guid? secondSigner, CancellationToken ct) =>
        Act(id, () => run.AdoptAsync(id, number, new AdoptRequest(villageHead, frontHead,
            new[] { firstSigner, secondSigner }.Where(s => s is not null).Select(s => s!.Value).ToList()), ct));

    public Task<IActionResult> OnPostFileAsync(Guid id, int number, DateOnly? sentOn, List<FileDocuments> documents, CancellationToken ct) =>
        Act(id, () => run.SendFileAsync(id, number, new SendFileRequest(sentOn, Combine(documents)), ct));

    public Task<IActionResult> OnPostCompleteFileAsync(Guid id, int number, DateOnly? completedOn, List<FileDocuments> documents, CancellationToken ct) =>
        Act(id, () => run.CompleteFileAsync(id, number, new CompleteFileRequest(completedOn, Combine(documents)), ct));

    public Task<IActionResult> OnPostRecogniseAsync(Guid id, int number, DateOnly? decidedOn, string? decisionNumber, CancellationToken ct) =>
        Act(id, () => run.RecogniseAsync(id, number, new RecogniseConventionRequest(decidedOn, decisionNumber), ct));

    public Task<IActionResult> OnPostRefuseAsync(Guid id, int number, DateOnly? decidedOn, string? reason, CancellationToken ct) =>
        Act(id, () => run.RefuseAsync(id, number, new RefuseConventionRequest(decidedOn, reason), ct));

    public Task<IActionResult> OnPostAbandonAsync(Guid id, int number, string? reason, CancellationToken ct) =>
        Act(id, () => run.AbandonAsync(id, number, new AbandonRequest(reason), ct));

    public Task<IActionResult> OnPostNewVersionAsync(Guid id, string? text, string? amendmentSummary, CancellationToken ct) =>
        Act(id, () => run.NewVersionAsync(id, new NewVersionRequest(text, amendmentSummary), ct));

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
        Convention = await reader.GetAsync(id, ct);
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Code == Convention.CommunityCode, ct);
        CanEdit = await scope.CanAsync(community, Permission.Edit, ct);
        CanRecognise = await scope.CanAsync(community, Permission.RecogniseDecisions, ct);
        DefaultCommentsUntil = (await legal.DueAsync(ConventionRuleId.PostDraft, Today, ct)).AddDays(-1);
        if (CanEdit && Convention.InProgress?.Stage == ConventionStage.Voting)
        {
            Households = await votes.HouseholdsAsync(community.Id, ct);
        }
        if (Convention.InProgress is { Stage: ConventionStage.Commenting, Posting: { } posting, CommentsUntil: { } until })
        {
            var afterComments = until.AddDays(1);
            FirstVoteDay = posting.DueOn > afterComments ? posting.DueOn : afterComments;
            FirstVoteDay = FirstVoteDay < Today ? Today : FirstVoteDay;
        }
    }
}
