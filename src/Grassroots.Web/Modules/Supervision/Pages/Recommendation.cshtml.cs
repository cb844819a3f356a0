using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>
/// One recommendation: what was asked, of whom, by when; the answer form for the addressed body; for the unit that raised
/// it, whether the answer settles it and, once overdue, its escalation to the body above; the letter as a Word file.
/// </summary>
public sealed class RecommendationModel(SupervisionReader reader, UnitScope scope, AnswerRecommendation answer, JudgeAnswer judge,
    EscalateRecommendation escalate, TimeProvider clock) : AppPageModel
{
    public RecommendationView View { get; private set; } = null!;
    public bool CanFollow { get; private set; }

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public DateOnly? AnsweredOn { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public bool? Accepted { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateOnly? EscalatedOn { get; set; }

    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        AnsweredOn ??= clock.VietnamToday();
        EscalatedOn ??= clock.VietnamToday();
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        Act(id, () => answer.HandleAsync(id, new AnswerRequest(UnitCode, AnsweredOn, Answer), ct), "Supervision.Answered");

    public Task<IActionResult> OnPostJudgeAsync(Guid id, CancellationToken ct) =>
        Act(id, () => judge.HandleAsync(id, new JudgeAnswerRequest(Accepted, Note), ct), "Supervision.Judged");

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken ct) =>
        Act(id, () => escalate.HandleAsync(id, new EscalateRequest(EscalatedOn, null, Note), ct), "Supervision.Escalated");

    private Task<IActionResult> Act(Guid id, Func<Task<Recommendation>> action, string done)
    {
        _id = id;
        return SaveThenGoAsync(action, done, $"/supervision/recommendations/{id}");
    }

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await reader.ViewAsync(id, ct);
        UnitCode ??= View.Answerers.FirstOrDefault().Code;
        CanFollow = await scope.CanAsync(await scope.RequireAsync(View.Item.UnitCode, Permission.View, ct), Permission.Edit, ct);
    }
}
