using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Kernel.Units;

/// <summary>A role an account holds on a unit; it reaches that unit's subtree and nothing else.</summary>
public sealed class RoleGrant : IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public int Id { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Role Role { get; set; }
    public DateTime GrantedAt { get; set; }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.ToTable("RoleGrants");
        b.HasIndex(g => new { g.UserId, g.UnitId, g.Role }).IsUnique();
        b.HasOne(g => g.Unit).WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(g => g.User).WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>An account's home unit is a unit of this kernel.</summary>
internal sealed class AppUserUnitConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b) =>
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
}
