namespace Grassroots.Web.Modules.Conventions;

public sealed record StartConventionRequest(string? CommunityCode, ConventionKind? Kind, string? Title, string? Text);

/// <summary>A residential community starts its convention (one per community) with the first draft of its text.</summary>
public sealed class StartConvention(AppDbContext db, UnitScope scope, ConventionVersions versions, CurrentUser user, TimeProvider clock)
{
    public async Task<Convention> HandleAsync(StartConventionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.CommunityCode, "communityCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", 300, required: false)
            .Text(r.Text, "draftText", ConventionVersion.TextMaxLength)
            .ThrowIfInvalid();
        var community = await scope.RequireAsync(Platform.Text.Clean(r.CommunityCode), Permission.Edit, ct);
        if (community.Kind != UnitKind.ResidentialCommunity)
        {
            throw DomainException.Invalid("Convention.NotACommunity", community.Name);
        }
        if (await db.Set<Convention>().AnyAsync(c => c.CommunityId == community.Id, ct))
        {
            throw DomainException.Conflict("Convention.Exists", community.Name);
        }
        var kind = r.Kind ?? ConventionRules.KindFor(community.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        var convention = new Convention
        {
            CommunityId = community.Id,
            Kind = kind,
            Title = Platform.Text.CleanOrNull(r.Title) ?? ConventionTexts.DefaultTitle(kind, community.Name),
            CreatedAt = now,
            CreatedBy = user.UserName,
        };
        convention.Versions.Add(new ConventionVersion
        {
            CommunityId = community.Id,
            Number = 1,
            Stage = ConventionStage.Drafting,
            Text = Platform.Text.Clean(r.Text),
            CreatedAt = now,
            CreatedBy = user.UserName,
        });
        db.Add(convention);
        await versions.SaveAsync(ct);
        return convention;
    }
}
