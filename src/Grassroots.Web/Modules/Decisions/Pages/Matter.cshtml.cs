using System.Globalization;
using Grassroots.Web.Modules.Conventions.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Decisions.Pages;

public sealed class MatterModel(RunDecision run, DecisionReader reader, UnitScope scope, AppDbContext db, TimeProvider clock, ConventionLinks conventions) : AppPageModel
{
    public MatterDto? Matter { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanRecognise { get; private set; }
    public string Today => clock.VietnamToday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public List<Household> NotVoted { get; private set; } = [];

    /// <summary>The village convention this vote adopts, when it is one.</summary>
    public ConventionLink? Convention { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetRecordAsync(Guid id, [FromServices] DecisionRecord record, CancellationToken ct)
    {
        var (bytes, name) = await record.BuildAsync(id, ct);
        return File(bytes, DecisionsApi.Docx, name);
    }

    public Task<IActionResult> OnPostMeetingAsync(Guid id, DateOnly? heldOn, int? householdsPresent, string? minutes, CancellationToken ct) =>
        Act(id, () => run.RecordMeetingAsync(id, new MeetingRequest(heldOn, householdsPresent, minutes), ct));

    public Task<IActionResult> OnPostVotesAsync(Guid id, VoteForm? form, Dictionary<Guid, int?> choice, CancellationToken ct) =>
        Act(id, () => run.EnterVotesAsync(id, new EnterVotesRequest(form,
            choice.Where(c => c.Value is not null).Select(c => new EnteredVote(c.Key, null, c.Value)).ToList()), ct));

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => Act(id, () => run.CloseAsync(id, ct));

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, DateOnly? closesOn, CancellationToken ct) =>
        Act(id, () => run.FollowUpWithBallotAsync(id, new FollowUpBallotRequest(closesOn), ct));

    public Task<IActionResult> OnPostRecogniseAsync(Guid id, string? note, CancellationToken ct) =>
        Act(id, () => run.RecogniseAsync(id, new RecogniseRequest(note), reader, ct));

    private Guid _id;

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

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Matter = await reader.GetAsync(id, ct);
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Code == Matter.CommunityCode, ct);
        CanEdit = await scope.CanAsync(community, Permission.Edit, ct);
        CanRecognise = await scope.CanAsync(community, Permission.RecogniseDecisions, ct);
        Convention = await conventions.ForVoteAsync(id, ct);
        if (CanEdit && Matter.IsOpen)
        {
            var voted = db.Set<DecisionVote>().Where(v => v.MatterId == id).Select(v => v.HouseholdId);
            NotVoted = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == community.Id && h.IsActive && !voted.Contains(h.Id))
                .OrderBy(h => h.Number).ToListAsync(ct);
        }
    }
}
