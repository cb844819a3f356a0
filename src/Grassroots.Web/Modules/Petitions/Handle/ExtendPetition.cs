
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
        new Validation().Text(r.Reason, "reason", 2000).ThrowIfInvalid();
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

/// <summary>Tạm đình chỉ stops the clock of the settling limit; tiếp tục starts it again with the days left.</summary>
public sealed class SuspendPetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> SuspendAsync(Guid id, ExtendRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Reason, "reason", 2000).ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Accepted);
        var running = petition.Deadlines.Where(d => d.State == DeadlineState.Running).ToList();
        if (running.Count == 0)
        {
            throw DomainException.Conflict("Petition.NothingToSuspend");
        }
        var today = clock.VietnamToday();
        foreach (var d in running)
        {
            await legalClock.PauseAsync(d, today, ct);
        }
        access.Record(petition, PetitionEventKind.Suspended, today, Text.Clean(r.Reason));
        await db.SaveChangesAsync(ct);
        return petition;
    }

    public async Task<Petition> ResumeAsync(Guid id, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        var paused = petition.Deadlines.Where(d => d.State == DeadlineState.Paused).ToList();
        if (paused.Count == 0)
        {
            throw DomainException.Conflict("Petition.NotSuspended");
        }
        var today = clock.VietnamToday();
        foreach (var d in paused)
        {
            await legalClock.ResumeAsync(d, today, ct);
        }
        access.Record(petition, PetitionEventKind.Resumed, today);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
