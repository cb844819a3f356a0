using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>
/// A meeting of household representatives held on paper, entered once it is over: its day within the window, who came,
/// the minutes and each household's show of hands; the vote closes with it. All of it or nothing. Offered through
/// <see cref="ICommunityVotes"/>: the module that put the matter to the vote has checked the caller's reach.
/// </summary>
public sealed class RecordHeldMeeting(AppDbContext db, DecisionMatters matters, CurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(Guid matterId, HeldMeeting r, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == matterId, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        var roll = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == matter.CommunityId && h.IsActive).Select(h => h.Id).ToListAsync(ct);
        new Validation()
            .Require(r.HeldOn >= matter.OpensOn && r.HeldOn <= matter.ClosesOn && r.HeldOn <= clock.VietnamToday(), "heldOn", "Decision.MeetingOutsideWindow")
            .Require(r.HouseholdsPresent >= 0 && r.HouseholdsPresent <= roll.Count, "householdsPresent", "Decision.PresentInvalid")
            .Text(r.Minutes, "minutes", FieldLength.Minutes)
            .ThrowIfInvalid();
        if (!matter.Forms.HasFlag(DecisionForms.Meeting))
        {
            throw DomainException.Invalid("Decision.FormNotUsed");
        }
        if (matter.MeetingHeldOn is not null || await db.Set<DecisionVote>().AnyAsync(v => v.MatterId == matter.Id, ct))
        {
            throw DomainException.Conflict("Decision.MeetingRecorded");
        }
        var ids = r.Votes.Select(v => v.HouseholdId).ToList();
        if (ids.Where(id => !roll.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } stranger)
        {
            throw DomainException.Invalid("Decision.HouseholdNotInCommunity", stranger);
        }
        if (ids.Distinct().Count() != ids.Count)
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        if (ids.Count > r.HouseholdsPresent)
        {
            throw DomainException.Invalid("Decision.MoreVotesThanPresent", r.HouseholdsPresent);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var options = matter.Options.OrderBy(o => o.Order).ToList();
        matter.MeetingHeldOn = r.HeldOn;
        matter.MeetingHouseholdsPresent = r.HouseholdsPresent;
        matter.Minutes = Text.Clean(r.Minutes);
        matter.ClosedAt ??= now;
        db.AddRange(r.Votes.Select(v => new DecisionVote
        {
            MatterId = matter.Id,
            HouseholdId = v.HouseholdId,
            OptionId = options[v.InFavour ? 0 : 1].Id,
            Form = VoteForm.Meeting,
            CastAt = now,
            EnteredBy = user.UserName,
        }));
        await matters.SaveVotesAsync(ct);
    }
}
