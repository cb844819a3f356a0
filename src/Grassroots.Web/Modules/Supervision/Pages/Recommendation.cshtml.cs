using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>One recommendation: what was asked, of whom, by when, and the answer form for the addressed body.</summary>
public sealed class RecommendationModel(SupervisionReader reader, AnswerRecommendation answer, TimeProvider clock) : AppPageModel
{
    public RecommendationView View { get; private set; } = null!;

    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public DateOnly? AnsweredOn { get; set; }
    [BindProperty] public string? Answer { get; set; }

    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        AnsweredOn ??= clock.VietnamToday();
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        _id = id;
        await answer.HandleAsync(id, new AnswerRequest(UnitCode, AnsweredOn, Answer), ct);
        Flash = L["Supervision.Answered"];
        return Redirect($"/supervision/recommendations/{id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(_id, HttpContext.RequestAborted);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        View = await reader.ViewAsync(id, ct);
        UnitCode ??= View.Answerers.FirstOrDefault().Code;
    }
}
