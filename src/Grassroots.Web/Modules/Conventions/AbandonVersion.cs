using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

public sealed record AbandonRequest(string? Reason);

/// <summary>A version that will not be recognised (not adopted, withdrawn) is closed, so a new one can start; never while its vote runs.</summary>
public sealed class AbandonVersion(ConventionVersions versions, ICommunityVotes votes)
{
    public async Task HandleAsync(Guid id, int number, AbandonRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Reason, "reason", FieldLength.Paragraph).ThrowIfInvalid();
        var (_, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        if (version.Stage is not (ConventionStage.Drafting or ConventionStage.Commenting or ConventionStage.Voting or ConventionStage.Adopted))
        {
            throw DomainException.Conflict("Convention.WrongStage", version.Number, version.Stage);
        }
        if (version.Stage == ConventionStage.Voting && !(await votes.GetAsync(version.MatterId!.Value, ct)).IsClosed)
        {
            throw DomainException.Conflict("Convention.VoteRunning");
        }
        version.Stage = ConventionStage.Abandoned;
        version.AbandonReason = Platform.Text.Clean(r.Reason);
        await versions.SaveAsync(ct);
    }
}
