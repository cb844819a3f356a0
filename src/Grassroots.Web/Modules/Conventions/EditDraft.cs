namespace Grassroots.Web.Modules.Conventions;

public sealed record EditDraftRequest(string? Text, string? AmendmentSummary);

/// <summary>A draft changes until it is posted for comments.</summary>
public sealed class EditDraft(ConventionVersions versions)
{
    public async Task HandleAsync(Guid id, int number, EditDraftRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .Text(r.AmendmentSummary, "amendmentSummary", 5000, required: false)
            .ThrowIfInvalid();
        var (convention, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.Drafting);
        ConventionVersions.RequireSummaryOfAmendment(convention, r.AmendmentSummary);
        version.Text = Platform.Text.Clean(r.Text);
        version.AmendmentSummary = Platform.Text.CleanOrNull(r.AmendmentSummary);
        await versions.SaveAsync(ct);
    }
}
