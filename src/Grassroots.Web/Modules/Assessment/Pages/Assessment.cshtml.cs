using Grassroots.Web.Modules.Assessment.Appraisal;
using Grassroots.Web.Modules.Assessment.SelfAssessment;

namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>
/// One unit's assessment: the unit scores itself (computed criteria pre-filled with their figure and source), attaches its
/// evidence and submits; the level above agrees or changes points with reasons, returns it or records the council's decision;
/// the unit may appeal within the window and the council answers.
/// </summary>
public sealed class AssessmentModel(AssessmentReader reader, ScoreSelf score, AttachEvidence attach, RemoveEvidence remove, SubmitAssessment submit,
    AppraiseAssessment appraise, ReturnAssessment giveBack, DecideAssessment decide, AppealAssessment appeal, AnswerAppeal answer, TimeProvider clock) : AppPageModel
{
    public AssessmentDto View { get; private set; } = null!;

    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public Dictionary<Guid, string?> Points { get; set; } = [];
    [BindProperty] public Dictionary<Guid, string?> Notes { get; set; } = [];
    [BindProperty] public Guid? CriterionId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public Guid? EvidenceId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public DateOnly? DecidedOn { get; set; }
    [BindProperty] public string? Council { get; set; }
    [BindProperty] public string? Message { get; set; }

    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        DecidedOn ??= clock.VietnamToday();
        await LoadAsync(id, ct);
    }

    private decimal? Read(Guid criterion)
    {
        var raw = Points.GetValueOrDefault(criterion);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        return CriteriaText.Number(raw) ?? throw DomainException.Invalid("Assessment.PointsNotNumber",
            View.Scores.FirstOrDefault(s => s.CriterionId == criterion)?.Number ?? "");
    }

    private Task<IActionResult> Do(Guid id, string flash, Func<CancellationToken, Task> action)
    {
        _id = id;
        return SaveThenGoAsync(() => action(HttpContext.RequestAborted), flash, $"/assessment/{id}");
    }

    public Task<IActionResult> OnPostSelfAsync(Guid id) => Do(id, "Assessment.Saved", async ct =>
    {
        View = await reader.AssessmentAsync(id, ct);
        var scores = View.Scores.Where(s => !s.IsGroup && Points.ContainsKey(s.CriterionId))
            .Select(s => new SelfScore(s.CriterionId, Read(s.CriterionId), Notes.GetValueOrDefault(s.CriterionId))).ToList();
        await score.HandleAsync(id, new SelfScoresRequest(HeadName, scores), ct);
    });

    public Task<IActionResult> OnPostEvidenceAsync(Guid id) => Do(id, "Assessment.EvidenceAdded", ct => attach.HandleAsync(id, CriterionId, Upload, ct));

    public Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id) => Do(id, "Assessment.EvidenceRemoved", ct => remove.HandleAsync(id, EvidenceId ?? Guid.Empty, ct));

    public Task<IActionResult> OnPostSubmitAsync(Guid id) => Do(id, "Assessment.Submitted", ct => submit.HandleAsync(id, ct));

    public Task<IActionResult> OnPostAppraiseAsync(Guid id) => Do(id, "Assessment.AppraisalSaved", async ct =>
    {
        View = await reader.AssessmentAsync(id, ct);
        var changes = View.Scores.Where(s => !s.IsGroup && Points.ContainsKey(s.CriterionId))
            .Select(s => (s, p: Read(s.CriterionId))).Where(x => x.p is not null)
            .Select(x => new AppraisedScore(x.s.CriterionId, x.p, Notes.GetValueOrDefault(x.s.CriterionId))).ToList();
        await appraise.HandleAsync(id, new AppraisalRequest(changes), ct);
    });

    public Task<IActionResult> OnPostReturnAsync(Guid id) => Do(id, "Assessment.ReturnedFlash", ct => giveBack.HandleAsync(id, new ReturnRequest(Note), ct));

    public Task<IActionResult> OnPostDecideAsync(Guid id) => Do(id, "Assessment.DecidedFlash", ct => decide.HandleAsync(id, new DecisionRequest(DecisionNumber, DecidedOn, Council), ct));

    public Task<IActionResult> OnPostAppealAsync(Guid id) => Do(id, "Assessment.AppealSent", ct => appeal.HandleAsync(id, new AppealRequest(Message), ct));

    public Task<IActionResult> OnPostAnswerAsync(Guid id) => Do(id, "Assessment.AppealAnswered", ct => answer.HandleAsync(id, new AppealAnswerRequest(Message, null), ct));

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await reader.AssessmentAsync(id, ct);
        HeadName ??= View.HeadName;
    }

    /// <summary>The value of a points box: what was typed (after a refusal), else the stored points.</summary>
    public string Value(Guid criterion, decimal? stored) => Points.TryGetValue(criterion, out var typed) ? typed ?? "" : CriteriaText.Format(stored);
}
