using System.Security.Cryptography;
using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>The matters a residential community decides directly (L10 Điều 15).</summary>
public enum DecisionSubject
{
    /// <summary>(1) Chủ trương và mức đóng góp xây dựng công trình công cộng.</summary>
    PublicWorksContribution,

    /// <summary>(2) Việc thu, chi các khoản đóng góp khác, quỹ của cộng đồng.</summary>
    CommunityFunds,

    /// <summary>(3) Hương ước, quy ước.</summary>
    VillageConvention,

    /// <summary>(4) Bầu, miễn nhiệm Trưởng thôn, Tổ trưởng tổ dân phố.</summary>
    VillageHead,

    /// <summary>(5) Bầu, miễn nhiệm thành viên Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng.</summary>
    Boards,

    /// <summary>(6) Các công việc tự quản khác không trái pháp luật.</summary>
    OtherSelfManaged,
}

/// <summary>How households give their voice (NĐ59 Điều 4–5).</summary>
[Flags]
public enum DecisionForms
{
    None = 0,

    /// <summary>Hội nghị đại diện hộ gia đình, convened by the village head (L10 Điều 18).</summary>
    Meeting = 1,

    /// <summary>Phiếu lấy ý kiến hộ gia đình.</summary>
    HouseholdBallot = 2,

    /// <summary>Biểu quyết trực tuyến: only for matter (6).</summary>
    Online = 4,
}

public enum VoteForm
{
    Meeting,
    HouseholdBallot,
    Online,
}

/// <summary>A household of a residential community, with its current representative (NĐ59 Điều 3).</summary>
public sealed class Household : AggregateRoot, IAudited
{
    /// <summary>The household's code for voting online, as handed over on paper.</summary>
    public const int VoteCodeMaxLength = 16;

    int? IAudited.AuditUnitId => CommunityId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int CommunityId { get; set; }
    public Unit? Community { get; set; }

    /// <summary>The household's number in the community's roll ("015").</summary>
    public required string Number { get; set; }

    public required string RepresentativeName { get; set; }
    public string? Address { get; set; }

    /// <summary>The code the representative types to vote online; handed over on paper, never logged.</summary>
    [Confidential]
    public required string VoteCode { get; set; }

    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The citizen account of the current representative, which may cast the household's online votes after signing in.
    /// It belongs to the person, not the household: a new representative clears it.
    /// </summary>
    public Guid? RepresentativeAccountId { get; set; }

    /// <summary>The representative's email, for the notice that a vote opens; written to only with <see cref="EmailConsentAt"/>.</summary>
    public string? RepresentativeEmail { get; set; }

    /// <summary>When the representative agreed to be told by email (the consent is recorded, not assumed); null: never written to.</summary>
    public DateTime? EmailConsentAt { get; set; }

    /// <summary>The language of the notices: "vi" (the default) or "en".</summary>
    public string? EmailLanguage { get; set; }

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A fresh vote code: eight characters that cannot be misread (no 0/O, 1/I).</summary>
    public static string NewVoteCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });
}

/// <summary>A matter put to the households of a residential community (Dân bàn và quyết định).</summary>
public sealed class DecisionMatter : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => CommunityId;

    public const int OriginPathMaxLength = FieldLength.Name;
    public const int OriginTitleMaxLength = FieldLength.Path;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int CommunityId { get; set; }
    public Unit? Community { get; set; }
    public DecisionSubject Subject { get; set; }
    public required string Question { get; set; }
    public string? Details { get; set; }
    public DecisionForms Forms { get; set; }

    /// <summary>The commune chairman chose a household ballot (NĐ59 Điều 4).</summary>
    public bool BallotChosenByChairman { get; set; }

    /// <summary>The village head and the Front committee agreed to an online vote and the commune was told (NĐ59 Điều 5).</summary>
    public bool OnlineAgreed { get; set; }

    /// <summary>How many households chose to vote online: more than half of them are needed (NĐ59 Điều 5; docs/legal.md ND59-5-ONLINE).</summary>
    public int? HouseholdsChoosingOnline { get; set; }

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>Set when the vote was closed before its last day (the meeting ended).</summary>
    public DateTime? ClosedAt { get; set; }

    public DateOnly? MeetingHeldOn { get; set; }

    /// <summary>The day the households were told of the meeting (NĐ59 Điều 3: at least 2 days before; docs/legal.md ND59-3-NOTICE).</summary>
    public DateOnly? MeetingNoticeOn { get; set; }
    public int? MeetingHouseholdsPresent { get; set; }

    /// <summary>The minutes (biên bản) of the meeting.</summary>
    public string? Minutes { get; set; }

    public DateTime? RecognisedAt { get; set; }
    public string? RecognisedBy { get; set; }
    public string? RecognitionNote { get; set; }
    public int? HouseholdsAtRecognition { get; set; }

    /// <summary>The recognising body's document ("Quyết định số 12/QĐ-BTT ngày 2/12/2026"): required when the Front recognises.</summary>
    public string? RecognitionReference { get; set; }

    /// <summary>
    /// The page of what another module put to the vote ("/conventions/{id}" for a village convention), which the
    /// matter's page leads back to; such a result is recognised there, with what it decides.
    /// </summary>
    public string? OriginPath { get; set; }

    /// <summary>What the origin is called on the link ("Hương ước thôn Tân Hòa (lần 2)").</summary>
    public string? OriginTitle { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<DecisionOption> Options { get; set; } = [];

    /// <summary>
    /// A commune-wide matter is put to every village of the commune at once, one matter each sharing this id; it passes
    /// when at least two thirds of the villages adopt it (docs/legal.md L10-21-1-VILLAGES).
    /// </summary>
    public Guid? CommuneWideId { get; set; }

    public bool IsClosedOn(DateOnly today) => ClosedAt is not null || today > ClosesOn;

    /// <summary>The body the law names recognises the adopted result; the count of households is kept as it stood.</summary>
    public void Recognise(DateTime at, string? by, string? note, string? reference, DecisionResult result)
    {
        RecognisedAt = at;
        RecognisedBy = by;
        RecognitionNote = note;
        RecognitionReference = reference;
        HouseholdsAtRecognition = result.Households;
    }
}

