using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Supervision;

/// <summary>The two boards of the people's supervision in a commune (L10 Điều 30–45; docs/legal.md SUP-BOARD-5).</summary>
public enum BoardKind
{
    /// <summary>Ban Thanh tra nhân dân: one per commune, elected at the villages' meetings.</summary>
    Inspection,

    /// <summary>Ban giám sát đầu tư của cộng đồng: one per investment project, set up by the commune Front.</summary>
    Investment,
}

public enum MemberRole
{
    Head,
    Deputy,
    Member,
}

/// <summary>What a member of an investment board declared about the project (none may be its investor, contractor, consultant or their relative).</summary>
public enum ConflictOfInterest
{
    None,
    Investor,
    Contractor,
    Consultant,
    RelativeOfInvestor,
    RelativeOfContractor,
    RelativeOfConsultant,
}

/// <summary>A board's plans: its programme for a quarter, a half-year or a year, and each inspection's own plan.</summary>
public enum PlanKind
{
    Quarterly,
    HalfYear,
    Yearly,
    Inspection,
}

/// <summary>What a session is, and which indicator counts it.</summary>
public enum SessionKind
{
    /// <summary>A check or supervision by the People's Inspection Board.</summary>
    Inspection,

    /// <summary>A supervision of a project by its community investment supervision board.</summary>
    Investment,

    /// <summary>A supervision by the Front or a mass organisation (giám sát).</summary>
    FrontSupervision,

    /// <summary>A social criticism (phản biện xã hội) of a draft.</summary>
    Criticism,

    /// <summary>Comments on a draft legal document (góp ý dự thảo văn bản).</summary>
    DraftComment,
}

/// <summary>Who supervised: the Front or one of the mass organisations ("Ủy ban MTTQ 04 cuộc; Hội Cựu chiến binh 01 cuộc...").</summary>
public enum Supervisor
{
    Front,
    Veterans,
    Farmers,
    Labour,
    Women,
    Youth,
}

/// <summary>How a social criticism was held.</summary>
public enum CriticismForm
{
    /// <summary>Hội nghị phản biện xã hội.</summary>
    Conference,

    /// <summary>Gửi dự thảo văn bản được phản biện đến các cơ quan, tổ chức, cá nhân.</summary>
    DraftSent,

    /// <summary>Đối thoại trực tiếp.</summary>
    Dialogue,
}

/// <summary>The deputies a voters' meeting is held with.</summary>
public enum DeputyLevel
{
    NationalAssembly,
    ProvincialCouncil,
    DistrictCouncil,
    CommuneCouncil,
}

/// <summary>Whom a head holds a dialogue with.</summary>
public enum DialogueGroup
{
    People,
    Youth,
    Farmers,
    Workers,
    Women,
    Business,
}

/// <summary>What raised a recommendation: every one is followed in the same tracker.</summary>
public enum RecommendationSource
{
    InspectionBoard,
    InvestmentBoard,
    Front,
    Criticism,
    Voters,
    Dialogue,
}

/// <summary>Whether the recommender accepts the answer.</summary>
public enum Acceptance
{
    Pending,
    Accepted,
    NotAccepted,
}

/// <summary>
/// A People's Inspection Board or a community investment supervision board of a commune. An inspection board elected
/// through a community decision waits for the vote (<see cref="ElectionMatterId"/>) and is in place from the day the
/// election is confirmed; a board recorded from paper is in place from <see cref="EstablishedOn"/>.
/// </summary>
public sealed class SupervisionBoard : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public BoardKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>The day it is in place (null while its election is open).</summary>
    public DateOnly? EstablishedOn { get; set; }

    /// <summary>The end of the term (the village heads' term for an inspection board).</summary>
    public DateOnly? TermEndsOn { get; set; }

    public DateOnly? DissolvedOn { get; set; }

    /// <summary>The community decision (Decisions module) that elects it, matter 5 of L10 Điều 15.</summary>
    public Guid? ElectionMatterId { get; set; }

    public string? ElectionCommunity { get; set; }

    public string? ProjectName { get; set; }
    public string? Investor { get; set; }
    public decimal? Funds { get; set; }
    public string? ProjectPlace { get; set; }
    public DateOnly? ProjectStartsOn { get; set; }
    public DateOnly? ProjectEndsOn { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<BoardMember> Members { get; set; } = [];

    public bool IsInPlaceOn(DateOnly day) => EstablishedOn is { } e && e <= day && (DissolvedOn is null || DissolvedOn > day);
}

