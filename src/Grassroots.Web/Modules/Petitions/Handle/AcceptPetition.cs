namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary>Thụ lý: the unit takes the matter on; the limits for settling it start today.</summary>
public sealed class AcceptPetition(AppDbContext db, PetitionAccess access, PetitionNews news, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Classified);
        if (petition.IsEligible != true || petition.IsInCompetence != true)
        {
            throw DomainException.Invalid("Petition.NotAcceptable");
        }
        if (petition.Kind == PetitionKind.Denunciation && petition.IsAnonymous)
        {
            // LTC Điều 25: an anonymous denunciation is not settled as a denunciation.
            throw DomainException.Invalid("Petition.AnonymousNotSettled");
        }
        var today = clock.VietnamToday();
        foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running))
        {
            PetitionClock.Stop(d, today, met: true);
        }
        var remote = petition.Unit!.IsRemoteArea;
        switch (petition.Kind)
        {
            case PetitionKind.Complaint:
                await legalClock.StartAsync(petition, petition.FirstInstanceId is null ? DeadlineRuleId.ResolveComplaint : DeadlineRuleId.ResolveSecondComplaint, today, remote, ct);
                break;
            case PetitionKind.Denunciation:
                await legalClock.StartAsync(petition, DeadlineRuleId.NotifyDenunciation, today, remote, ct);
                await legalClock.StartAsync(petition, DeadlineRuleId.SettleDenunciation, today, remote, ct);
                break;
            case PetitionKind.Recommendation:
            case PetitionKind.Reflection:
                break; // no statutory limit for settling these was found (docs/legal.md, LTCD-28)
        }
        petition.Status = PetitionStatus.Accepted;
        access.Record(petition, PetitionEventKind.Accepted, today);
        await news.QueueAsync(petition, PetitionEventKind.Accepted, ct);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
