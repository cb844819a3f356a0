using Grassroots.Web.Modules.Decisions.Contracts;
using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>Hương ước of a village (thôn, làng, ấp, bản), quy ước of a residential group (tổ dân phố) — NĐ61 Điều 2.</summary>
public enum ConventionKind
{
    /// <summary>Hương ước.</summary>
    VillageConvention,

    /// <summary>Quy ước.</summary>
    GroupConvention,
}

/// <summary>Where one version of the text stands on its way from draft to text in force.</summary>
public enum ConventionStage
{
    Drafting,

    /// <summary>Posted at the community house and on the portal for comments (at least 30 days).</summary>
    Commenting,

    /// <summary>Put to the households as a community decision (L10 Điều 15 matter 3).</summary>
    Voting,

    /// <summary>Adopted by more than half of all households and signed.</summary>
    Adopted,

    /// <summary>The file asking for recognition was sent to the commune.</summary>
    FileSent,

    /// <summary>Recognised by the commune: the text in force.</summary>
    Recognised,

    /// <summary>The commune refused to recognise it, with its reason.</summary>
    Refused,

    /// <summary>Dropped before recognition (not adopted, withdrawn).</summary>
    Abandoned,

    /// <summary>Was in force until a later version was recognised.</summary>
    Superseded,
}

/// <summary>The documents of the file sent to the commune (NĐ61: the village head's request, the record of the vote, the adopted text).</summary>
[Flags]
public enum FileDocuments
{
    None = 0,

    /// <summary>Văn bản đề nghị công nhận của Trưởng thôn (Mẫu số 01).</summary>
    RequestLetter = 1,

    /// <summary>Biên bản cuộc họp hoặc biên bản lấy ý kiến thông qua (Mẫu số 02).</summary>
    VoteRecord = 2,

    /// <summary>Hương ước, quy ước đã được thông qua, có đủ chữ ký.</summary>
    AdoptedText = 4,
}

/// <summary>The convention of a residential community: one per community, its text changing only through versions.</summary>
public sealed class Convention : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => CommunityId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int CommunityId { get; set; }
    public Unit? Community { get; set; }
    public ConventionKind Kind { get; set; }

    /// <summary>"Hương ước thôn Tân Hòa".</summary>
    public required string Title { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<ConventionVersion> Versions { get; set; } = [];

    /// <summary>The commune recognised <paramref name="version"/> on <paramref name="on"/>: its text is in force, the one before it superseded.</summary>
    public void Recognise(ConventionVersion version, DateOnly on, string decisionNumber, string? by)
    {
        foreach (var previous in Versions.Where(v => v.Stage == ConventionStage.Recognised))
        {
            previous.Stage = ConventionStage.Superseded;
            previous.SupersededOn = on;
        }
        version.Stage = ConventionStage.Recognised;
        version.DecidedOn = on;
        version.DecisionNumber = decisionNumber;
        version.DecidedBy = by;
    }
}

