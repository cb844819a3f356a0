using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>What a commune puts to the people for opinions (L10 Điều 25).</summary>
public enum ConsultationSubject
{
    SocioEconomicPlan,
    LandUsePlan,
    MajorProject,
    UnitReorganisation,
    AdministrativeDecision,
    ConstructionPlanning,
    DemocracyRegulation,
    Other,
}

/// <summary>Who may comment on a draft.</summary>
public enum Commenters
{
    Anyone,

    /// <summary>Residents of the unit, who give their name and address.</summary>
    Residents,

    /// <summary>Household representatives, with their household's code.</summary>
    HouseholdRepresentatives,
}

/// <summary>How the body answered a group of comments (L10 Điều 28).</summary>
public enum GroupAnswer
{
    Accepted,
    Explained,
}

/// <summary>A draft put out for comments by a unit, with its comment window and its closing summary.</summary>
public sealed class Consultation : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public ConsultationSubject Subject { get; set; }
    public required string Title { get; set; }

    /// <summary>The draft, or what it is about and where its documents are.</summary>
    public required string Body { get; set; }

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public Commenters Commenters { get; set; }

    /// <summary>Kept by the comment writer in the same transaction as the comments: the portal never counts a million rows.</summary>
    public long CommentCount { get; set; }

    public string? SummaryIntro { get; set; }
    public DateTime? SummaryPublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;
}

public sealed class ConsultationComment
{
    public const int MaxLength = FieldLength.Paragraph;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConsultationId { get; set; }
    public required string Text { get; set; }

    /// <summary>
    /// The key of a comment received at this moment: a version-7 key carries its time, so the comments' index (by
    /// consultation and key) lists them in the order they were received, even those entered afterwards from paper.
    /// </summary>
    public static Guid IdFor(DateTime receivedAt) =>
        Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(receivedAt, DateTimeKind.Utc)));
    public string? AuthorName { get; set; }
    public string? AuthorAddress { get; set; }
    public Guid? HouseholdId { get; set; }
    public CommentChannel Channel { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string? EnteredBy { get; set; }
}

/// <summary>A group of comments on one point, and the body's answer to it.</summary>
public sealed class CommentGroup : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Consultation), ConsultationId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConsultationId { get; set; }
    public int UnitId { get; set; }
    int? IAudited.AuditUnitId => UnitId;
    public int Order { get; set; }
    public required string Title { get; set; }
    public int Comments { get; set; }
    public GroupAnswer Answer { get; set; }
    public required string Response { get; set; }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>, IEntityTypeConfiguration<ConsultationComment>, IEntityTypeConfiguration<CommentGroup>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("Consultations");
        b.Property(c => c.Title).HasMaxLength(FieldLength.Title);
        b.Property(c => c.Body).HasMaxLength(FieldLength.Document);
        b.Property(c => c.SummaryIntro).HasMaxLength(FieldLength.LongText);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => new { c.UnitId, c.OpensOn });
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConsultationComment> b)
    {
        b.ToTable("ConsultationComments");
        b.Property(c => c.Text).HasMaxLength(ConsultationComment.MaxLength);
        b.Property(c => c.AuthorName).HasMaxLength(FieldLength.Name);
        b.Property(c => c.AuthorAddress).HasMaxLength(FieldLength.Title);
        b.Property(c => c.EnteredBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => new { c.ConsultationId, c.Id });
        b.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommentGroup> b)
    {
        b.ToTable("ConsultationCommentGroups");
        b.Property(g => g.Title).HasMaxLength(FieldLength.Line);
        b.Property(g => g.Response).HasMaxLength(FieldLength.LongText);
        b.HasIndex(g => new { g.ConsultationId, g.Order });
        b.HasOne<Consultation>().WithMany().HasForeignKey(g => g.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}
