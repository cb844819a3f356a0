namespace Grassroots.Web.Modules.Decisions;

/// <summary>A community, a household of its roll or its year-end meeting as the use cases reach them: within the caller's reach, or refused.</summary>
[Scoped]
public sealed class Communities(AppDbContext db, UnitScope scope)
{
    /// <summary>The community with this code: 404 when there is none, 403 out of reach, refused when the unit is not a community.</summary>
    public async Task<Unit> RequireAsync(string? code, Permission permission, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), permission, ct);
        return unit.Kind == UnitKind.ResidentialCommunity ? unit : throw DomainException.Invalid("Decision.NotACommunity", unit.Name);
    }

    /// <summary>A household of a roll the caller keeps, with its community: 404 when there is none, 403 out of reach.</summary>
    public async Task<Household> RequireHouseholdAsync(Guid id, CancellationToken ct)
    {
        var household = await db.Set<Household>().Include(h => h.Community).FirstOrDefaultAsync(h => h.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.HouseholdNotFound");
        await scope.RequireAsync(household.Community!, Permission.Edit, ct);
        return household;
    }

    /// <summary>A community's year-end meeting the caller keeps: 404 when there is none, 403 out of reach.</summary>
    public async Task<YearEndMeeting> RequireYearEndMeetingAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Set<YearEndMeeting>().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.MeetingNotFound");
        await scope.RequireAsync(meeting.Community!, Permission.Edit, ct);
        return meeting;
    }

    /// <summary>The households of the community's roll today: the whole a result and a meeting are counted against.</summary>
    public Task<int> CountHouseholdsAsync(int communityId, CancellationToken ct) =>
        db.Set<Household>().CountAsync(h => h.CommunityId == communityId && h.IsActive, ct);
}