/// <summary>A member of a board: elected (or a candidate while the election is open), and when they left.</summary>
public sealed class BoardMember : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(SupervisionBoard), BoardId);

    int? IAudited.AuditUnitId => Board?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BoardId { get; set; }
    public SupervisionBoard? Board { get; set; }
    public required string Name { get; set; }
    public MemberRole Role { get; set; }

    /// <summary>Where they live (the village) or whom they represent (the Front, the inspection board, the residents of the project's area).</summary>
    public string? Residence { get; set; }

    /// <summary>Declared a commune official (cán bộ, công chức cấp xã): refused on an inspection board.</summary>
    public bool IsCommuneOfficial { get; set; }

    public ConflictOfInterest Conflict { get; set; }

    /// <summary>Null while a candidate of an open election.</summary>
    public DateOnly? ElectedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public bool IsActiveOn(DateOnly day) => ElectedOn is { } e && e <= day && (LeftOn is null || LeftOn > day);
}

/// <summary>A board's plan: its programme for a period, or one inspection's plan sent ahead to the Front, the commune chairman and the inspected body.</summary>
public sealed class SupervisionPlan : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BoardId { get; set; }
    public SupervisionBoard? Board { get; set; }
    public int UnitId { get; set; }
    public PlanKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Content { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>The body inspected (an inspection plan).</summary>
    public string? Target { get; set; }

    /// <summary>The day the plan was sent to the Front, the commune chairman and the inspected body.</summary>
    public DateOnly? SentOn { get; set; }

    /// <summary>The first day the inspection may start, on the legal clock (rule SUP-PLAN-5WD).</summary>
    public DateOnly? EarliestStart { get; set; }

    public string? Explanation { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>A supervision, a check, a social criticism or comments on a draft, with its findings.</summary>
public sealed class SupervisionSession : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public SessionKind Kind { get; set; }
    public Guid? BoardId { get; set; }
    public Guid? PlanId { get; set; }
    public Supervisor? Supervisor { get; set; }
    public CriticismForm? Form { get; set; }
    public required string Topic { get; set; }

    /// <summary>The body supervised or inspected.</summary>
    public string? SupervisedBody { get; set; }

    /// <summary>The document criticised or commented on.</summary>
    public string? Document { get; set; }

    /// <summary>Units visited ("9 cuộc giám sát tại 81 lượt đơn vị").</summary>
    public int UnitsVisited { get; set; }

    public DateOnly HeldOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? Findings { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>A voters' meeting (tiếp xúc cử tri) with deputies of one level, in one constituency.</summary>
public sealed class VotersMeeting : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DeputyLevel Level { get; set; }
    public required string Constituency { get; set; }
    public required string Deputies { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    public int Attendance { get; set; }

    /// <summary>Unanswered petitions of earlier meetings of the constituency when this one was held, carried to it (counted when it was recorded).</summary>
    public int CarriedOver { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>A dialogue (đối thoại) between a head and the people or a group: announced ahead, its result published after.</summary>
public sealed class Dialogue : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string HeadName { get; set; }
    public required string HeadTitle { get; set; }
    public DialogueGroup Group { get; set; }
    public DateOnly AnnouncedOn { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }
    public int Participants { get; set; }

    /// <summary>Held because at least 10 % of the voters asked.</summary>
    public bool RequestedByVoters { get; set; }

    /// <summary>How many voters asked for it, and how many voters the commune has (when it was asked for by the voters).</summary>
    public int? VotersAsking { get; set; }

    public int? Voters { get; set; }

    public DateOnly? ResultsPublishedOn { get; set; }

    /// <summary>The last day to publish the results (rule DLG-RESULTS-10), when the rule applied.</summary>
    public DateOnly? ResultsDueOn { get; set; }

    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// One recommendation, petition or commitment, whatever raised it: to whom it is addressed, its due answer on the legal
/// clock, the answer, whether the recommender accepts it, its escalation when overdue, and whether the portal shows it.
/// </summary>
public sealed class Recommendation : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The unit where it was raised.</summary>
    public int UnitId { get; set; }

    public Unit? Unit { get; set; }
    public RecommendationSource Source { get; set; }

    /// <summary>The session, voters' meeting or dialogue that raised it.</summary>
    public Guid SourceId { get; set; }

    public int Number { get; set; }
    public required string Content { get; set; }

    /// <summary>The group a voters' petition was filed under (land, roads, social policy...).</summary>
    public string? Group { get; set; }

    /// <summary>The voter or the member who raised it (never on the portal).</summary>
    public string? RaisedBy { get; set; }

    public int AddressedUnitId { get; set; }
    public Unit? AddressedUnit { get; set; }

    /// <summary>The office of the addressed unit, when named (Phòng Tài nguyên và Môi trường).</summary>
    public string? AddressedBody { get; set; }

    /// <summary>The day it was sent (forwarded) to the addressee: the legal clock starts there.</summary>
    public DateOnly SentOn { get; set; }

    public DateOnly DueOn { get; set; }
    public required string DueExplanation { get; set; }

    /// <summary>A head's commitment at a dialogue (followed as a task to its end), rather than a recommendation to answer.</summary>
    public bool IsCommitment { get; set; }

    public bool IsPublic { get; set; }

    public DateOnly? AnsweredOn { get; set; }
    public string? Answer { get; set; }
    public int? AnsweredByUnitId { get; set; }
    public string? AnsweredBy { get; set; }

    public Acceptance Acceptance { get; set; }
    public string? AcceptanceNote { get; set; }

    public DateOnly? EscalatedOn { get; set; }
    public int? EscalatedToUnitId { get; set; }
    public Unit? EscalatedToUnit { get; set; }
    public string? EscalationNote { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<SupervisionBoard>, IEntityTypeConfiguration<BoardMember>,
    IEntityTypeConfiguration<SupervisionPlan>, IEntityTypeConfiguration<SupervisionSession>, IEntityTypeConfiguration<VotersMeeting>,
    IEntityTypeConfiguration<Dialogue>, IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<SupervisionBoard> b)
    {
        b.ToTable("SupervisionBoards");
        b.Property(x => x.Name).HasMaxLength(FieldLength.Title);
        b.Property(x => x.ElectionCommunity).HasMaxLength(FieldLength.Name);
        b.Property(x => x.ProjectName).HasMaxLength(FieldLength.Title);
        b.Property(x => x.Investor).HasMaxLength(FieldLength.Name);
        b.Property(x => x.ProjectPlace).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Funds).HasPrecision(18, 0);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.UnitId, x.Kind });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BoardMember> b)
    {
        b.ToTable("SupervisionBoardMembers");
        b.Property(x => x.Name).HasMaxLength(FieldLength.PersonName);
        b.Property(x => x.Residence).HasMaxLength(FieldLength.Name);
        b.HasIndex(x => x.BoardId);
        b.HasOne(x => x.Board).WithMany(x => x.Members).HasForeignKey(x => x.BoardId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SupervisionPlan> b)
    {
        b.ToTable("SupervisionPlans");
        b.Property(x => x.Title).HasMaxLength(FieldLength.Title);
        b.Property(x => x.Content).HasMaxLength(FieldLength.Text);
        b.Property(x => x.Target).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Explanation).HasMaxLength(FieldLength.Line);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => x.BoardId);
        b.HasOne(x => x.Board).WithMany().HasForeignKey(x => x.BoardId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SupervisionSession> b)
    {
        b.ToTable("SupervisionSessions");
        b.Property(x => x.Topic).HasMaxLength(FieldLength.Title);
        b.Property(x => x.SupervisedBody).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Document).HasMaxLength(FieldLength.Title);
        b.Property(x => x.Findings).HasMaxLength(FieldLength.Minutes);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.UnitId, x.HeldOn });
        b.HasIndex(x => x.BoardId);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<VotersMeeting> b)
    {
        b.ToTable("VotersMeetings");
        b.Property(x => x.Constituency).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Deputies).HasMaxLength(FieldLength.Line);
        b.Property(x => x.Place).HasMaxLength(FieldLength.Name);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.UnitId, x.HeldOn });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Dialogue> b)
    {
        b.ToTable("Dialogues");
        b.Property(x => x.HeadName).HasMaxLength(FieldLength.PersonName);
        b.Property(x => x.HeadTitle).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Place).HasMaxLength(FieldLength.Name);
        b.Property(x => x.Summary).HasMaxLength(FieldLength.Minutes);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.UnitId, x.HeldOn });
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.ToTable("Recommendations");
        b.Property(x => x.Content).HasMaxLength(FieldLength.Text);
        b.Property(x => x.Group).HasMaxLength(FieldLength.Label);
        b.Property(x => x.RaisedBy).HasMaxLength(FieldLength.PersonName);
        b.Property(x => x.AddressedBody).HasMaxLength(FieldLength.Name);
        b.Property(x => x.DueExplanation).HasMaxLength(FieldLength.Line);
        b.Property(x => x.Answer).HasMaxLength(FieldLength.Text);
        b.Property(x => x.AnsweredBy).HasMaxLength(FieldLength.UserName);
        b.Property(x => x.AcceptanceNote).HasMaxLength(FieldLength.Note);
        b.Property(x => x.EscalationNote).HasMaxLength(FieldLength.Note);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => new { x.UnitId, x.DueOn });
        b.HasIndex(x => new { x.AnsweredOn, x.DueOn });
        b.HasIndex(x => x.DueOn);
        b.HasIndex(x => new { x.AddressedUnitId, x.AnsweredOn, x.DueOn });
        b.HasIndex(x => x.SourceId);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AddressedUnit).WithMany().HasForeignKey(x => x.AddressedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.EscalatedToUnit).WithMany().HasForeignKey(x => x.EscalatedToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