public sealed class DecisionOption : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(DecisionMatter), MatterId);

    public int Id { get; set; }
    public Guid MatterId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
}

/// <summary>One household's voice on one matter, whatever the form: the unique index makes it one.</summary>
public sealed class DecisionVote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MatterId { get; set; }
    public Guid HouseholdId { get; set; }
    public int OptionId { get; set; }
    public VoteForm Form { get; set; }
    public DateTime CastAt { get; set; }

    /// <summary>The officer who entered a meeting or ballot vote; null for online votes.</summary>
    public string? EnteredBy { get; set; }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Household>, IEntityTypeConfiguration<DecisionMatter>,
    IEntityTypeConfiguration<DecisionOption>, IEntityTypeConfiguration<DecisionVote>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("Households");
        b.Property(h => h.Number).HasMaxLength(FieldLength.ShortCode);
        b.Property(h => h.RepresentativeName).HasMaxLength(FieldLength.Name);
        b.Property(h => h.Address).HasMaxLength(FieldLength.Title);
        b.Property(h => h.VoteCode).HasMaxLength(Household.VoteCodeMaxLength);
        b.Property(h => h.RepresentativeEmail).HasMaxLength(320);
        b.Property(h => h.EmailLanguage).HasMaxLength(10);
        b.HasIndex(h => new { h.CommunityId, h.Number }).IsUnique();
        b.HasIndex(h => h.VoteCode).IsUnique();
        // One household per account: a person represents one household. No foreign key to the accounts: accounts are
        // locked, never deleted, and adding one would make SQLite rebuild the roll's table.
        b.HasIndex(h => h.RepresentativeAccountId).IsUnique();
        b.HasOne(h => h.Community).WithMany().HasForeignKey(h => h.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DecisionMatter> b)
    {
        b.ToTable("DecisionMatters");
        b.Property(m => m.Question).HasMaxLength(FieldLength.Note);
        b.Property(m => m.Details).HasMaxLength(FieldLength.LongText);
        b.Property(m => m.Minutes).HasMaxLength(FieldLength.Minutes);
        b.Property(m => m.RecognisedBy).HasMaxLength(FieldLength.UserName);
        b.Property(m => m.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Property(m => m.RecognitionNote).HasMaxLength(FieldLength.Paragraph);
        b.Property(m => m.RecognitionReference).HasMaxLength(FieldLength.Title);
        b.Property(m => m.OriginPath).HasMaxLength(DecisionMatter.OriginPathMaxLength);
        b.Property(m => m.OriginTitle).HasMaxLength(DecisionMatter.OriginTitleMaxLength);
        b.Property(m => m.Forms).HasConversion<int>();
        b.HasIndex(m => new { m.CommunityId, m.OpensOn });
        b.HasIndex(m => m.CommuneWideId);
        b.HasOne(m => m.Community).WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Options).WithOne().HasForeignKey(o => o.MatterId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DecisionOption> b)
    {
        b.ToTable("DecisionOptions");
        b.Property(o => o.Text).HasMaxLength(FieldLength.Line);
    }

    public void Configure(EntityTypeBuilder<DecisionVote> b)
    {
        b.ToTable("DecisionVotes");
        b.Property(v => v.EnteredBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(v => new { v.MatterId, v.HouseholdId }).IsUnique();
        b.HasOne<DecisionMatter>().WithMany().HasForeignKey(v => v.MatterId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Household>().WithMany().HasForeignKey(v => v.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DecisionOption>().WithMany().HasForeignKey(v => v.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
