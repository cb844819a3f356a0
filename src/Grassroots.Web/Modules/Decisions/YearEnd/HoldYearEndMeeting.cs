namespace Grassroots.Web.Modules.Decisions.YearEnd;

public sealed record HoldMeetingRequest(DateOnly? HeldOn, int? HouseholdsPresent, string? Minutes);

/// <summary>The year-end meeting was held: its day, the households present, its minutes.</summary>
public sealed class HoldYearEndMeeting(AppDbContext db, Communities communities, TimeProvider clock)
{
    public async Task<YearEndMeetingDto> HandleAsync(Guid id, HoldMeetingRequest r, CancellationToken ct)
    {
        var meeting = await communities.RequireYearEndMeetingAsync(id, ct);
        var count = await communities.CountHouseholdsAsync(meeting.CommunityId, ct);
        new Validation()
            .Require(r.HeldOn is { } h && h <= clock.VietnamToday(), "heldOn", "Decision.MeetingOutsideWindow")
            .Require(r.HouseholdsPresent is { } p && p >= 0 && p <= count, "householdsPresent", "Decision.PresentInvalid")
            .Text(r.Minutes, "minutes", FieldLength.Minutes)
            .ThrowIfInvalid();
        meeting.HeldOn = r.HeldOn;
        meeting.HouseholdsPresent = r.HouseholdsPresent;
        meeting.Minutes = Text.Clean(r.Minutes);
        await db.SaveChangesAsync(ct);
        return YearEndMeetingDto.Of(meeting, count);
    }
}
