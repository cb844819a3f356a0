using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>
/// The yearly community meeting of a residential community (L10 Điều 33; NĐ59 Điều 10–11): planned, invitations sent
/// at least 5 days before, held and minuted.
/// </summary>
public sealed class YearEndMeeting : AggregateRoot, IAudited
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
        b.Property(m => m.Place).HasMaxLength(FieldLength.Title);
        b.Property(m => m.Minutes).HasMaxLength(FieldLength.Minutes);
        b.HasIndex(m => new { m.CommunityId, m.Year }).IsUnique();
        b.HasOne(m => m.Community).WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
