using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

public sealed record RecogniseConventionRequest(DateOnly? DecidedOn, string? DecisionNumber);

/// <summary>
/// The commune chairman recognises the version (L10 Điều 21–22): its text is in force, the one before it superseded, and
/// the households' vote recognised with it.
/// </summary>
public sealed class RecogniseVersion(AppDbContext db, ConventionVersions versions, ICommunityVotes votes, CurrentUser user)
{
    public async Task HandleAsync(Guid id, int number, RecogniseConventionRequest r, CancellationToken ct = default)
    {
        var (convention, version) = await versions.LoadForCommuneAsync(id, number, ct);
        new Validation()
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required")
            .Text(r.DecisionNumber, "decisionNumber", FieldLength.DocumentNumber)
            .ThrowIfInvalid();
        versions.RequireCompleteFile(version, r.DecidedOn!.Value);
        convention.Recognise(version, r.DecidedOn.Value, Platform.Text.Clean(r.DecisionNumber), user.UserName);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await versions.SaveAsync(ct);
        await votes.RecogniseAsync(version.MatterId!.Value, r.DecidedOn.Value, ConventionTexts.RecognitionNote(convention, version), ct);
        await transaction.CommitAsync(ct);
    }
}
