using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Platform.Documents;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Steering;

/// <summary>A member's place in a steering committee (Ban Chỉ đạo).</summary>
public enum CommitteeRole
{
    /// <summary>Trưởng ban.</summary>
    Head,

    /// <summary>Phó Trưởng ban.</summary>
    DeputyHead,

    /// <summary>Thành viên.</summary>
    Member,

    /// <summary>Tổ giúp việc (tổ chuyên viên giúp việc).</summary>
    Assistant,
}

/// <summary>
/// The body that issues a document, which gives its symbol's abbreviation and its format: the State's bodies (Nghị định
/// 30/2020/NĐ-CP) or the Party's (Hướng dẫn 36-HD/VPTW) — docs/legal.md ND30-NUMBER, HD36-NUMBER.
/// </summary>
public enum IssuingBody
{
    /// <summary>Ủy ban nhân dân — "UBND".</summary>
    PeoplesCommittee,

    /// <summary>Hội đồng nhân dân — "HĐND".</summary>
    PeoplesCouncil,

    /// <summary>The Party committee of the level (Tỉnh ủy "TU", Huyện ủy "HU", Đảng ủy "ĐU").</summary>
    PartyCommittee,

    /// <summary>Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở — "BCĐ" (Party format).</summary>
    SteeringCommittee,

    /// <summary>Ban Dân vận — "BDV" (Party format).</summary>
    MassMobilisationBoard,

    /// <summary>Ủy ban Mặt trận Tổ quốc — "MTTQ".</summary>
    FatherlandFront,
}

/// <summary>Kinds of document (Nghị định 30/2020/NĐ-CP Phụ lục III: names and abbreviations).</summary>
public enum DocumentKind
{
    /// <summary>Kế hoạch — KH.</summary>
    Plan,

    /// <summary>Quyết định — QĐ.</summary>
    Decision,

    /// <summary>Chỉ thị — CT.</summary>
    Directive,

    /// <summary>Thông báo — TB (a concluding notice is one).</summary>
    Notice,

    /// <summary>Hướng dẫn — HD.</summary>
    Guidance,

    /// <summary>Báo cáo — BC.</summary>
    Report,

    /// <summary>Chương trình — CTr.</summary>
    Programme,

    /// <summary>Biên bản — BB.</summary>
    Minutes,

    /// <summary>Công văn: no abbreviation of its own ("868/UBND-TH").</summary>
    OfficialLetter,
}

/// <summary>Where a document stands in the register.</summary>
public enum DocumentStatus
{
    /// <summary>Being drafted: no number yet.</summary>
    Draft,

    /// <summary>Issued by the body, numbered.</summary>
    Issued,

    /// <summary>Received from another body (from above), registered with its own number.</summary>
    Received,
}

public enum PlanKind
{
    Yearly,
    SixMonthly,
    Thematic,
}

public enum TaskState
{
    Open,
    Done,
    Cancelled,
}

/// <summary>
/// The steering committee of a unit (Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở / công tác dân vận), one per unit that
/// has one: its members over time, each re-organisation (kiện toàn) with the decision that made it, its working rules.
/// </summary>
public sealed class SteeringCommittee : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Name { get; set; }

    /// <summary>The working rules (quy chế hoạt động), a document of the register.</summary>
    public Guid? RulesDocumentId { get; set; }
    public SteeringDocument? RulesDocument { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<CommitteeMember> Members { get; set; } = [];
    public List<CommitteeChange> Changes { get; set; } = [];
}

/// <summary>A member of a committee for a span of time: who, in which role, responsible for which field or area.</summary>
public sealed class CommitteeMember : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(SteeringCommittee), CommitteeId);

    int? IAudited.AuditUnitId => Committee?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public SteeringCommittee? Committee { get; set; }
    public required string PersonName { get; set; }

    /// <summary>The member's own office ("Phó Bí thư Thường trực Huyện ủy").</summary>
    public string? JobTitle { get; set; }

    public CommitteeRole Role { get; set; }

    /// <summary>The field the member follows (phụ trách lĩnh vực).</summary>
    public string? Responsibility { get; set; }

    /// <summary>The unit the member is assigned to follow (phụ trách địa bàn), in the committee's subtree.</summary>
    public int? AreaUnitId { get; set; }
    public Unit? AreaUnit { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The day the member left (by the re-organisation that ended it); null while in the committee.</summary>
    public DateOnly? To { get; set; }

    public Guid? ChangeId { get; set; }
}

