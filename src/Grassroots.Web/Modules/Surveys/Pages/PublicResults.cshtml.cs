using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Surveys.Pages;

/// <summary>A closed campaign's index, published for anyone: by element and overall, with the 95 % intervals and the sample.</summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicResultsModel(SurveyReader reader) : AppPageModel
{
    public PublicSurveyResults? Results { get; private set; }
    public bool NotYet { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        try
        {
            Results = await reader.PublicResultsAsync(code, ct);
        }
        catch (DomainException e) when (e.Status == StatusCodes.Status409Conflict)
        {
            NotYet = true;
        }
    }
}
