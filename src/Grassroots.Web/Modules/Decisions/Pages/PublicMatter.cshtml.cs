using Grassroots.Web.Modules.Decisions.Matters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>
/// A community decision on the portal: vote online with the household code, or, signed in with the representative's
/// own account, for the household it is linked to; read the result once closed.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicMatterModel(DecisionReader reader, CastOnlineVote online, CastRepresentativeVote representative) : AppPageModel
{
    public MatterDto? Matter { get; private set; }
    public string UnitCode { get; private set; } = "";
    public bool Voted { get; private set; }

    /// <summary>The signed-in representative's household, when it belongs to the matter's community.</summary>
    public HouseholdDto? MyHousehold { get; private set; }

    public bool MyHouseholdVoted { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        UnitCode = unitCode;
        var view = await reader.PublicViewAsync(unitCode, id, ct);
        (Matter, MyHousehold, MyHouseholdVoted) = (view.Matter, view.MyHousehold, view.MyHouseholdVoted);
    }

    public Task<IActionResult> OnPostAsync(string unitCode, Guid id, string? householdCode, int? optionId, CancellationToken ct) =>
        VoteAsync(unitCode, id, () => online.HandleAsync(id, new OnlineVoteRequest(householdCode, optionId), ct), ct);

    public Task<IActionResult> OnPostRepresentativeAsync(string unitCode, Guid id, int? optionId, CancellationToken ct) =>
        VoteAsync(unitCode, id, () => representative.HandleAsync(id, new RepresentativeVoteRequest(optionId), ct), ct);

    private async Task<IActionResult> VoteAsync(string unitCode, Guid id, Func<Task> vote, CancellationToken ct)
    {
        await OnGetAsync(unitCode, id, ct);
        return await RunAsync(async () =>
        {
            await vote();
            Voted = true;
            Matter = await reader.GetPublicAsync(unitCode, id, ct);
            return Page();
        });
    }
}
