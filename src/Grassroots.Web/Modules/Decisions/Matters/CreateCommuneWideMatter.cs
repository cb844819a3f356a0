namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>
/// Puts a commune-wide matter — a contribution to public works or the use of community funds for the whole commune — to
/// every village and residential group of the commune alive today, one matter each with the same question, options, forms
/// and window, sharing one id. Each village decides by its own households' vote; the commune's result is that at least
/// two thirds of the villages adopted it (docs/legal.md L10-21-1-VILLAGES). The request's <c>CommunityCode</c> names the commune;
/// its two options are the proposal and its refusal, and a village approves when its households adopt the first.
/// </summary>
public sealed class CreateCommuneWideMatter(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock, NotifyVoteOpened notices)
{
    public async Task<Guid> HandleAsync(CreateMatterRequest r, CancellationToken ct = default)
    {
        var options = CreateMatter.Validate(r);
        if (r.Forms!.Value.HasFlag(DecisionForms.Online) || !DecisionRules.CommuneWideAllowed(r.Subject!.Value))
        {
            throw DomainException.Invalid("Decision.CommuneWideSubject", DecisionRules.VillagesCitation);
        }
        if (options.Count != 2)
        {
            // The proposal and its refusal: a village approves when its households adopt the first.
            throw DomainException.Invalid("Decision.CommuneWideTwoOptions");
        }
        var commune = await scope.RequireAsync(Text.Clean(r.CommunityCode), Permission.Edit, ct);
        if (!commune.Kind.IsCommuneLevel())
        {
            throw DomainException.Invalid("Decision.NotACommune", commune.Name);
        }
        var today = clock.VietnamToday();
        var villages = (await db.Units.Where(u => u.ParentId == commune.Id && u.Kind == UnitKind.ResidentialCommunity).ToListAsync(ct))
            .Where(u => u.IsActiveOn(today)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        if (villages.Count == 0)
        {
            throw DomainException.Invalid("Decision.NoVillages", commune.Name);
        }
        var group = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var village in villages)
        {
            var matter = CreateMatter.New(village, r, options, user.UserName, now);
            matter.CommuneWideId = group;
            db.Add(matter);
            await notices.AddAsync(matter, village, ct);
        }
        await db.SaveChangesAsync(ct);
        return group;
    }
}
