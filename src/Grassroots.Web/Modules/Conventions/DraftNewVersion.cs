namespace Grassroots.Web.Modules.Conventions;

/// <summary>The next version: an amendment (with what it changes) of the text in force, or a new draft after one that failed.</summary>
public sealed record NewVersionRequest(string? Text, string? AmendmentSummary);

/// <summary>A new version takes the same path as the first text; one version is under way at a time.</summary>
public sealed class DraftNewVersion(AppDbContext db, ConventionVersions versions, CurrentUser user, TimeProvider clock)
{
    public async Task<ConventionVersion> HandleAsync(Guid id, NewVersionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .Text(r.AmendmentSummary, "amendmentSummary", 5000, required: false)
            .ThrowIfInvalid();
        var convention = await versions.LoadAsync(id, Permission.Edit, ct);
        if (convention.Versions.FirstOrDefault(v => v.IsInProgress) is { } running)
        {
            throw DomainException.Conflict("Convention.InProgress", running.Number);
        }
        ConventionVersions.RequireSummaryOfAmendment(convention, r.AmendmentSummary);
        var version = new ConventionVersion
        {
            ConventionId = convention.Id,
            CommunityId = convention.CommunityId,
            Number = convention.Versions.Max(v => v.Number) + 1,
            Stage = ConventionStage.Drafting,
            Text = Platform.Text.Clean(r.Text),
            AmendmentSummary = Platform.Text.CleanOrNull(r.AmendmentSummary),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(version);
        await versions.SaveAsync(ct);
        return version;
    }
}