/// <summary>A re-organisation (thành lập, kiện toàn): the decision that made it and what changed.</summary>
public sealed class CommitteeChange : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(SteeringCommittee), CommitteeId);

    int? IAudited.AuditUnitId => Committee?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public SteeringCommittee? Committee { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public Guid DocumentId { get; set; }
    public SteeringDocument? Document { get; set; }
    public int Joined { get; set; }
    public int Left { get; set; }
}

/// <summary>A meeting of the committee, with its minutes and conclusions.</summary>
public sealed class CommitteeMeeting : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    public required string Chair { get; set; }
    public required string Minutes { get; set; }
    public string? Conclusions { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// A document of the register of an issuing body of a unit: issued by it (numbered when issued, from 01 each year, never
/// twice — <see cref="DocumentCounter"/>) or received from above. <see cref="Body"/> holds the text of a concluding notice.
/// </summary>
public sealed class SteeringDocument : AggregateRoot, IAudited
{
    public const long MaxBytes = 20 * 1024 * 1024;

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public IssuingBody IssuingBody { get; set; }
    public HeaderStyle Format { get; set; }
    public DocumentKind Kind { get; set; }
    public DocumentStatus Status { get; set; }

    /// <summary>The number in its year's series; null for a draft.</summary>
    public int? Number { get; set; }
    public int? Year { get; set; }

    /// <summary>The series the number belongs to (<see cref="DocumentCounter.Series"/>); null for a draft or a received document.</summary>
    public string? Series { get; set; }

    /// <summary>"47/KH-UBND", "02-QĐ/BCĐ"; for a received document, as it was received.</summary>
    public string? NumberAndSymbol { get; set; }

    /// <summary>The drafting office's abbreviation a công văn carries ("TH" in "868/UBND-TH").</summary>
    public string? DraftingOffice { get; set; }

    public DateOnly? IssuedOn { get; set; }
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }

    /// <summary>Trích yếu.</summary>
    public required string Summary { get; set; }

    /// <summary>What it implements: a law, a higher directive ("Kế hoạch số 3416/KH-UBND của UBND tỉnh").</summary>
    public string? Implements { get; set; }
    public Guid? ImplementsId { get; set; }

    /// <summary>Nơi nhận, one per line.</summary>
    public string? Recipients { get; set; }

    /// <summary>For a received document: who sent it, and when it arrived.</summary>
    public string? Sender { get; set; }
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The text of a concluding notice (its general conclusions; its items are tasks).</summary>
    public string? Body { get; set; }

    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? FileSize { get; set; }
    public string? Sha256 { get; set; }
    public byte[]? Content { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// The last number given in a series: per unit, issuing body and year (the State's rule), and per kind too for the Party's
/// bodies (<see cref="Series"/> is the kind then, empty otherwise). Raised in one statement, so concurrent issuing gets
/// consecutive distinct numbers; a unique index on the documents holds it too.
/// </summary>
public sealed class DocumentCounter
{
    public int UnitId { get; set; }
    public IssuingBody IssuingBody { get; set; }
    public int Year { get; set; }
    public required string Series { get; set; }
    public int Last { get; set; }
}

/// <summary>A plan (yearly, six-monthly, thematic) of a unit's committee; it holds tasks.</summary>
public sealed class SteeringPlan : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Title { get; set; }
    public PlanKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>The document that issued it (a KH of the register).</summary>
    public Guid? DocumentId { get; set; }
    public SteeringDocument? Document { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// A task: of a plan, or an item of a concluding notice; the unit (and member) in charge, those who coordinate, the due
/// day (a working day), the expected output, its state and its progress reports.
/// </summary>
public sealed class SteeringTask : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => AssigneeUnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The unit whose committee set the task.</summary>
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }

    public Guid? PlanId { get; set; }
    public SteeringPlan? Plan { get; set; }

    /// <summary>The concluding notice whose item this is.</summary>
    public Guid? NoticeId { get; set; }
    public SteeringDocument? Notice { get; set; }

    /// <summary>The item's number in its concluding notice (1, 2, …); none for a plan's task.</summary>
    public int? ItemNumber { get; set; }

    public int AssigneeUnitId { get; set; }
    public Unit? AssigneeUnit { get; set; }
    public Guid? AssigneeMemberId { get; set; }
    public CommitteeMember? AssigneeMember { get; set; }
    public string? Coordinators { get; set; }
    public required string Title { get; set; }
    public string? ExpectedOutput { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public TaskState State { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<TaskProgress> Progress { get; set; } = [];
}

/// <summary>A progress report on a task by the unit in charge, with its evidence file.</summary>
public sealed class TaskProgress : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(SteeringTask), TaskId);

    int? IAudited.AuditUnitId => Task?.AssigneeUnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public SteeringTask? Task { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Note { get; set; }

    /// <summary>The report says the task is done.</summary>
    public bool Completes { get; set; }

    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? FileSize { get; set; }
    public string? Sha256 { get; set; }
    public byte[]? Content { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// An inspection or thematic supervision by a committee (kiểm tra, giám sát chuyên đề): the team, the units, the dates,
/// when the units were told; the findings per unit; the concluding notice whose items become tasks.
/// </summary>
public sealed class SteeringInspection : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Title { get; set; }

    /// <summary>The team, one person a line ("Ông Nguyễn Văn A — Trưởng đoàn").</summary>
    public required string Team { get; set; }

    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>The day the plan was sent to the units inspected.</summary>
    public DateOnly NotifiedOn { get; set; }

    /// <summary>The plan or decision that set the team up (a document of the register).</summary>
    public Guid? DocumentId { get; set; }
    public SteeringDocument? Document { get; set; }

    public Guid? NoticeId { get; set; }
    public SteeringDocument? Notice { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<InspectedUnit> Units { get; set; } = [];
}

/// <summary>A unit an inspection visits, and what the team found there.</summary>
public sealed class InspectedUnit : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(SteeringInspection), InspectionId);

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InspectionId { get; set; }
    public SteeringInspection? Inspection { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string? Findings { get; set; }
}

internal sealed class SteeringConfiguration : IEntityTypeConfiguration<SteeringCommittee>, IEntityTypeConfiguration<CommitteeMember>,
    IEntityTypeConfiguration<CommitteeChange>, IEntityTypeConfiguration<CommitteeMeeting>, IEntityTypeConfiguration<SteeringDocument>,
    IEntityTypeConfiguration<DocumentCounter>, IEntityTypeConfiguration<SteeringPlan>, IEntityTypeConfiguration<SteeringTask>,
    IEntityTypeConfiguration<TaskProgress>, IEntityTypeConfiguration<SteeringInspection>, IEntityTypeConfiguration<InspectedUnit>
{
    public void Configure(EntityTypeBuilder<SteeringCommittee> b)
    {
        b.ToTable("SteeringCommittees");
        b.Property(c => c.Name).HasMaxLength(FieldLength.Title);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => c.UnitId).IsUnique();
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.RulesDocument).WithMany().HasForeignKey(c => c.RulesDocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("CommitteeMembers");
        b.Property(m => m.PersonName).HasMaxLength(FieldLength.PersonName);
        b.Property(m => m.JobTitle).HasMaxLength(FieldLength.Name);
        b.Property(m => m.Responsibility).HasMaxLength(FieldLength.Line);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(m => new { m.CommitteeId, m.To });
        b.HasOne(m => m.Committee).WithMany(c => c.Members).HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.AreaUnit).WithMany().HasForeignKey(m => m.AreaUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CommitteeChange> b)
    {
        b.ToTable("CommitteeChanges");
        b.HasIndex(c => new { c.CommitteeId, c.EffectiveOn });
        b.HasOne(c => c.Committee).WithMany(c => c.Changes).HasForeignKey(c => c.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CommitteeMeeting> b)
    {
        b.ToTable("CommitteeMeetings");
        b.Property(m => m.Place).HasMaxLength(FieldLength.Name);
        b.Property(m => m.Chair).HasMaxLength(FieldLength.PersonName);
        b.Property(m => m.Minutes).HasMaxLength(FieldLength.Minutes);
        b.Property(m => m.Conclusions).HasMaxLength(FieldLength.LongText);
        b.Property(m => m.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(m => new { m.UnitId, m.HeldOn });
        b.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SteeringCommittee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SteeringDocument> b)
    {
        b.ToTable("SteeringDocuments");
        b.Property(d => d.IssuingBody).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Format).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(d => d.NumberAndSymbol).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(d => d.DraftingOffice).HasMaxLength(FieldLength.ShortCode);
        b.Property(d => d.SignerName).HasMaxLength(FieldLength.PersonName);
        b.Property(d => d.SignerTitle).HasMaxLength(FieldLength.Name);
        b.Property(d => d.Summary).HasMaxLength(FieldLength.Line);
        b.Property(d => d.Implements).HasMaxLength(FieldLength.Line);
        b.Property(d => d.Recipients).HasMaxLength(FieldLength.Paragraph);
        b.Property(d => d.Sender).HasMaxLength(FieldLength.Name);
        b.Property(d => d.Body).HasMaxLength(FieldLength.Minutes);
        b.Property(d => d.FileName).HasMaxLength(Platform.Files.FileUploads.MaxFileNameLength);
        b.Property(d => d.ContentType).HasMaxLength(FieldLength.Label);
        b.Property(d => d.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(d => d.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(d => new { d.UnitId, d.IssuedOn });
        // A number is never given twice in a series: the counter gives it, this index holds it.
        b.Property(d => d.Series).HasMaxLength(20);
        b.HasIndex(d => new { d.UnitId, d.IssuingBody, d.Year, d.Series, d.Number }).IsUnique();
        b.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SteeringDocument>().WithMany().HasForeignKey(d => d.ImplementsId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DocumentCounter> b)
    {
        b.ToTable("SteeringDocumentCounters");
        b.HasKey(c => new { c.UnitId, c.IssuingBody, c.Year, c.Series });
        b.Property(c => c.IssuingBody).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Series).HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<SteeringPlan> b)
    {
        b.ToTable("SteeringPlans");
        b.Property(p => p.Title).HasMaxLength(FieldLength.Title);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(p => new { p.UnitId, p.From });
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Document).WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SteeringTask> b)
    {
        b.ToTable("SteeringTasks");
        b.Property(t => t.Title).HasMaxLength(FieldLength.Line);
        b.Property(t => t.ExpectedOutput).HasMaxLength(FieldLength.Line);
        b.Property(t => t.Coordinators).HasMaxLength(FieldLength.Line);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(10);
        b.Property(t => t.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(t => new { t.State, t.DueOn });
        b.HasIndex(t => new { t.AssigneeUnitId, t.DueOn });
        b.HasIndex(t => new { t.OwnerUnitId, t.DueOn });
        b.HasIndex(t => t.PlanId);
        b.HasIndex(t => t.NoticeId);
        b.HasOne(t => t.OwnerUnit).WithMany().HasForeignKey(t => t.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.AssigneeUnit).WithMany().HasForeignKey(t => t.AssigneeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.AssigneeMember).WithMany().HasForeignKey(t => t.AssigneeMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Plan).WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Notice).WithMany().HasForeignKey(t => t.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<TaskProgress> b)
    {
        b.ToTable("SteeringTaskProgress");
        b.Property(p => p.Note).HasMaxLength(FieldLength.Paragraph);
        b.Property(p => p.FileName).HasMaxLength(Platform.Files.FileUploads.MaxFileNameLength);
        b.Property(p => p.ContentType).HasMaxLength(FieldLength.Label);
        b.Property(p => p.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(p => p.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(p => p.TaskId);
        b.HasOne(p => p.Task).WithMany(t => t.Progress).HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SteeringInspection> b)
    {
        b.ToTable("SteeringInspections");
        b.Property(i => i.Title).HasMaxLength(FieldLength.Title);
        b.Property(i => i.Team).HasMaxLength(FieldLength.Paragraph);
        b.Property(i => i.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(i => new { i.UnitId, i.From });
        b.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.Notice).WithMany().HasForeignKey(i => i.NoticeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<InspectedUnit> b)
    {
        b.ToTable("SteeringInspectedUnits");
        b.Property(u => u.Findings).HasMaxLength(FieldLength.LongText);
        b.HasIndex(u => new { u.InspectionId, u.UnitId }).IsUnique();
        b.HasOne(u => u.Inspection).WithMany(i => i.Units).HasForeignKey(u => u.InspectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
