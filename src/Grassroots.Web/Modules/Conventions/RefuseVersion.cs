namespace Grassroots.Web.Modules.Conventions;

public sealed record RefuseConventionRequest(DateOnly? DecidedOn, string? Reason);

/// <summary>The commune does not recognise the version and says why (L10 Điều 21); the text in force, if any, stays.</summary>
public sealed class RefuseVersion(ConventionVersions versions, CurrentUser user)
{
    public async Task HandleAsync(Guid id, int number, RefuseConventionRequest r, CancellationToken ct = default)
    {
        var (_, version) = await versions.LoadForCommuneAsync(id, number, ct);
        new Validation()
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required")
            .Text(r.Reason, "reason", FieldLength.Paragraph)
            .ThrowIfInvalid();
        versions.RequireCompleteFile(version, r.DecidedOn!.Value);
        version.Stage = ConventionStage.Refused;
        version.DecidedOn = r.DecidedOn;
        version.RefusalReason = Platform.Text.Clean(r.Reason);
        version.DecidedBy = user.UserName;
        await versions.SaveAsync(ct);
    }
}
