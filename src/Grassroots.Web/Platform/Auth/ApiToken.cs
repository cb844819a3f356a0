using System.Security.Cryptography;
using System.Text;
using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Platform.Auth;

/// <summary>A bearer token issued to an account for programmatic clients; only its hash is stored.</summary>
public sealed class ApiToken : IAudited
{
    int? IAudited.AuditUnitId => null;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public string Name { get; set; } = "";
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public static string NewSecret() => "gr_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Name).HasMaxLength(FieldLength.Label);
        b.Property(t => t.TokenHash).HasMaxLength(FieldLength.Hash);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
