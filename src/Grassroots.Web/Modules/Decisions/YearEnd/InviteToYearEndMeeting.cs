namespace Grassroots.Web.Modules.Decisions.YearEnd;

public sealed record InviteRequest(DateOnly? SentOn);

/// <summary>The invitations went out: on a day past, before the meeting; less than 5 days ahead is recorded but flagged (NĐ59 Điều 11).</summary>
public sealed class InviteToYearEndMeeting(AppDbContext db, Communities communities, TimeProvider clock)
{
    public async Task<YearEndMeetingDto> HandleAsync(Guid id, InviteRequest r, CancellationToken ct)
    {
        var meeting = await communities.RequireYearEndMeetingAsync(id, ct);
        new Validation()
            .Require(r.SentOn is { } s && s <= clock.VietnamToday() && s <= meeting.PlannedOn, "sentOn", "Decision.InviteDate")
            .ThrowIfInvalid();
        meeting.InvitationsSentOn = r.SentOn;
        await db.SaveChangesAsync(ct);
        return YearEndMeetingDto.Of(meeting, await communities.CountHouseholdsAsync(meeting.CommunityId, ct));
    }
}
