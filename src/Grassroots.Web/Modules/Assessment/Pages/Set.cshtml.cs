using Grassroots.Web.Modules.Assessment.Sets;

namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>A criteria set: its tree and thresholds, its assessments; publishing, a new version, pre-filling and the results for the issuer.</summary>
public sealed class SetModel(AssessmentReader reader, PublishCriteriaSet publish, NewSetVersion version, PrefillAssessments prefill, PublishResults results)
    : AppPageModel
{
    public SetDto View { get; private set; } = null!;

    private Guid _id;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await reader.SetAsync(id, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        return SaveThenGoAsync(() => publish.HandleAsync(id, ct), "Assessment.SetPublishedFlash", $"/assessment/sets/{id}");
    }

    public Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        _id = id;
        var copy = await version.HandleAsync(id, ct);
        Flash = L["Assessment.VersionCreated"];
        return Redirect($"/assessment/sets/{copy.Id}");
    });

    public Task<IActionResult> OnPostPrefillAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        _id = id;
        var n = await prefill.HandleAsync(id, ct);
        Flash = L["Assessment.Prefilled", n];
        return Redirect($"/assessment/sets/{id}");
    });

    public Task<IActionResult> OnPostResultsAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        return SaveThenGoAsync(() => results.HandleAsync(id, ct), "Assessment.ResultsPublished", $"/assessment/sets/{id}/ranking");
    }

    protected override async Task OnRefusedAsync() => View = await reader.SetAsync(_id, HttpContext.RequestAborted);
}
