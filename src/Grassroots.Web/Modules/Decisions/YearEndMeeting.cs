using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>
/// The yearly community meeting of a residential community (L10 Điều 33; NĐ59 Điều 10–11): planned, invitations sent
/// at least 5 days before, held and minuted.
/// </summary>
public sealed class YearEndMeeting : IAudited
{
    /// <summary>Invitations go out at least 5 days before the meeting (NĐ59 Điều 11).</summary>
    public const int InvitationDays = 5;

    public const string Citation = "Điều 33 Luật 10/2022/QH15; Điều 10, Điều 11 Nghị định 59/2023/NĐ-CP";

    int? IAudited.AuditUnitId => CommunityId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int CommunityId { get; set; }
    public Unit? Community { get; set; }
    public int Year { get; set; }
    public DateOnly PlannedOn { get; set; }
    public required string Place { get; set; }
    public DateOnly? InvitationsSentOn { get; set; }
    public DateOnly? HeldOn { get; set; }
    public int? HouseholdsPresent { get; set; }
    public string? Minutes { get; set; }

    /// <summary>Were the invitations in time: at least <see cref="InvitationDays"/> days before the meeting.</summary>
    public static bool InvitedInTime(DateOnly sentOn, DateOnly meetingOn) => meetingOn.DayNumber - sentOn.DayNumber >= InvitationDays;
}

internal sealed class YearEndMeetingConfiguration : IEntityTypeConfiguration<YearEndMeeting>
{
    public void Configure(EntityTypeBuilder<YearEndMeeting> b)
    {
        b.ToTable("YearEndMeetings");
        b.Property(m => m.Place).HasMaxLength(300);
        b.Property(m => m.Minutes).HasMaxLength(20_000);
        b.HasIndex(m => new { m.CommunityId, m.Year }).IsUnique();
        b.HasOne(m => m.Community).WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed record PlanMeetingRequest(int? Year, DateOnly? PlannedOn, string? Place);

public sealed record InviteRequest(DateOnly? SentOn);

public sealed record HoldMeetingRequest(DateOnly? HeldOn, int? HouseholdsPresent, string? Minutes);

public sealed record YearEndMeetingDto(Guid Id, string CommunityCode, string CommunityName, int Year, DateOnly PlannedOn, string Place, DateOnly? InvitationsSentOn,
    bool? InvitedInTime, DateOnly? HeldOn, int? HouseholdsPresent, int Households, string? Minutes, string Citation);

public sealed class YearEndMeetings(AppDbContext db, UnitScope scope, Households households, TimeProvider clock)
{
    public async Task<List<YearEndMeetingDto>> ListAsync(string? communityCode, CancellationToken ct)
    {
        var community = await households.RequireCommunityAsync(communityCode, Permission.View, ct);
        var rows = await db.Set<YearEndMeeting>().AsNoTracking().Include(m => m.Community).Where(m => m.CommunityId == community.Id).OrderByDescending(m => m.Year).ToListAsync(ct);
        var count = await db.Set<Household>().CountAsync(h => h.CommunityId == community.Id && h.IsActive, ct);
        return rows.Select(m => ToDto(m, count)).ToList();
    }

    public async Task<YearEndMeetingDto> PlanAsync(string? communityCode, PlanMeetingRequest r, CancellationToken ct)
    {
        new Validation()
            .Require(r.Year is >= 2021 and <= 2100, "year", "Validation.Required")
            .Require(r.PlannedOn is not null, "plannedOn", "Validation.Required")
            .Require(r.PlannedOn is null || r.Year is null || r.PlannedOn.Value.Year == r.Year || r.PlannedOn.Value.Year == r.Year + 1, "plannedOn", "Decision.MeetingYear")
            .Text(r.Place, "place", 300)
            .ThrowIfInvalid();
        var community = await households.RequireCommunityAsync(communityCode, Permission.Edit, ct);
        if (await db.Set<YearEndMeeting>().AnyAsync(m => m.CommunityId == community.Id && m.Year == r.Year, ct))
        {
            throw DomainException.Conflict("Decision.MeetingPlanned", r.Year);
        }
        var meeting = new YearEndMeeting { CommunityId = community.Id, Community = community, Year = r.Year!.Value, PlannedOn = r.PlannedOn!.Value, Place = Text.Clean(r.Place) };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return ToDto(meeting, await CountAsync(community.Id, ct));
    }

    public async Task<YearEndMeetingDto> InviteAsync(Guid id, InviteRequest r, CancellationToken ct)
    {
        var meeting = await LoadAsync(id, ct);
        new Validation()
            .Require(r.SentOn is { } s && s <= clock.VietnamToday() && s <= meeting.PlannedOn, "sentOn", "Decision.InviteDate")
            .ThrowIfInvalid();
        meeting.InvitationsSentOn = r.SentOn;
        await db.SaveChangesAsync(ct);
        return ToDto(meeting, await CountAsync(meeting.CommunityId, ct));
    }

    public async Task<YearEndMeetingDto> HoldAsync(Guid id, HoldMeetingRequest r, CancellationToken ct)
    {
        var meeting = await LoadAsync(id, ct);
        var count = await CountAsync(meeting.CommunityId, ct);
        new Validation()
            .Require(r.HeldOn is { } h && h <= clock.VietnamToday(), "heldOn", "Decision.MeetingOutsideWindow")
            .Require(r.HouseholdsPresent is { } p && p >= 0 && p <= count, "householdsPresent", "Decision.PresentInvalid")
            .Text(r.Minutes, "minutes", 20_000)
            .ThrowIfInvalid();
        meeting.HeldOn = r.HeldOn;
        meeting.HouseholdsPresent = r.HouseholdsPresent;
        meeting.Minutes = Text.Clean(r.Minutes);
        await db.SaveChangesAsync(ct);
        return ToDto(meeting, count);
    }

    private Task<int> CountAsync(int communityId, CancellationToken ct) => db.Set<Household>().CountAsync(h => h.CommunityId == communityId && h.IsActive, ct);

    private async Task<YearEndMeeting> LoadAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Set<YearEndMeeting>().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.MeetingNotFound");
        await scope.RequireAsync(meeting.Community!, Permission.Edit, ct);
        return meeting;
    }

    private static YearEndMeetingDto ToDto(YearEndMeeting m, int households) =>
        new(m.Id, m.Community!.Code, m.Community.Name, m.Year, m.PlannedOn, m.Place, m.InvitationsSentOn,
            m.InvitationsSentOn is { } s ? YearEndMeeting.InvitedInTime(s, m.PlannedOn) : null, m.HeldOn, m.HouseholdsPresent, households, m.Minutes, YearEndMeeting.Citation);
}
