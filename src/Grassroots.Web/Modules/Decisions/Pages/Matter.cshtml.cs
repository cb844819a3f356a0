using System.Globalization;
using Grassroots.Web.Modules.Decisions.Matters;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>A matter for its officers: the meeting and its minutes, the vote sheet, the close, the ballot that follows, the chairman's recognition.</summary>
public sealed class MatterModel(DecisionReader reader, RecordMeeting meeting, EnterVotes votes, CloseVote close, FollowUpWithBallot followUp,
    RecogniseDecision recognise, TimeProvider clock) : AppPageModel
{
    public MatterView? View { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private Guid _id;

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetRecordAsync(Guid id, [FromServices] DecisionRecord record, CancellationToken ct)
    {
        var (bytes, name) = await record.BuildAsync(id, ct);
        return File(bytes, FileKind.Docx.ContentType, name);
    }

    public Task<IActionResult> OnPostMeetingAsync(Guid id, DateOnly? heldOn, int? householdsPresent, string? minutes, DateOnly? noticeGivenOn, CancellationToken ct) =>
        Act(id, () => meeting.HandleAsync(id, new MeetingRequest(heldOn, householdsPresent, minutes, noticeGivenOn), ct));

    public Task<IActionResult> OnPostVotesAsync(Guid id, VoteForm? form, Dictionary<Guid, int?> choice, CancellationToken ct) =>
        Act(id, () => votes.HandleAsync(id, new EnterVotesRequest(form,
            choice.Where(c => c.Value is not null).Select(c => new EnteredVote(c.Key, null, c.Value)).ToList()), ct));

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => Act(id, () => close.HandleAsync(id, ct));

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, DateOnly? closesOn, CancellationToken ct) =>
        Act(id, () => followUp.HandleAsync(id, new FollowUpBallotRequest(closesOn), ct));

    public Task<IActionResult> OnPostRecogniseAsync(Guid id, string? note, string? reference, CancellationToken ct) =>
        Act(id, () => recognise.HandleAsync(id, new RecogniseRequest(note, reference), ct));

    private Task<IActionResult> Act(Guid id, Func<Task> action)
    {
        _id = id;
        return RunAsync(async () =>
        {
            await action();
            return Redirect($"/decisions/{id}");
        });
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct) => View = await reader.ViewAsync(id, ct);
}
