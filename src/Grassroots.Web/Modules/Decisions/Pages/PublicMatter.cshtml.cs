using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>A community decision on the portal: vote online with the household code, read the result once closed.</summary>
[AllowAnonymous]
[EnableRateLimiting(DecisionsApi.RateLimit)]
public sealed class PublicMatterModel(DecisionReader reader, RunDecision run) : AppPageModel
{
    public MatterDto? Matter { get; private set; }
    public string UnitCode { get; private set; } = "";
    public bool Voted { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        UnitCode = unitCode;
        Matter = await reader.GetPublicAsync(unitCode, id, ct);
    }

    public async Task<IActionResult> OnPostAsync(string unitCode, Guid id, string? householdCode, int? optionId, CancellationToken ct)
    {
        await OnGetAsync(unitCode, id, ct);
        return await RunAsync(async () =>
        {
            await run.CastOnlineAsync(id, new OnlineVoteRequest(householdCode, optionId), ct);
            Voted = true;
            Matter = await reader.GetPublicAsync(unitCode, id, ct);
            return Page();
        });
    }
}
