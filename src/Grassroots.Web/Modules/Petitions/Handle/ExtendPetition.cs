namespace Grassroots.Web.Modules.Petitions.Handle;

/// <param name="ParticularlyComplex">The officer finds the denunciation particularly complex (Nghị định 31/2019 Điều 3): only then may it be extended a second time.</param>
public sealed record ExtendRequest(string? Reason, bool ParticularlyComplex = false);

/// <summary>
/// More time where the law gives it: a complaint found complex takes the longer limit of LKN Điều 28/37;
/// a denunciation gets up to 30 days more, once if complex, a second time only if particularly complex (LTC Điều 30;
/// docs/legal.md, LTC-30).
/// </summary>
public sealed class ExtendPetition(AppDbContext db, PetitionAccess access, PetitionNews news, PetitionClock legalClock, TimeProvider clock)
{
    /// <summary>What the history says of an extension the officer found particularly complex (the law's words).</summary>
    public const string ParticularlyComplexNote = "vụ việc đặc biệt phức tạp";

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
                if (petition.Extensions >= extension.Allowed(r.ParticularlyComplex ? Circumstances.ParticularlyComplex : Circumstances.None))
                {
                    throw DomainException.Invalid("Petition.SecondExtensionParticularlyComplex");
                }
                petition.Extensions++;
                resolving.ExtensionDays += extension.Days;
                break;
            case PetitionKind.Recommendation:
            case PetitionKind.Reflection:
                throw DomainException.Invalid("Petition.NoExtension");
        }
        await legalClock.RecomputeAsync(resolving, ct);
        var note = Text.Clean(r.Reason);
        access.Record(petition, PetitionEventKind.Extended, clock.VietnamToday(),
            petition.Kind == PetitionKind.Denunciation && r.ParticularlyComplex ? $"[{ParticularlyComplexNote}] {note}".Trim() : note);
        await news.QueueAsync(petition, PetitionEventKind.Extended, ct);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
