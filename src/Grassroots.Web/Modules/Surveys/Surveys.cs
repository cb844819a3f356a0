using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>The five elements of the SIPAS index (docs/legal.md SIPAS-ELEMENTS: QĐ 2640/QĐ-BNV 2017, QĐ 1001/QĐ-BNV 2023–2026).</summary>
public enum SurveyFactor
{
    Access = 1,
    Procedure = 2,
    CivilServant = 3,
    Result = 4,
    Feedback = 5,
}

/// <summary>What a SIPAS question asks of an element: what the person met, how satisfied, what they expect.</summary>
public enum SurveyAspect
{
    Perception,
    Satisfaction,
    Expectation,
}

public enum QuestionKind
{
    /// <summary>A point on a scale 1 … <see cref="SurveyQuestion.ScaleMax"/> (SIPAS: 1 very unsatisfied … 5 very satisfied).</summary>
    Scale,

    /// <summary>One of the listed choices (<see cref="SurveyQuestion.Choices"/>, one a line), answered by its number.</summary>
    Choice,

    /// <summary>Free text.</summary>
    Text,
}

public enum QuestionnaireStatus
{
    Draft,
    Published,
}

public enum CampaignStatus
{
    Open,
    Closed,
}

/// <summary>How a response came in: the unit's portal page, the QR code at the one-stop counter, a paper form typed in by an officer.</summary>
public enum ResponseChannel
{
    Portal,
    Qr,
    Paper,
}

/// <summary>
/// A questionnaire in one version. A draft is edited; a published version is never edited (docs/surveys.md): a change
/// is a new draft version of the same <see cref="Code"/>. <see cref="UnitId"/> is null for the questionnaires the
/// application ships (the SIPAS template), which every unit may use and nobody edits.
/// </summary>
public sealed class Questionnaire : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>The family of versions ("sipas-2017").</summary>
    public required string Code { get; set; }
    public int Number { get; set; } = 1;
    public required string Title { get; set; }
    public string? Introduction { get; set; }
    public QuestionnaireStatus Status { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

/// <summary>A question of a questionnaire version, in its section. SIPAS questions name their element and aspect.</summary>
public sealed class SurveyQuestion : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Questionnaire), QuestionnaireId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid QuestionnaireId { get; set; }

    /// <summary>Order of the question in the questionnaire (1, 2, …); also its number on the form.</summary>
    public int Number { get; set; }
    public required string Section { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }
    public int ScaleMax { get; set; } = 5;
    public string? Choices { get; set; }
    public bool Required { get; set; }
    public SurveyFactor? Factor { get; set; }
    public SurveyAspect? Aspect { get; set; }

    public IReadOnlyList<string> ChoiceList => Choices is null ? [] : Choices.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// A survey of one unit over a period with a published questionnaire and a target sample. Open, it takes answers from
/// its public link (<see cref="PublicCode"/>: the portal, the QR code at the counter) and paper forms; closed, its index
/// is published on the portal.
/// </summary>
public sealed class SurveyCampaign : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid QuestionnaireId { get; set; }
    public Questionnaire? Questionnaire { get; set; }
    public required string Title { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public int TargetSample { get; set; }

    /// <summary>One response per device (a cookie's random token, kept only as a hash with the campaign).</summary>
    public bool OnePerDevice { get; set; } = true;

    /// <summary>The short code of the public link (/p/s/{code}) printed as a QR code.</summary>
    public required string PublicCode { get; set; }
    public CampaignStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Responses received, raised by the intake in the transaction that stores them.</summary>
    public int Responses { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>
/// One anonymous response: no IP address, no device token, no account, no time of day (the day only), an id that carries
/// no time (a random v4 Guid), and the answers. Its satisfied and answered counts by element (<c>S1…S5</c>, <c>N1…N5</c>:
/// answers 4–5 on a 5-point scale among the satisfaction questions of the element) are kept beside the answers so that
/// the index is a sum over rows (docs/surveys.md).
/// </summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CampaignId { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public ResponseChannel Channel { get; set; }

    /// <summary>The answers, "number=value" a line (a scale point, a choice's number, or text), as submitted.</summary>
    public required string Answers { get; set; }
    public int S1 { get; set; }
    public int N1 { get; set; }
    public int S2 { get; set; }
    public int N2 { get; set; }
    public int S3 { get; set; }
    public int N3 { get; set; }
    public int S4 { get; set; }
    public int N4 { get; set; }
    public int S5 { get; set; }
    public int N5 { get; set; }
}

/// <summary>"This device has answered this campaign": the campaign and a hash of the device's token, nothing else — no link to the answers.</summary>
public sealed class SurveyDevice
{
    public Guid CampaignId { get; set; }
    public required string TokenHash { get; set; }
}

internal sealed class SurveysConfiguration : IEntityTypeConfiguration<Questionnaire>, IEntityTypeConfiguration<SurveyQuestion>,
    IEntityTypeConfiguration<SurveyCampaign>, IEntityTypeConfiguration<SurveyResponse>, IEntityTypeConfiguration<SurveyDevice>
{
    public void Configure(EntityTypeBuilder<Questionnaire> b)
    {
        b.ToTable("SurveyQuestionnaires");
        b.Property(q => q.Code).HasMaxLength(FieldLength.Label);
        b.Property(q => q.Title).HasMaxLength(FieldLength.Title);
        b.Property(q => q.Introduction).HasMaxLength(FieldLength.Paragraph);
        b.Property(q => q.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(q => new { q.Code, q.Number }).IsUnique();
        b.HasOne(q => q.Unit).WithMany().HasForeignKey(q => q.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(q => q.Questions).WithOne().HasForeignKey(x => x.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> b)
    {
        b.ToTable("SurveyQuestions");
        b.Property(q => q.Section).HasMaxLength(FieldLength.Title);
        b.Property(q => q.Text).HasMaxLength(FieldLength.Line);
        b.Property(q => q.Choices).HasMaxLength(FieldLength.Paragraph);
        b.Ignore(q => q.ChoiceList);
        b.HasIndex(q => new { q.QuestionnaireId, q.Number }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SurveyCampaign> b)
    {
        b.ToTable("SurveyCampaigns");
        b.Property(c => c.Title).HasMaxLength(FieldLength.Title);
        b.Property(c => c.PublicCode).HasMaxLength(FieldLength.ShortCode);
        b.Property(c => c.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(c => c.PublicCode).IsUnique();
        b.HasIndex(c => new { c.UnitId, c.From });
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Questionnaire).WithMany().HasForeignKey(c => c.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> b)
    {
        b.ToTable("SurveyResponses");
        b.Property(r => r.Answers).HasMaxLength(FieldLength.LongText);
        b.HasIndex(r => new { r.CampaignId, r.SubmittedOn });
        b.HasOne<SurveyCampaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SurveyDevice> b)
    {
        b.ToTable("SurveyDevices");
        b.HasKey(d => new { d.CampaignId, d.TokenHash });
        b.Property(d => d.TokenHash).HasMaxLength(64);
        b.HasOne<SurveyCampaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
