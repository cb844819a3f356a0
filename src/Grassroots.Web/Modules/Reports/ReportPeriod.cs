using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Reports;

public enum PeriodStatus
{
    Open,
    Closed,
}

public enum ReportStatus
{
    /// <summary>Not started: nobody has saved it yet.</summary>
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Accepted,
}

public enum ReminderKind
{
    /// <summary>A few working days before the due date.</summary>
    DueSoon,

    /// <summary>After the due date, not yet submitted.</summary>
    Overdue,
}

/// <summary>
/// A report period (kỳ báo cáo) opened by a unit (the district or province that will consolidate) for
/// the units that must report to it, on a template version, with a due date and a recipient.
/// </summary>
public sealed class ReportPeriod : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => OwnerUnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TemplateId { get; set; }
    public ReportTemplate? Template { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public required string Title { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateOnly DueOn { get; set; }
    public required string Recipient { get; set; }
    public PeriodStatus Status { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public List<ReportPeriodUnit> Units { get; set; } = [];

    /// <summary>Nothing changes in a closed period.</summary>
    public void RequireOpen()
    {
        if (Status == PeriodStatus.Closed)
        {
            throw DomainException.Conflict("Reports.PeriodClosed", Title);
        }
    }
}

/// <summary>A unit that must report in a period.</summary>
public sealed class ReportPeriodUnit : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(ReportPeriod), PeriodId);

    public int Id { get; set; }
    public Guid PeriodId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>A unit's report of a period (the owner's own one is the consolidated report).</summary>
public sealed class UnitReport : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public ReportPeriod? Period { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    /// <summary>Prose by key, as JSON.</summary>
    public string Prose { get; set; } = "{}";
    public string? Number { get; set; }
    public string? IssuingBody { get; set; }
    public string? ParentBody { get; set; }
    public string? Place { get; set; }
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public string? Recipients { get; set; }

    /// <summary>The issue date printed on the place-and-date line (set by the drafter before signing).</summary>
    public DateOnly? IssuedOn { get; set; }
    public string? ReturnComment { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>A reminder sent to a unit that has not submitted (once per kind).</summary>
public sealed class ReportReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PeriodId { get; set; }
    public int UnitId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateOnly On { get; set; }
}

internal sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> b)
    {
        b.ToTable("ReportPeriods");
        b.Property(p => p.Title).HasMaxLength(FieldLength.Line);
        b.Property(p => p.Recipient).HasMaxLength(FieldLength.Title);
        b.HasOne(p => p.Template).WithMany().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.OwnerUnit).WithMany().HasForeignKey(p => p.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.Status, p.DueOn });
    }
}

internal sealed class ReportPeriodUnitConfiguration : IEntityTypeConfiguration<ReportPeriodUnit>
{
    public void Configure(EntityTypeBuilder<ReportPeriodUnit> b)
    {
        b.ToTable("ReportPeriodUnits");
        b.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => new { u.PeriodId, u.UnitId }).IsUnique();
    }
}

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> b)
    {
        b.ToTable("UnitReports");
        b.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.PeriodId, r.UnitId }).IsUnique();
        foreach (var p in new[] { nameof(UnitReport.Number), nameof(UnitReport.Place), nameof(UnitReport.SignerTitle), nameof(UnitReport.SignerName) })
        {
            b.Property(p).HasMaxLength(FieldLength.Name);
        }
        b.Property(r => r.IssuingBody).HasMaxLength(FieldLength.Title);
        b.Property(r => r.ParentBody).HasMaxLength(FieldLength.Title);
        b.Property(r => r.Recipients).HasMaxLength(FieldLength.Paragraph);
        b.Property(r => r.ReturnComment).HasMaxLength(FieldLength.Text);
        b.Property(r => r.UpdatedBy).HasMaxLength(FieldLength.Name);
    }
}

internal sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> b)
    {
        b.ToTable("ReportReminders");
        b.HasIndex(r => new { r.PeriodId, r.UnitId, r.Kind }).IsUnique();
    }
}
