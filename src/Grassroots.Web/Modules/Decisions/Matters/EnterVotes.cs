namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>One vote entered by an officer: the household by id or by its number in the roll.</summary>
public sealed record EnteredVote(Guid? HouseholdId, string? HouseholdNumber, int? OptionId);

public sealed record EnterVotesRequest(VoteForm? Form, IReadOnlyList<EnteredVote>? Votes);

/// <summary>
/// Show-of-hands at the meeting or paper ballots, entered together: one vote per household across all forms, no more
/// meeting votes than households present. One bad vote refuses them all.
/// </summary>
public sealed class EnterVotes(AppDbContext db, DecisionMatters matters, CurrentUser user, TimeProvider clock)
{
    public async Task<int> HandleAsync(Guid id, EnterVotesRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.Form is VoteForm.Meeting or VoteForm.HouseholdBallot, "form", "Decision.FormNotUsed")
            .Require(r.Votes is { Count: > 0 and <= 5000 }, "votes", "Validation.Required")
            .ThrowIfInvalid();
        var matter = await matters.LoadAsync(id, Permission.Edit, ct);
        var form = r.Form!.Value;
        if (!matter.Forms.HasFlag(form == VoteForm.Meeting ? DecisionForms.Meeting : DecisionForms.HouseholdBallot))
        {
            throw DomainException.Invalid("Decision.FormNotUsed");
        }
        if (form == VoteForm.Meeting && matter.MeetingHouseholdsPresent is null)
        {
            throw DomainException.Invalid("Decision.MeetingFirst");
        }
        matters.RequireOpen(matter);
        var roll = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == matter.CommunityId && h.IsActive)
            .Select(h => new { h.Id, h.Number }).ToListAsync(ct);
        var ids = new List<Guid>();
        foreach (var v in r.Votes!)
        {
            var household = v.HouseholdId is { } hid ? roll.FirstOrDefault(h => h.Id == hid) : roll.FirstOrDefault(h => h.Number == Text.Clean(v.HouseholdNumber));
            if (household is null)
            {
                throw DomainException.Invalid("Decision.HouseholdNotInCommunity", v.HouseholdNumber ?? v.HouseholdId?.ToString());
            }
            DecisionMatters.RequireOption(matter, v.OptionId);
            ids.Add(household.Id);
        }
        if (ids.Distinct().Count() != ids.Count)
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        if (await db.Set<DecisionVote>().AnyAsync(x => x.MatterId == matter.Id && ids.Contains(x.HouseholdId), ct))
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        if (form == VoteForm.Meeting)
        {
            var atMeeting = await db.Set<DecisionVote>().CountAsync(x => x.MatterId == matter.Id && x.Form == VoteForm.Meeting, ct);
            if (atMeeting + ids.Count > matter.MeetingHouseholdsPresent)
            {
                throw DomainException.Invalid("Decision.MoreVotesThanPresent", matter.MeetingHouseholdsPresent);
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(r.Votes!.Select((v, i) => new DecisionVote
        {
            MatterId = matter.Id,
            HouseholdId = ids[i],
            OptionId = v.OptionId!.Value,
            Form = form,
            CastAt = now,
            EnteredBy = user.UserName,
        }));
        AppDbContext.Touch(matter); // two sheets entered at once, each within the households present, cannot both be saved
        await matters.SaveVotesAsync(ct);
        return ids.Count;
    }
}
