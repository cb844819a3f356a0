using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Petitions;

public enum PetitionStatus
{
    /// <summary>Registered, waiting to be sorted.</summary>
    Received,

    /// <summary>Sorted: kind, eligibility and competence decided; the next step is not taken yet.</summary>
    Classified,

    /// <summary>Thụ lý: the unit settles it.</summary>
    Accepted,

    /// <summary>Sent to an outside body (letters sent to a unit inside the system move to its inbox instead).</summary>
    Transferred,

    /// <summary>The petitioner was told where to take it.</summary>
    Guided,

    /// <summary>Lưu đơn: not eligible, or an anonymous denunciation without concrete evidence.</summary>
    Filed,

    /// <summary>The decision or conclusion is issued.</summary>
    Resolved,

    /// <summary>The answer has been sent to the petitioner.</summary>
    Closed,
}

/// <summary>
/// A letter (đơn). Several letters on one matter form a case (<see cref="PetitionCase"/>). A denouncer's
/// identity is never in the plain columns: it sits encrypted in <see cref="ProtectedIdentity"/>.
/// </summary>
public sealed class Petition : AggregateRoot, IAudited
{
    public const int ContentMaxLength = FieldLength.LongText;
    public const int SubjectMaxLength = FieldLength.Title;

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The unit whose inbox holds the letter (it moves when transferred inside the system).</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    public Guid CaseId { get; set; }
    public PetitionCase? Case { get; set; }

    public required string TrackingCode { get; set; }
    public PetitionKind Kind { get; set; }
    public PetitionChannel Channel { get; set; }
    public PetitionStatus Status { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Subject { get; set; }
    public required string Content { get; set; }

    /// <summary>How many people signed it (a crowd's letter counts its people).</summary>
    public int SignerCount { get; set; } = 1;

    public string? PetitionerName { get; set; }
    public string? PetitionerAddress { get; set; }
    public string? PetitionerPhone { get; set; }
    public string? PetitionerEmail { get; set; }

    /// <summary>The denouncer's name, address and contacts, encrypted (LTC Điều 9, 47): never listed, exported or logged.</summary>
    [Confidential]
    public string? ProtectedIdentity { get; set; }

    /// <summary>A denunciation with no name: not settled as one, kept when it names the violator with evidence (LTC Điều 25).</summary>
    public bool IsAnonymous { get; set; }

    public bool? IsEligible { get; set; }
    public string? IneligibleReason { get; set; }
    public bool? IsInCompetence { get; set; }

    /// <summary>Complex matters (vụ việc phức tạp) have longer limits.</summary>
    public bool IsComplex { get; set; }

    public int Extensions { get; set; }
    public string? ExternalBody { get; set; }

    /// <summary>A second-instance complaint points to the first.</summary>
    public Guid? FirstInstanceId { get; set; }

    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionSummary { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? AnswerSummary { get; set; }

    /// <summary>The citizen's word on the answer, from the tracking page.</summary>
    public bool? Satisfied { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The day the retention run cleared the petitioner's data (docs/personal-data.md, Retention).</summary>
    public DateOnly? AnonymisedOn { get; set; }

    public List<PetitionDeadline> Deadlines { get; set; } = [];
    public List<PetitionEvent> Events { get; set; } = [];

    public bool IsOpen => Status is PetitionStatus.Received or PetitionStatus.Classified or PetitionStatus.Accepted or PetitionStatus.Resolved;
}

/// <summary>Vụ việc: one matter, one or more letters.</summary>
public sealed class PetitionCase : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public required string Title { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> b)
    {
        b.HasIndex(p => p.TrackingCode).IsUnique();
        b.HasIndex(p => new { p.UnitId, p.Status });
        b.HasIndex(p => p.CaseId);
        // A unit's letters by the day they arrived there, covering what the statistics read: a province-year's
        // 200,000 letters are one index range, without a look-up per letter.
        b.HasIndex(p => new { p.UnitId, p.ReceivedOn, p.Kind, p.Status, p.IsEligible, p.IsInCompetence, p.CaseId, p.Id }).HasDatabaseName("IX_Petition_Figures");
        b.Property(p => p.TrackingCode).HasMaxLength(FieldLength.ShortCode);
        b.Property(p => p.Subject).HasMaxLength(Petition.SubjectMaxLength);
        b.Property(p => p.Content).HasMaxLength(Petition.ContentMaxLength);
        b.Property(p => p.PetitionerName).HasMaxLength(FieldLength.PersonName);
        b.Property(p => p.PetitionerAddress).HasMaxLength(FieldLength.Title);
        b.Property(p => p.PetitionerPhone).HasMaxLength(FieldLength.ShortCode);
        b.Property(p => p.PetitionerEmail).HasMaxLength(FieldLength.UserName);
        b.Property(p => p.ProtectedIdentity).HasMaxLength(FieldLength.Text);
        b.Property(p => p.IneligibleReason).HasMaxLength(FieldLength.Note);
        b.Property(p => p.ExternalBody).HasMaxLength(FieldLength.Title);
        b.Property(p => p.DecisionNumber).HasMaxLength(FieldLength.Label);
        b.Property(p => p.DecisionSummary).HasMaxLength(FieldLength.Text);
        b.Property(p => p.AnswerSummary).HasMaxLength(FieldLength.Text);
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Deadlines).WithOne().HasForeignKey(d => d.PetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PetitionCaseConfiguration : IEntityTypeConfiguration<PetitionCase>
{
    public void Configure(EntityTypeBuilder<PetitionCase> b)
    {
        b.Property(c => c.Title).HasMaxLength(Petition.SubjectMaxLength);
        b.HasIndex(c => c.UnitId);
    }
}
