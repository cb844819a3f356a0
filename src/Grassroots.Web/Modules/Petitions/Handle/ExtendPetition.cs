namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record ExtendRequest(string? Reason);

/// <summary>
/// More time where the law gives it: a complaint found complex takes the longer limit of LKN Điều 28/37;
/// a denunciation gets up to 30 days more, once if complex, twice if particularly complex (LTC Điều 30).
/// </summary>
public sealed class ExtendPetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, ExtendRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Reason, "reason", FieldLength.Paragraph).ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Accepted);
        var resolving = petition.Deadlines.FirstOrDefault(d => d.State is DeadlineState.Running or DeadlineState.Paused
            && d.Rule is DeadlineRuleId.ResolveComplaint or DeadlineRuleId.ResolveSecondComplaint or DeadlineRuleId.SettleDenunciation)
            ?? throw DomainException.Invalid("Petition.NoExtension");
        var rule = resolving.Definition;
        switch (petition.Kind)
        {
            case PetitionKind.Complaint:
                if (petition.IsComplex)
                {
                    throw DomainException.Invalid("Petition.ExtensionUsed");
                }
                petition.IsComplex = true;
                resolving.LimitDays = rule.LimitFor(Circumstances.Complex | (petition.Unit!.IsRemoteArea ? Circumstances.RemoteArea : Circumstances.None)).Days;
                break;
            case PetitionKind.Denunciation:
                if (rule.Extension is not { } extension || petition.Extensions >= extension.Times)
                {
                    throw DomainException.Invalid("Petition.ExtensionUsed");
                }
                petition.Extensions++;
                resolving.ExtensionDays += extension.Days;
                break;
            case PetitionKind.Recommendation:
            case PetitionKind.Reflection:
                throw DomainException.Invalid("Petition.NoExtension");
        }
        await legalClock.RecomputeAsync(resolving, ct);
        access.Record(petition, PetitionEventKind.Extended, clock.VietnamToday(), Text.Clean(r.Reason));
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
