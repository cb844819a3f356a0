using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Platform.Auth;

public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    int? IAudited.AuditUnitId => HomeUnitId;

    public const int FullNameMaxLength = FieldLength.PersonName;

    public string FullName { get; set; } = "";

    /// <summary>Chức vụ, e.g. "Công chức Văn phòng - Thống kê".</summary>
    public string? Position { get; set; }

    /// <summary>The unit the person works at; administrators of that unit manage the account (the key to a unit of the
    /// Units kernel, which maps it: the platform knows no unit).</summary>
    public int HomeUnitId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(AppUser.FullNameMaxLength);
        b.Property(u => u.Position).HasMaxLength(AppUser.FullNameMaxLength);
    }
}