/// <summary>
/// One version of the text: the first draft, or an amendment (sửa đổi, bổ sung) carrying the whole new text. Each goes
/// the same way: posted for comments, voted, adopted and signed, sent to the commune, recognised or refused.
/// </summary>
public sealed class ConventionVersion : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Convention), ConventionId);

    public const int TextMaxLength = FieldLength.Document;

    int? IAudited.AuditUnitId => CommunityId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ConventionId { get; set; }
    public int CommunityId { get; set; }

    /// <summary>1 for the first text, 2 for the first amendment...</summary>
    public int Number { get; set; }

    public ConventionStage Stage { get; set; }
    public required string Text { get; set; }

    /// <summary>For an amendment: what it changes and why.</summary>
    public string? AmendmentSummary { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public DateOnly? PostedOn { get; set; }
    public DateOnly? CommentsUntil { get; set; }

    /// <summary>The comments on the draft, taken by the Consultations module.</summary>
    public Guid? ConsultationId { get; set; }

    /// <summary>The households' vote, run by the Decisions module.</summary>
    public Guid? MatterId { get; set; }

    /// <summary>The day of the meeting that adopted it, or the last day of the household ballot.</summary>
    public DateOnly? AdoptedOn { get; set; }

    public int? VotesInFavour { get; set; }
    public int? HouseholdsAtAdoption { get; set; }
    public string? VillageHead { get; set; }
    public string? FrontHead { get; set; }
    public Guid? FirstSignerHouseholdId { get; set; }
    public string? FirstSigner { get; set; }
    public Guid? SecondSignerHouseholdId { get; set; }
    public string? SecondSigner { get; set; }

    public DateOnly? FileSentOn { get; set; }
    public FileDocuments FileDocuments { get; set; }

    /// <summary>The day the commune had every document; the recognition limit runs from it.</summary>
    public DateOnly? FileCompleteOn { get; set; }

    /// <summary>The day the commune recognised or refused.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>"15/QĐ-UBND": the commune's decision of recognition.</summary>
    public string? DecisionNumber { get; set; }

    public string? RefusalReason { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? SupersededOn { get; set; }
    public string? AbandonReason { get; set; }

    public bool IsInProgress => Stage is ConventionStage.Drafting or ConventionStage.Commenting or ConventionStage.Voting or ConventionStage.Adopted or ConventionStage.FileSent;

    /// <summary>Adopted by the households' vote: its day and count, and the four who sign the text.</summary>
    public void Adopt(CommunityVote vote, string villageHead, string frontHead, CommunityHousehold firstSigner, CommunityHousehold secondSigner)
    {
        AdoptedOn = vote.DecidedOn;
        VotesInFavour = vote.InFavour;
        HouseholdsAtAdoption = vote.Households;
        VillageHead = villageHead;
        FrontHead = frontHead;
        FirstSignerHouseholdId = firstSigner.Id;
        FirstSigner = Signer(firstSigner);
        SecondSignerHouseholdId = secondSigner.Id;
        SecondSigner = Signer(secondSigner);
        Stage = ConventionStage.Adopted;
    }

    /// <summary>The file went to the commune; complete, the commune's limit starts the same day.</summary>
    public void SendFile(DateOnly sentOn, FileDocuments documents)
    {
        FileSentOn = sentOn;
        FileDocuments = documents;
        FileCompleteOn = ConventionRules.IsComplete(documents) ? sentOn : null;
        Stage = ConventionStage.FileSent;
    }

    private static string Signer(CommunityHousehold household) => $"{household.RepresentativeName} (hộ số {household.Number})";
}

internal sealed class ConventionConfiguration : IEntityTypeConfiguration<Convention>, IEntityTypeConfiguration<ConventionVersion>
{
    public void Configure(EntityTypeBuilder<Convention> b)
    {
        b.ToTable("Conventions");
        b.Property(c => c.Title).HasMaxLength(FieldLength.Title);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => c.CommunityId).IsUnique();
        b.HasOne(c => c.Community).WithMany().HasForeignKey(c => c.CommunityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ConventionVersion> b)
    {
        b.ToTable("ConventionVersions");
        b.Property(v => v.Text).HasMaxLength(ConventionVersion.TextMaxLength);
        b.Property(v => v.AmendmentSummary).HasMaxLength(FieldLength.Summary);
        b.Property(v => v.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Property(v => v.VillageHead).HasMaxLength(FieldLength.Name);
        b.Property(v => v.FrontHead).HasMaxLength(FieldLength.Name);
        b.Property(v => v.FirstSigner).HasMaxLength(FieldLength.Name);
        b.Property(v => v.SecondSigner).HasMaxLength(FieldLength.Name);
        b.Property(v => v.FileDocuments).HasConversion<int>();
        b.Property(v => v.DecisionNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(v => v.RefusalReason).HasMaxLength(FieldLength.Paragraph);
        b.Property(v => v.DecidedBy).HasMaxLength(FieldLength.UserName);
        b.Property(v => v.AbandonReason).HasMaxLength(FieldLength.Paragraph);
        // Two officers acting on the same version at once: the second finds the stage moved and is refused.
        b.Property(v => v.Stage).IsConcurrencyToken();
        b.HasIndex(v => new { v.ConventionId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.CommunityId, v.Stage });
        b.HasIndex(v => v.MatterId);
        b.HasOne<Unit>().WithMany().HasForeignKey(v => v.CommunityId).OnDelete(DeleteBehavior.Restrict);
    }
}
