using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Registers.Workplaces;

/// <summary>
/// What a workplace is: a state agency or public service unit (L10 Chương IV, the conference of civil servants and
/// employees) or an enterprise by its ownership (BLLĐ and NĐ145, the workers' conference and workplace dialogue).
/// <see cref="UnknownOwnership"/> is an enterprise on the list whose ownership nobody has recorded yet: it counts in no rate.
/// </summary>
public enum WorkplaceKind
{
    Agency,
    PublicServiceUnit,
    StateEnterprise,
    PrivateEnterprise,
    ForeignInvested,
    UnknownOwnership,
}

/// <summary>Hội nghị toàn thể or hội nghị đại biểu (L10 Điều 51 khoản 2).</summary>
public enum ConferenceForm
{
    Plenary,
    Delegates,
}

/// <summary>Why a workplace dialogue was held (BLLĐ Điều 63 khoản 2).</summary>
public enum DialogueTrigger
{
    /// <summary>Định kỳ, at least once a year.</summary>
    Periodic,

    /// <summary>At the request of one side or both.</summary>
    OnRequest,

    /// <summary>On one of the events the Code lists (lay-offs, rules of work, pay scales, collective agreement...).</summary>
    ListedEvent,
}

/// <summary>An agency, public service unit or enterprise whose democracy at work the district follows.</summary>
public sealed class Workplace : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The territorial unit it is followed under (the district for its agencies, the commune for an enterprise there).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Name { get; set; }
    public WorkplaceKind Kind { get; set; }

    /// <summary>Cán bộ, công chức, viên chức, người lao động: decides between a plenary and a delegates' conference.</summary>
    public int Staff { get; set; }

    /// <summary>Since when it is followed (set up, or moved to the district): a rate counts it from then.</summary>
    public DateOnly Since { get; set; }

    /// <summary>Its regulation on democracy at work (quy chế dân chủ ở cơ sở tại nơi làm việc), when issued.</summary>
    public string? RegulationNumber { get; set; }
    public DateOnly? RegulationIssuedOn { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<WorkplaceConference> Conferences { get; set; } = [];
    public List<WorkplaceDialogue> Dialogues { get; set; } = [];

    public bool IsAgency => Kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit;
}

/// <summary>The yearly conference of civil servants and employees, or the workers' conference of an enterprise.</summary>
public sealed class WorkplaceConference : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Workplace), WorkplaceId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkplaceId { get; set; }

    /// <summary>The work year it reports on.</summary>
    public int Year { get; set; }
    public DateOnly HeldOn { get; set; }
    public ConferenceForm Form { get; set; }
    public int Attendees { get; set; }
    public required string ChairedBy { get; set; }
    public required string Minutes { get; set; }
}

public sealed class WorkplaceDialogue : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Workplace), WorkplaceId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid WorkplaceId { get; set; }
    public DateOnly HeldOn { get; set; }
    public DialogueTrigger Trigger { get; set; }
    public required string Topic { get; set; }
    public int Participants { get; set; }
}

internal sealed class WorkplaceConfiguration : IEntityTypeConfiguration<Workplace>, IEntityTypeConfiguration<WorkplaceConference>,
    IEntityTypeConfiguration<WorkplaceDialogue>
{
    public void Configure(EntityTypeBuilder<Workplace> b)
    {
        b.ToTable("Workplaces");
        b.Property(w => w.Name).HasMaxLength(FieldLength.Name);
        b.Property(w => w.RegulationNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(w => w.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Ignore(w => w.IsAgency);
        b.HasIndex(w => new { w.UnitId, w.Kind });
        b.HasOne(w => w.Unit).WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WorkplaceConference> b)
    {
        b.ToTable("WorkplaceConferences");
        b.Property(c => c.ChairedBy).HasMaxLength(FieldLength.PersonName);
        b.Property(c => c.Minutes).HasMaxLength(FieldLength.Minutes);
        b.HasIndex(c => new { c.WorkplaceId, c.Year });
        b.HasIndex(c => c.HeldOn);
        b.HasOne<Workplace>().WithMany(w => w.Conferences).HasForeignKey(c => c.WorkplaceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkplaceDialogue> b)
    {
        b.ToTable("WorkplaceDialogues");
        b.Property(d => d.Topic).HasMaxLength(FieldLength.Title);
        b.HasIndex(d => d.WorkplaceId);
        b.HasIndex(d => d.HeldOn);
        b.HasOne<Workplace>().WithMany(w => w.Dialogues).HasForeignKey(d => d.WorkplaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
