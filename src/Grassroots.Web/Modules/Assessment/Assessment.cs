using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Assessment;

/// <summary>What a criteria set judges, and so what its result is.</summary>
public enum SetPurpose
{
    /// <summary>The year's classification of units: the total maps to the four levels by the set's thresholds (docs/legal.md ASM-LEVELS).</summary>
    Classification,

    /// <summary>A standard ("chính quyền thân thiện"): the unit passes when its total reaches the pass mark.</summary>
    Standard,

    /// <summary>The responsibility of the head of each unit (the chairman), scored with thresholds and shown beside the unit's own result.</summary>
    HeadResponsibility,
}

/// <summary>Which units under the issuing unit a set assesses.</summary>
public enum AssessedUnits
{
    Communes,
    Agencies,
    CommunesAndAgencies,
}

/// <summary>How a criterion is scored.</summary>
public enum Scoring
{
    /// <summary>Met (full points) or not (none).</summary>
    YesNo,

    /// <summary>Any points from 0 to the maximum, in steps of 0.25.</summary>
    Scale,

    /// <summary>From an indicator the platform computes: the maximum × the figure ÷ the figure that earns full points (at most the maximum).</summary>
    Indicator,
}

public enum SetStatus
{
    Draft,
    Published,
}

/// <summary>Where an assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>The unit is scoring itself.</summary>
    Open,

    /// <summary>Sent to the level above.</summary>
    Submitted,

    /// <summary>Sent back for more evidence; the unit scores and submits again.</summary>
    Returned,

    /// <summary>The level above has scored it; the council has not decided yet.</summary>
    Appraised,

    /// <summary>The council decided: the total, the level (or pass) are final, but for an appeal.</summary>
    Decided,
}

/// <summary>The four levels (docs/legal.md ASM-LEVELS).</summary>
public enum Classification
{
    Excellent,
    Good,
    Completed,
    NotCompleted,
}

/// <summary>
/// A versioned set of criteria issued by a unit for a year: a tree of criteria with their maximum points, how each is scored
/// and the evidence it needs, and the thresholds (or the pass mark of a standard). Once published it is never edited: a
/// change is a new version (docs/legal.md ASM-SET).
/// </summary>
public sealed class CriteriaSet : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => IssuerUnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int IssuerUnitId { get; set; }
    public Unit? IssuerUnit { get; set; }
    public int Year { get; set; }

    /// <summary>1 for the first set of the issuer, purpose and year; a new version of a published set takes the next.</summary>
    public int Edition { get; set; } = 1;

    public Guid? PreviousId { get; set; }
    public required string Title { get; set; }
    public SetPurpose Purpose { get; set; }
    public AssessedUnits Assessed { get; set; }

    /// <summary>The standard's name ("Chính quyền thân thiện"), the province's target is tracked by it.</summary>
    public string? StandardName { get; set; }

    /// <summary>The issuing document (number, date), cited beside the deadlines it sets.</summary>
    public required string IssuingDocument { get; set; }

    public decimal ExcellentFrom { get; set; }
    public decimal GoodFrom { get; set; }
    public decimal CompletedFrom { get; set; }

    /// <summary>A standard: the total that passes.</summary>
    public decimal? PassFrom { get; set; }

    /// <summary>Working days the units have to score themselves, counted from publication (ASM-SELF-DUE).</summary>
    public int SelfAssessmentDays { get; set; }

    /// <summary>Working days for an appeal, counted from the decision (ASM-APPEAL).</summary>
    public int AppealDays { get; set; }

    public SetStatus Status { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? DueExplanation { get; set; }

    /// <summary>The ranking and results published (on the portal too).</summary>
    public DateOnly? ResultsPublishedOn { get; set; }

    public decimal MaxPoints { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<Criterion> Criteria { get; set; } = [];

    /// <summary>The level a total earns by the set's thresholds.</summary>
    public Classification ClassOf(decimal total) => AssessmentRules.ClassOf(total, ExcellentFrom, GoodFrom, CompletedFrom);
}

/// <summary>A criterion or sub-criterion; only leaves are scored, a group's maximum is the sum of its children's.</summary>
public sealed class Criterion : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(CriteriaSet), SetId);

    int? IAudited.AuditUnitId => Set?.IssuerUnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    public CriteriaSet? Set { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>"1", "1.2", "2.3.1": its place in the tree, as the set prints it.</summary>
    public required string Number { get; set; }

    public int Position { get; set; }
    public required string Title { get; set; }
    public decimal MaxPoints { get; set; }
    public Scoring Scoring { get; set; }
    public string? IndicatorKey { get; set; }

    /// <summary>An indicator criterion: the figure that earns full points (100 for a rate in percent).</summary>
    public decimal? FullAt { get; set; }

    public bool EvidenceRequired { get; set; }
    public string? EvidenceHint { get; set; }
    public bool IsGroup { get; set; }
}

