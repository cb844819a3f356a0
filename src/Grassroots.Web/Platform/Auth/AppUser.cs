using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Platform.Auth;

public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    int? IAudited.AuditUnitId => HomeUnitId;

    public const int FullNameMaxLength = 120;

    public string FullName { get; set; } = "";

    /// <summary>Chức vụ, e.g. "Công chức Văn phòng - Thống kê".</summary>
    public string? Position { get; set; }

    /// <summary>The unit the person works at; administrators of that unit manage the account.</summary>
    public int HomeUnitId { get; set; }

    public Modules.Directory.Unit? HomeUnit { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public List<RoleGrant> Grants { get; set; } = [];
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(AppUser.FullNameMaxLength);
        b.Property(u => u.Position).HasMaxLength(AppUser.FullNameMaxLength);
        b.HasOne(u => u.HomeUnit).WithMany().HasForeignKey(u => u.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(u => u.Grants).WithOne(g => g.User).HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
