using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Registers.DanVan;

/// <summary>The four fields of the "Dân vận khéo" emulation movement.</summary>
public enum ModelField
{
    Economy,
    CultureSociety,
    DefenceSecurity,
    PoliticalSystem,
}

/// <summary>Who recognised a model.</summary>
public enum RecognitionLevel
{
    Commune,
    District,
    Province,
    Central,
}

/// <summary>A "Dân vận khéo" model (mô hình, điển hình): what it is, whose, who started it, since when.</summary>
public sealed class DanVanModel : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Name { get; set; }
    public ModelField Field { get; set; }
    public required string Description { get; set; }
    public required string StartedBy { get; set; }
    public int YearRegistered { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<ModelRecognition> Recognitions { get; set; } = [];
    public List<ModelReplication> Replications { get; set; } = [];
    public List<ModelEvidence> Evidence { get; set; } = [];
}

/// <summary>A recognition in the year's emulation round (bình xét): level, year, the decision and its date.</summary>
public sealed class ModelRecognition : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(DanVanModel), ModelId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ModelId { get; set; }
    public RecognitionLevel Level { get; set; }
    public int Year { get; set; }
    public required string DecisionNumber { get; set; }
    public DateOnly DecidedOn { get; set; }
}

/// <summary>Nhân rộng: another unit took the model up.</summary>
public sealed class ModelReplication : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(DanVanModel), ModelId);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ModelId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly StartedOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>A photo or a file that shows the model at work.</summary>
public sealed class ModelEvidence : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(DanVanModel), ModelId);

    public const long MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ModelId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class DanVanConfiguration : IEntityTypeConfiguration<DanVanModel>, IEntityTypeConfiguration<ModelRecognition>,
    IEntityTypeConfiguration<ModelReplication>, IEntityTypeConfiguration<ModelEvidence>
{
    public void Configure(EntityTypeBuilder<DanVanModel> b)
    {
        b.ToTable("DanVanModels");
        b.Property(m => m.Name).HasMaxLength(FieldLength.Title);
        b.Property(m => m.Description).HasMaxLength(FieldLength.Text);
        b.Property(m => m.StartedBy).HasMaxLength(FieldLength.Name);
        b.Property(m => m.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(m => new { m.UnitId, m.YearRegistered });
        b.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ModelRecognition> b)
    {
        b.ToTable("DanVanRecognitions");
        b.Property(r => r.DecisionNumber).HasMaxLength(FieldLength.DocumentNumber);
        b.HasIndex(r => r.ModelId);
        b.HasIndex(r => r.DecidedOn);
        b.HasOne<DanVanModel>().WithMany(m => m.Recognitions).HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ModelReplication> b)
    {
        b.ToTable("DanVanReplications");
        b.Property(r => r.Note).HasMaxLength(FieldLength.Line);
        b.HasIndex(r => r.ModelId);
        b.HasIndex(r => new { r.UnitId, r.StartedOn });
        b.HasOne<DanVanModel>().WithMany(m => m.Replications).HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ModelEvidence> b)
    {
        b.ToTable("DanVanEvidence");
        b.Property(a => a.FileName).HasMaxLength(Platform.Files.FileUploads.MaxFileNameLength);
        b.Property(a => a.ContentType).HasMaxLength(FieldLength.Label);
        b.Property(a => a.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(a => a.UploadedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(a => a.ModelId);
        b.HasOne<DanVanModel>().WithMany(m => m.Evidence).HasForeignKey(a => a.ModelId).OnDelete(DeleteBehavior.Cascade);
    }
}