/// <summary>One unit's assessment under a published set: its self-scoring, the appraisal above, the council's decision, an appeal.</summary>
public sealed class UnitAssessment : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SetId { get; set; }
    public CriteriaSet? Set { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>A head's responsibility: the head assessed.</summary>
    public string? HeadName { get; set; }

    public AssessmentStatus Status { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ExtendedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public DateOnly? PrefilledOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public decimal? SelfTotal { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public string? ReturnNote { get; set; }
    public DateOnly? AppraisedOn { get; set; }
    public string? AppraisedBy { get; set; }
    public decimal? AppraisedTotal { get; set; }
    public decimal? FinalTotal { get; set; }
    public Classification? Result { get; set; }
    public bool? Passed { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Council { get; set; }
    public DateOnly? AppealDueOn { get; set; }
    public string? AppealDueExplanation { get; set; }
    public DateOnly? AppealedOn { get; set; }
    public string? Appeal { get; set; }
    public DateOnly? AppealAnsweredOn { get; set; }
    public string? AppealAnswer { get; set; }
    public int? Rank { get; set; }
    public DateTime CreatedAt { get; set; }

    public List<AssessmentScore> Scores { get; set; } = [];
    public List<AssessmentEvidence> Evidence { get; set; } = [];
}

/// <summary>A criterion's points: the unit's own (pre-filled with the figure and its source when computed), the appraiser's with a reason.</summary>
public sealed class AssessmentScore : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(UnitAssessment), AssessmentId);

    int? IAudited.AuditUnitId => Assessment?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssessmentId { get; set; }
    public UnitAssessment? Assessment { get; set; }
    public Guid CriterionId { get; set; }
    public decimal? SelfPoints { get; set; }
    public string? SelfNote { get; set; }
    public decimal? Figure { get; set; }
    public string? FigureSource { get; set; }
    public decimal? AppraisedPoints { get; set; }
    public string? AppraisalReason { get; set; }
}

/// <summary>An evidence file (tài liệu kiểm chứng) attached to a criterion.</summary>
public sealed class AssessmentEvidence : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(UnitAssessment), AssessmentId);

    public const long MaxBytes = 20 * 1024 * 1024;

    int? IAudited.AuditUnitId => Assessment?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssessmentId { get; set; }
    public UnitAssessment? Assessment { get; set; }
    public Guid CriterionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

