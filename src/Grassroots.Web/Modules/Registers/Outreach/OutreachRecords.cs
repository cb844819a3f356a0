using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Registers.Outreach;

/// <summary>What an outreach session was: propaganda and legal education, or a legal-aid trip (trợ giúp pháp lý lưu động).</summary>
public enum OutreachKind
{
    Propaganda,
    LegalAid,
}

/// <summary>How the message reached people.</summary>
public enum OutreachForm
{
    Conference,
    Loudspeaker,
    SocialNetwork,
    Leaflet,
    DoorToDoor,
}

/// <summary>
/// A propaganda, legal-education or legal-aid session of a unit: its topic, the law or policy explained, its form, place
/// and attendance — people and attendances (lượt: a person at three sessions is three). Its attendance list, when it has
/// one, comes from a spreadsheet (<see cref="OutreachAttendee"/>).
/// </summary>
public sealed class OutreachSession : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public OutreachKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Topic { get; set; }

    /// <summary>The law or policy explained ("Luật Đất đai 2024", "Chỉ thị 17-CT/HU").</summary>
    public required string Law { get; set; }
    public OutreachForm Form { get; set; }
    public required string Place { get; set; }
    public int People { get; set; }
    public int Attendances { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<OutreachAttendee> Attendees { get; set; } = [];
}

public sealed class OutreachAttendee : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(OutreachSession), SessionId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public int Row { get; set; }
    public required string FullName { get; set; }
    public string? Address { get; set; }
}

/// <summary>
/// A training class (lớp bồi dưỡng, tập huấn): organised by the unit, or one the unit sent its people to (cử đi). Its
/// participants by group: officials of district agencies, of communes, others.
/// </summary>
public sealed class TrainingClass : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Topic { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public required string Trainers { get; set; }

    /// <summary>True: the unit held the class. False: it sent people to a class held by <see cref="Organiser"/>.</summary>
    public bool Organised { get; set; }
    public string? Organiser { get; set; }

    public int DistrictOfficials { get; set; }
    public int CommuneOfficials { get; set; }
    public int Others { get; set; }

    public int Participants => DistrictOfficials + CommuneOfficials + Others;

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

internal sealed class OutreachConfiguration : IEntityTypeConfiguration<OutreachSession>, IEntityTypeConfiguration<OutreachAttendee>,
    IEntityTypeConfiguration<TrainingClass>
{
    public void Configure(EntityTypeBuilder<OutreachSession> b)
    {
        b.ToTable("OutreachSessions");
        b.Property(s => s.Topic).HasMaxLength(FieldLength.Title);
        b.Property(s => s.Law).HasMaxLength(FieldLength.Title);
        b.Property(s => s.Place).HasMaxLength(FieldLength.Name);
        b.Property(s => s.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(s => new { s.UnitId, s.HeldOn });
        b.HasIndex(s => s.HeldOn);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OutreachAttendee> b)
    {
        b.ToTable("OutreachAttendees");
        b.Property(a => a.FullName).HasMaxLength(FieldLength.PersonName);
        b.Property(a => a.Address).HasMaxLength(FieldLength.Name);
        b.HasIndex(a => a.SessionId);
        b.HasOne<OutreachSession>().WithMany(s => s.Attendees).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TrainingClass> b)
    {
        b.ToTable("TrainingClasses");
        b.Property(c => c.Topic).HasMaxLength(FieldLength.Title);
        b.Property(c => c.Trainers).HasMaxLength(FieldLength.Name);
        b.Property(c => c.Organiser).HasMaxLength(FieldLength.Name);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Ignore(c => c.Participants);
        b.HasIndex(c => new { c.UnitId, c.StartsOn });
        b.HasIndex(c => c.StartsOn);
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
