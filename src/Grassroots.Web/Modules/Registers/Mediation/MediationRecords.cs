using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Registers.Mediation;

/// <summary>
/// What a dispute is about. The last four are what the law keeps out of grassroots mediation (LHGCS Điều 3 khoản 1,
/// docs/legal.md LHGCS-3): a case of one of them is refused, with where to take it instead.
/// </summary>
public enum DisputeKind
{
    /// <summary>Tranh chấp đất đai, ranh giới giữa các hộ.</summary>
    Land,

    /// <summary>Mâu thuẫn giữa hàng xóm, láng giềng.</summary>
    Neighbours,

    /// <summary>Mâu thuẫn trong gia đình (vợ chồng, cha mẹ, con cái, anh chị em).</summary>
    Family,

    /// <summary>Tranh chấp thừa kế, tài sản.</summary>
    Property,

    /// <summary>Vay mượn, nợ nần, hợp đồng dân sự nhỏ.</summary>
    Debt,

    /// <summary>Ô nhiễm, nước thải, chăn nuôi gây ảnh hưởng.</summary>
    Environment,

    Other,

    /// <summary>Xâm phạm lợi ích của Nhà nước, lợi ích công cộng (Điều 3 khoản 1 điểm a): not mediated.</summary>
    PublicInterest,

    /// <summary>Hôn nhân, gia đình, giao dịch dân sự mà pháp luật tố tụng dân sự không cho hòa giải (điểm b): not mediated.</summary>
    NotMediableCivil,

    /// <summary>Phải truy cứu trách nhiệm hình sự (điểm c): not mediated.</summary>
    Criminal,

    /// <summary>Phải xử lý vi phạm hành chính (điểm c): not mediated.</summary>
    AdministrativeViolation,
}

/// <summary>How a case came to the team (LHGCS Điều 16: the parties' request, the team's own finding, a body's proposal).</summary>
public enum CaseSource
{
    PartiesRequest,
    TeamInitiative,
    Referred,

    /// <summary>A letter of the petitions register handed over to the team.</summary>
    Petition,
}

public enum CaseStatus
{
    Ongoing,

    /// <summary>Hòa giải thành: the parties agreed (a written agreement where they asked for one).</summary>
    Successful,

    /// <summary>Hòa giải không thành: the next step is said (court, the commune, another body).</summary>
    Failed,

    /// <summary>The parties withdrew the request or settled it themselves.</summary>
    Withdrawn,
}

/// <summary>Whether the parties kept their agreement, as the team followed it up (LHGCS Điều 25).</summary>
public enum AgreementCompliance
{
    Honoured,
    PartlyHonoured,
    NotHonoured,
}

/// <summary>A grassroots mediation team (tổ hòa giải) of a village or residential group, with its members (LHGCS Điều 12).</summary>
public sealed class MediationTeam : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The village (thôn, tổ dân phố) or, where villages are not in the directory, the commune.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>"Tổ hòa giải thôn Phú Lộc".</summary>
    public required string Name { get; set; }

    /// <summary>The day the commune chairman recognised the team (quyết định công nhận).</summary>
    public DateOnly RecognisedOn { get; set; }
    public string? DecisionNumber { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<MediationMember> Members { get; set; } = [];
}

public sealed class MediationMember : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(MediationTeam), TeamId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public required string FullName { get; set; }
    public bool IsWoman { get; set; }
    public bool IsLeader { get; set; }
}

/// <summary>A mediation case (vụ việc hòa giải): the parties, the dispute, where it came from, its sessions and outcome.</summary>
public sealed class MediationCase : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The team's unit: the case counts there and in every unit above it.</summary>
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid TeamId { get; set; }
    public MediationTeam? Team { get; set; }

    public DateOnly ReceivedOn { get; set; }
    public required string PartyA { get; set; }
    public required string PartyB { get; set; }
    public DisputeKind Kind { get; set; }
    public CaseSource Source { get; set; }
    public required string Summary { get; set; }

    /// <summary>The letter handed over from the petitions register, and its tracking code.</summary>
    public Guid? PetitionId { get; set; }
    public string? PetitionCode { get; set; }

    public CaseStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Văn bản hòa giải thành: what the parties agreed, and that both of them signed it.</summary>
    public string? Agreement { get; set; }
    public bool PartyASigned { get; set; }
    public bool PartyBSigned { get; set; }

    /// <summary>Không thành: what comes next (court, the commune's land mediation, another body).</summary>
    public string? NextStep { get; set; }

    public AgreementCompliance? Compliance { get; set; }
    public DateOnly? FollowedUpOn { get; set; }
    public string? FollowUpNote { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<MediationSession> Sessions { get; set; } = [];
}

public sealed class MediationSession : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(MediationCase), CaseId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Mediators { get; set; }
    public string? Note { get; set; }
}

internal sealed class MediationConfiguration : IEntityTypeConfiguration<MediationTeam>, IEntityTypeConfiguration<MediationMember>,
    IEntityTypeConfiguration<MediationCase>, IEntityTypeConfiguration<MediationSession>
{
    public void Configure(EntityTypeBuilder<MediationTeam> b)
    {
        b.ToTable("MediationTeams");
        b.Property(t => t.Name).HasMaxLength(FieldLength.Name);
        b.Property(t => t.DecisionNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(t => t.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(t => t.UnitId);
        b.HasOne(t => t.Unit).WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MediationMember> b)
    {
        b.ToTable("MediationMembers");
        b.Property(m => m.FullName).HasMaxLength(FieldLength.PersonName);
        b.HasIndex(m => m.TeamId);
        b.HasOne<MediationTeam>().WithMany(t => t.Members).HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MediationCase> b)
    {
        b.ToTable("MediationCases");
        b.Property(c => c.PartyA).HasMaxLength(FieldLength.Name);
        b.Property(c => c.PartyB).HasMaxLength(FieldLength.Name);
        b.Property(c => c.Summary).HasMaxLength(FieldLength.LongText);
        b.Property(c => c.PetitionCode).HasMaxLength(FieldLength.Label);
        b.Property(c => c.Agreement).HasMaxLength(FieldLength.LongText);
        b.Property(c => c.NextStep).HasMaxLength(FieldLength.Line);
        b.Property(c => c.FollowUpNote).HasMaxLength(FieldLength.Line);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => new { c.UnitId, c.ReceivedOn });
        b.HasIndex(c => c.ReceivedOn);
        b.HasIndex(c => c.PetitionId);
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Team).WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MediationSession> b)
    {
        b.ToTable("MediationSessions");
        b.Property(s => s.Mediators).HasMaxLength(FieldLength.Line);
        b.Property(s => s.Note).HasMaxLength(FieldLength.Line);
        b.HasIndex(s => s.CaseId);
        b.HasOne<MediationCase>().WithMany(c => c.Sessions).HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
