using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>Where a unit's figures for a period came from: the one-stop software's statistics, or computed here from its dossier list.</summary>
public enum OneStopSource
{
    Statistics,
    Dossiers,
}

/// <summary>
/// A unit's one-stop dossier figures for one period (usually a month), as the province's one-stop software reports them
/// (Phụ lục "Tình hình, kết quả giải quyết TTHC" of the periodic reports): received — carried over from the period before and
/// new, by channel (online, by post, at the counter); settled — early, on time, late; pending at the period's end — within
/// time or overdue; returned for completion or refused; digitised on receipt and digitised results; dossiers with a fee and
/// those paid online. Counts only: every rate is computed from them (<see cref="OneStopRules"/>). Bulk data, laid and
/// replaced only by an upload, whose <see cref="OneStopImport"/> is the audit record.
/// </summary>
public sealed class OneStopFigures
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public OneStopSource Source { get; set; }
    public Guid ImportId { get; set; }

    public int CarriedOver { get; set; }
    public int ReceivedOnline { get; set; }
    public int ReceivedByPost { get; set; }
    public int ReceivedAtCounter { get; set; }
    public int SettledEarly { get; set; }
    public int SettledOnTime { get; set; }
    public int SettledLate { get; set; }
    public int PendingInTime { get; set; }
    public int PendingOverdue { get; set; }
    public int Returned { get; set; }
    public int DigitisedReceived { get; set; }
    public int DigitisedResults { get; set; }
    public int Payable { get; set; }
    public int PaidOnline { get; set; }

    public int ReceivedNew => ReceivedOnline + ReceivedByPost + ReceivedAtCounter;
    public int Received => CarriedOver + ReceivedNew;
    public int Settled => SettledEarly + SettledOnTime + SettledLate;
}

/// <summary>
/// One accepted upload (statistics or dossier list) of a unit's subtree: the file, who brought it, how many period rows it
/// laid and how many earlier rows of the same units and periods it replaced. Written to the audit log with its figures.
/// </summary>
public sealed class OneStopImport : IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public OneStopSource Source { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>Data rows read (statistics rows or dossiers).</summary>
    public int Rows { get; set; }

    /// <summary>Unit-period figures laid.</summary>
    public int Figures { get; set; }

    /// <summary>Earlier unit-period figures this upload replaced.</summary>
    public int Replaced { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

internal sealed class OneStopConfiguration : IEntityTypeConfiguration<OneStopFigures>, IEntityTypeConfiguration<OneStopImport>
{
    public void Configure(EntityTypeBuilder<OneStopFigures> b)
    {
        b.ToTable("OneStopFigures");
        b.HasIndex(f => new { f.UnitId, f.From });
        b.HasIndex(f => f.From);
        b.Ignore(f => f.ReceivedNew);
        b.Ignore(f => f.Received);
        b.Ignore(f => f.Settled);
        b.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<OneStopImport> b)
    {
        b.ToTable("OneStopImports");
        b.Property(i => i.FileName).HasMaxLength(FieldLength.Name);
        b.Property(i => i.Sha256).HasMaxLength(64);
        b.Property(i => i.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(i => new { i.UnitId, i.CreatedAt });
        b.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
