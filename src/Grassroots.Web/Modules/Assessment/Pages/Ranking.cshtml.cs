namespace Grassroots.Web.Modules.Assessment.Pages;

/// <summary>The ranking of a set's decided units within the issuer, with the counts of each level.</summary>
public sealed class RankingModel(AssessmentReader reader) : AppPageModel
{
    public RankingDto View { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => View = await reader.RankingAsync(id, ct);
}
