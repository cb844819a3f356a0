namespace Grassroots.Web.Modules.Decisions.YearEnd;

public sealed record PlanMeetingRequest(int? Year, DateOnly? PlannedOn, string? Place);

/// <summary>The year-end meeting of a community (L10 Điều 33): one a year, held in that year or early the next.</summary>
public sealed class PlanYearEndMeeting(AppDbContext db, Communities communities)
{
    public async Task<YearEndMeetingDto> HandleAsync(string? communityCode, PlanMeetingRequest r, CancellationToken ct)
    {
        new Validation()
            .Require(r.Year is >= 2021 and <= 2100, "year", "Validation.Required")
            .Require(r.PlannedOn is not null, "plannedOn", "Validation.Required")
            .Require(r.PlannedOn is null || r.Year is null || r.PlannedOn.Value.Year == r.Year || r.PlannedOn.Value.Year == r.Year + 1, "plannedOn", "Decision.MeetingYear")
            .Text(r.Place, "place", FieldLength.Title)
            .ThrowIfInvalid();
        var community = await communities.RequireAsync(communityCode, Permission.Edit, ct);
        if (await db.Set<YearEndMeeting>().AnyAsync(m => m.CommunityId == community.Id && m.Year == r.Year, ct))
        {
            throw DomainException.Conflict("Decision.MeetingPlanned", r.Year);
        }
        var meeting = new YearEndMeeting { CommunityId = community.Id, Community = community, Year = r.Year!.Value, PlannedOn = r.PlannedOn!.Value, Place = Text.Clean(r.Place) };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return YearEndMeetingDto.Of(meeting, await communities.CountHouseholdsAsync(community.Id, ct));
    }
}
