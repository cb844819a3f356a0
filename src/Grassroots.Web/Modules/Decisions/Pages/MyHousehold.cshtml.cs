using Grassroots.Web.Modules.Decisions.Matters;

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>The signed-in representative's page: the household, what its community is deciding, and the online votes it can cast.</summary>
public sealed class MyHouseholdModel(DecisionReader reader, CastRepresentativeVote vote) : AppPageModel
{
    public MyHouseholdDto? Household { get; private set; }
    public Guid? VotedOn { get; private set; }

    public async Task OnGetAsync(Guid? voted, CancellationToken ct)
    {
        Household = await reader.MyHouseholdAsync(ct);
        VotedOn = voted;
    }

    public Task<IActionResult> OnPostAsync(Guid matterId, int? optionId, CancellationToken ct) => RunAsync(async () =>
    {
        await vote.HandleAsync(matterId, new RepresentativeVoteRequest(optionId), ct);
        return Redirect($"/my/household?voted={matterId}");
    });

    protected override async Task OnRefusedAsync() => Household = await reader.MyHouseholdAsync(HttpContext.RequestAborted);
}
