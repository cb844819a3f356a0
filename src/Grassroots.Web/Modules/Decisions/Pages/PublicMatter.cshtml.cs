using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>
/// A community decision on the portal: vote online with the household code, or, signed in with the representative's
/// own account, for the household it is linked to; read the result once closed.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicMatterModel(DecisionReader reader, RunDecision run, RepresentativeAccounts accounts) : AppPageModel
{
    public MatterDto? Matter { get; private set; }
    public string UnitCode { get; private set; } = "";
    public bool Voted { get; private set; }

    /// <summary>The signed-in representative's household, when it belongs to the matter's community.</summary>
    public Household? MyHousehold { get; private set; }

    public bool MyHouseholdVoted { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        UnitCode = unitCode;
        Matter = await reader.GetPublicAsync(unitCode, id, ct);
        var mine = await accounts.MyHouseholdAsync(ct);
        MyHousehold = mine is not null && await reader.IsOfCommunityAsync(Matter.Id, mine.CommunityId, ct) ? mine : null;
        MyHouseholdVoted = MyHousehold is not null && await reader.HasVotedAsync(Matter.Id, MyHousehold.Id, ct);
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

    public async Task<IActionResult> OnPostRepresentativeAsync(string unitCode, Guid id, int? optionId, CancellationToken ct)
    {
        await OnGetAsync(unitCode, id, ct);
        return await RunAsync(async () =>
        {
            await run.CastAsRepresentativeAsync(id, new RepresentativeVoteRequest(optionId), ct);
            Voted = true;
            Matter = await reader.GetPublicAsync(unitCode, id, ct);
            return Page();
        });
    }
}