/// <summary>A unit's (the province's) target for a standard in a year: the share of its communes that should pass it.</summary>
public sealed class StandardTarget : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string StandardName { get; set; }
    public int Year { get; set; }
    public decimal Share { get; set; }
    public required string IssuingDocument { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<CriteriaSet>, IEntityTypeConfiguration<Criterion>,
    IEntityTypeConfiguration<UnitAssessment>, IEntityTypeConfiguration<AssessmentScore>, IEntityTypeConfiguration<AssessmentEvidence>,
    IEntityTypeConfiguration<StandardTarget>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> b)
    {
        b.ToTable("CriteriaSets");
        b.Property(x => x.Title).HasMaxLength(FieldLength.Title);
        b.Property(x => x.StandardName).HasMaxLength(FieldLength.Name);
        b.Property(x => x.IssuingDocument).HasMaxLength(FieldLength.Name);
        b.Property(x => x.DueExplanation).HasMaxLength(FieldLength.Line);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Property(x => x.ExcellentFrom).HasPrecision(9, 2);
        b.Property(x => x.GoodFrom).HasPrecision(9, 2);
        b.Property(x => x.CompletedFrom).HasPrecision(9, 2);
        b.Property(x => x.PassFrom).HasPrecision(9, 2);
        b.Property(x => x.MaxPoints).HasPrecision(9, 2);
        b.HasIndex(x => new { x.IssuerUnitId, x.Year, x.Purpose, x.Edition }).IsUnique();
        b.HasOne(x => x.IssuerUnit).WithMany().HasForeignKey(x => x.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Criterion> b)
    {
        b.ToTable("AssessmentCriteria");
        b.Property(x => x.Number).HasMaxLength(FieldLength.ShortCode);
        b.Property(x => x.Title).HasMaxLength(FieldLength.Line);
        b.Property(x => x.IndicatorKey).HasMaxLength(FieldLength.Label);
        b.Property(x => x.EvidenceHint).HasMaxLength(FieldLength.Line);
        b.Property(x => x.MaxPoints).HasPrecision(9, 2);
        b.Property(x => x.FullAt).HasPrecision(18, 4);
        b.HasIndex(x => new { x.SetId, x.Position });
        b.HasOne(x => x.Set).WithMany(x => x.Criteria).HasForeignKey(x => x.SetId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UnitAssessment> b)
    {
        b.ToTable("UnitAssessments");
        b.Property(x => x.HeadName).HasMaxLength(FieldLength.PersonName);
        b.Property(x => x.ExtensionReason).HasMaxLength(FieldLength.Line);
        b.Property(x => x.ReturnNote).HasMaxLength(FieldLength.Note);
        b.Property(x => x.AppraisedBy).HasMaxLength(FieldLength.UserName);
        b.Property(x => x.DecisionNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(x => x.Council).HasMaxLength(FieldLength.Name);
        b.Property(x => x.AppealDueExplanation).HasMaxLength(FieldLength.Line);
        b.Property(x => x.Appeal).HasMaxLength(FieldLength.Text);
        b.Property(x => x.AppealAnswer).HasMaxLength(FieldLength.Text);
        b.Property(x => x.SelfTotal).HasPrecision(9, 2);
        b.Property(x => x.AppraisedTotal).HasPrecision(9, 2);
        b.Property(x => x.FinalTotal).HasPrecision(9, 2);
        b.HasIndex(x => new { x.SetId, x.UnitId }).IsUnique();
        b.HasIndex(x => new { x.UnitId, x.DecidedOn });
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.HasOne(x => x.Set).WithMany().HasForeignKey(x => x.SetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AssessmentScore> b)
    {
        b.ToTable("AssessmentScores");
        b.Property(x => x.SelfNote).HasMaxLength(FieldLength.Note);
        b.Property(x => x.FigureSource).HasMaxLength(FieldLength.Line);
        b.Property(x => x.AppraisalReason).HasMaxLength(FieldLength.Note);
        b.Property(x => x.SelfPoints).HasPrecision(9, 2);
        b.Property(x => x.AppraisedPoints).HasPrecision(9, 2);
        b.Property(x => x.Figure).HasPrecision(18, 4);
        b.HasIndex(x => new { x.AssessmentId, x.CriterionId }).IsUnique();
        b.HasOne(x => x.Assessment).WithMany(x => x.Scores).HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AssessmentEvidence> b)
    {
        b.ToTable("AssessmentEvidence");
        b.Property(x => x.FileName).HasMaxLength(FileUploads.MaxFileNameLength);
        b.Property(x => x.ContentType).HasMaxLength(FieldLength.Label);
        b.Property(x => x.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(x => x.UploadedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.AssessmentId, x.CriterionId });
        b.HasOne(x => x.Assessment).WithMany(x => x.Evidence).HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StandardTarget> b)
    {
        b.ToTable("StandardTargets");
        b.Property(x => x.StandardName).HasMaxLength(FieldLength.Name);
        b.Property(x => x.IssuingDocument).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Share).HasPrecision(5, 2);
        b.HasIndex(x => new { x.UnitId, x.StandardName, x.Year }).IsUnique();
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
