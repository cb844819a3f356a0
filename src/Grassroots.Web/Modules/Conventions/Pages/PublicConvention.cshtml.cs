using Microsoft.AspNetCore.Authorization;

namespace Grassroots.Web.Modules.Conventions.Pages;

/// <summary>A convention on the portal (no sign-in): the text in force, the draft posted for comments, the history of versions.</summary>
[AllowAnonymous]
public sealed class PublicConventionModel(ConventionReader reader) : AppPageModel
{
    public ConventionDto? Convention { get; private set; }
    public string UnitCode { get; private set; } = "";

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        UnitCode = unitCode;
        Convention = await reader.GetPublicAsync(unitCode, id, ct);
    }
}
