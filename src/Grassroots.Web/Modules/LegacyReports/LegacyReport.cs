using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Grassroots.Import.Reading;

namespace Grassroots.Web.Modules.LegacyReports;

/// <summary>Where an imported report stands: read and waiting for an officer's review, or its figures accepted.</summary>
public enum LegacyReportStatus { Review, Accepted }

/// <summary>
/// A report of the time before the platform (Word, PDF, a scan, a text file in a legacy encoding) as it was read: the
/// text as read, the text with its marks restored, what the heading and signature say, and the figures found, which an
/// officer corrects, maps to units and periods and accepts into the indicators. The file itself is kept
/// (<see cref="LegacyReportFile"/>) and the text is searchable without marks ("dam rong" finds "Đam Rông").
/// </summary>
public sealed class LegacyReport : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string FileName { get; set; }
    public ReportFormat Format { get; set; }
    public string? SourceEncoding { get; set; }
    public int Pages { get; set; }
    public required string Sha256 { get; set; }
    public bool Restored { get; set; }
    public LegacyReportContent? Content { get; set; }

    public string? IssuingBody { get; set; }
    public string? ParentBody { get; set; }
    public string? DocumentNumber { get; set; }
    public string? PlaceOfIssue { get; set; }
    public DateOnly? DateOfIssue { get; set; }
    public string? DocumentType { get; set; }
    public string? Title { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }
    public string? Addressee { get; set; }
    public LegacyReportStatus Status { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public List<LegacyReportFigure> Figures { get; set; } = [];
}

/// <summary>The file as uploaded and its text as read and as restored (kept apart so lists never load them, and out of
/// the audit log, which records the report's metadata and not sixty kilobytes of text at each change).</summary>
public sealed class LegacyReportContent : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(LegacyReport), ReportId);

    public Guid ReportId { get; set; }
    public required string ContentType { get; set; }
    public required byte[] File { get; set; }
    public required string Text { get; set; }
    public required string RestoredText { get; set; }

    /// <summary>The words the restorer changed or doubted, as JSON [start, length, restored, confidence] in <see cref="Text"/>.</summary>
    public required string Changes { get; set; }

    /// <summary>Lower case without marks: what the search compares.</summary>
    public required string SearchText { get; set; }
}

/// <summary>What became of a figure when its report was accepted.</summary>
public enum FigureOutcome { Stored, ReplacedEntered, ComputedKept, Left }

/// <summary>A figure of the report: the value read, the words it counts, its unit of measure, the catalogue key it maps
/// to, the exact characters it came from (start and length in the text as read) and how sure the reading is; the officer
/// sets the unit and period it counts for and whether it goes into the indicators.</summary>
public sealed class LegacyReportFigure : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(LegacyReport), ReportId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public int Order { get; set; }
    public decimal Value { get; set; }
    public required string Label { get; set; }
    public string? Measure { get; set; }
    public string? Key { get; set; }
    public required string Scope { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Quote { get; set; }
    public double Confidence { get; set; }
    public int? UnitId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public bool Include { get; set; }
    public FigureOutcome? Outcome { get; set; }
}

internal sealed class LegacyReportConfiguration : IEntityTypeConfiguration<LegacyReport>, IEntityTypeConfiguration<LegacyReportContent>, IEntityTypeConfiguration<LegacyReportFigure>
{
    public void Configure(EntityTypeBuilder<LegacyReport> b)
    {
        b.ToTable("LegacyReports");
        b.Property(r => r.FileName).HasMaxLength(FieldLength.Name);
        b.Property(r => r.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.SourceEncoding).HasMaxLength(20);
        b.Property(r => r.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        foreach (var p in new[] { nameof(LegacyReport.IssuingBody), nameof(LegacyReport.ParentBody), nameof(LegacyReport.PlaceOfIssue), nameof(LegacyReport.SignerName),
                     nameof(LegacyReport.SignerTitle), nameof(LegacyReport.Addressee) })
            b.Property(p).HasMaxLength(FieldLength.Line);
        b.Property(r => r.DocumentNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.Property(r => r.DocumentType).HasMaxLength(FieldLength.Label);
        b.Property(r => r.Title).HasMaxLength(FieldLength.Paragraph);
        b.Property(r => r.UploadedBy).HasMaxLength(FieldLength.UserName);
        b.Property(r => r.AcceptedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(r => new { r.UnitId, r.UploadedAt });
        b.HasIndex(r => new { r.UnitId, r.Sha256 });
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Content).WithOne().HasForeignKey<LegacyReportContent>(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<LegacyReportContent> b)
    {
        b.ToTable("LegacyReportContents");
        b.HasKey(f => f.ReportId);
        b.Property(f => f.ContentType).HasMaxLength(FieldLength.Label);
    }

    public void Configure(EntityTypeBuilder<LegacyReportFigure> b)
    {
        b.ToTable("LegacyReportFigures");
        b.Property(f => f.Value).HasPrecision(18, 4);
        b.Property(f => f.Label).HasMaxLength(FieldLength.Line);
        b.Property(f => f.Measure).HasMaxLength(FieldLength.Label);
        b.Property(f => f.Key).HasMaxLength(80);
        b.Property(f => f.Scope).HasMaxLength(FieldLength.Label);
        b.Property(f => f.Quote).HasMaxLength(FieldLength.Line);
        b.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(f => new { f.ReportId, f.Order }).IsUnique();
        b.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
