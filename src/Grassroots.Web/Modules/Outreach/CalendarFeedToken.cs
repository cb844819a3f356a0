using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Outreach;

/// <summary>
/// A user's secret for the iCalendar feed of their deadlines: calendar apps cannot sign in, so the feed's address carries
/// it (never the session cookie). The user sees it on their page and can reset it, which ends the old address at once.
/// </summary>
public sealed class CalendarFeedToken
{
    public Guid UserId { get; set; }

    /// <summary>32 random bytes, base64url: unguessable, and compared whole in the query.</summary>
    public required string Token { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string NewToken() => Base64UrlEncoder(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncoder(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class CalendarFeedTokenConfiguration : IEntityTypeConfiguration<CalendarFeedToken>
{
    public void Configure(EntityTypeBuilder<CalendarFeedToken> b)
    {
        b.ToTable("CalendarFeedTokens");
        b.HasKey(t => t.UserId);
        b.Property(t => t.Token).HasMaxLength(64);
        b.HasIndex(t => t.Token).IsUnique();
    }
}
