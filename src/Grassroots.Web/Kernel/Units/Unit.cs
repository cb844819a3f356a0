using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Kernel.Units;

/// <summary>An administrative unit, agency, public service unit, enterprise or organisation (đơn vị).</summary>
public sealed class Unit : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => Id;

    /// <summary>The nation: the root of the tree, where national administrators and the working calendar's decisions sit.</summary>
    public const string RootCode = "VN";
    public const string RootName = "Việt Nam";

    public const int CodeMaxLength = 32;
    public const int NameMaxLength = FieldLength.Name;

    public int Id { get; set; }

    /// <summary>Official code (mã đơn vị hành chính) or an invented one for non-territorial units.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    /// <summary>Codes from the root down, "/VN/51/522/": the subtree of a unit is every path that starts with its own.</summary>
    public string Path { get; set; } = "/";

    /// <summary>First day the unit exists; null for "since before the records".</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>First day the unit no longer exists (exclusive end); null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Vùng sâu, vùng xa, đặc biệt khó khăn: some legal limits are longer there (LKN Điều 28).</summary>
    public bool IsRemoteArea { get; set; }

    public bool IsActiveOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo > date);

    private static readonly string[] KindWords =
        ["Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Huyện", "Tỉnh", "Quận", "Phường", "Xã", "Thôn", "Tổ dân phố"];

    /// <summary>A unit's name without its kind word, as a document's place and date line writes it: "Huyện Đam Rông" → "Đam Rông".</summary>
    public static string PlaceName(string unitName)
    {
        foreach (var k in KindWords)
        {
            if (unitName.StartsWith(k + " ", StringComparison.OrdinalIgnoreCase))
            {
                return unitName[(k.Length + 1)..];
            }
        }
        return unitName;
    }

    public bool IsInSubtreeOf(string ancestorPath) => Path.StartsWith(ancestorPath, StringComparison.Ordinal);

    public static string PathUnder(Unit? parent, string code) => (parent?.Path ?? "/") + code + "/";

    /// <summary>Letters, digits, '.', '-' and '_': codes are part of paths and URLs.</summary>
    public static bool IsValidCode(string code) =>
        code.Length is > 0 and <= CodeMaxLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("Units");
        b.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        b.Property(u => u.Path).HasMaxLength(FieldLength.Path);
        b.HasIndex(u => u.Path);
        b.HasIndex(u => u.ParentId);
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
