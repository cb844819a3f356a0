using System.Text.Json;
using System.Text.Json.Serialization;
using Grassroots.Web.Platform.Documents;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Reports;

public enum BlockKind
{
    /// <summary>Fixed text of the template.</summary>
    Text,

    /// <summary>A sentence with indicator figures: {key}, {key:02} (two digits), {key:cmp} (against the same period a year before), {key:prev}.</summary>
    Figures,

    /// <summary>A table of indicators by sub-unit (the unit alone in a commune's report), with a total row.</summary>
    Table,

    /// <summary>Prose the unit writes; a consolidated report gathers its sub-units' prose of the same key.</summary>
    Prose,

    /// <summary>
    /// A sentence on the documents the unit's bodies issued in the period ({count}), citing each in a footnote from the
    /// register ("Kế hoạch số 47/KH-UBND ngày 04/4/2022 của UBND huyện về …"); left out when none was issued.
    /// </summary>
    Documents,

    /// <summary>The open tasks the unit's committee gave, due by the end of the next period, numbered (the key tasks, drafted).</summary>
    Tasks,
}

/// <summary>
/// A block of a section. <see cref="Footnote"/> (figures allowed) prints as a footnote of the paragraph. A prose block
/// marked <see cref="Supervision"/> is the supervision part of the report, which the supervisors (the Fatherland Front,
/// the People's Inspection Board) may write too.
/// </summary>
public sealed record TemplateBlock(BlockKind Kind, string? Text = null, string? Footnote = null, IReadOnlyList<string>? Keys = null,
    string? ProseKey = null, string? Hint = null, bool? Supervision = null);

/// <summary>A numbered section: I., 1., 1.1. by depth.</summary>
public sealed record TemplateSection(string Title, IReadOnlyList<TemplateBlock>? Blocks = null, IReadOnlyList<TemplateSection>? Children = null);

/// <summary>
/// The body of a template. Header patterns may use {unit} (the unit's name), {place} (its name without the
/// kind word: "Đam Rông"), {period} ("6 tháng đầu năm 2022") and {next} ("6 tháng cuối năm 2022").
/// </summary>
public sealed record TemplateBody(
    HeaderStyle Style,
    string IssuingBody,
    string? ParentBody,
    string Symbol,
    string DocumentType,
    string Summary,
    string? Opening,
    IReadOnlyList<TemplateSection> Sections,
    string? Closing,
    string SignerAuthority,
    string SignerTitle,
    IReadOnlyList<string> Recipients)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TemplateBody FromJson(string json) => JsonSerializer.Deserialize<TemplateBody>(json, Json)!;

    // A body sent by a client may leave out any list, or hold nulls in it: they hold nothing.
    public IEnumerable<TemplateBlock> AllBlocks() => AllSections().SelectMany(s => (s.Blocks ?? []).OfType<TemplateBlock>());

    /// <summary>Every section, depth first.</summary>
    public IEnumerable<TemplateSection> AllSections() => (Sections ?? []).OfType<TemplateSection>().SelectMany(Flatten);

    /// <summary>The prose keys the supervisors may write.</summary>
    public IReadOnlySet<string> SupervisionKeys() =>
        AllBlocks().Where(b => b is { Kind: BlockKind.Prose, Supervision: true, ProseKey: { } }).Select(b => b.ProseKey!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<TemplateSection> Flatten(TemplateSection s) => [s, .. (s.Children ?? []).OfType<TemplateSection>().SelectMany(Flatten)];
}

/// <summary>A version of a report template. A change is a new version; periods keep the version they were opened with.</summary>
public sealed class ReportTemplate
{
    public const int KeyMaxLength = 60;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Key { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    public TemplateBody Parse() => TemplateBody.FromJson(Body);
}

internal sealed class ReportTemplateConfiguration : IEntityTypeConfiguration<ReportTemplate>
{
    public void Configure(EntityTypeBuilder<ReportTemplate> b)
    {
        b.ToTable("ReportTemplates");
        b.Property(t => t.Key).HasMaxLength(ReportTemplate.KeyMaxLength);
        b.Property(t => t.Name).HasMaxLength(FieldLength.Title);
        b.Property(t => t.CreatedBy).HasMaxLength(FieldLength.Name);
        b.HasIndex(t => new { t.Key, t.Version }).IsUnique();
    }
}
