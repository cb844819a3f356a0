using Grassroots.Web.Modules.PersonalData.Contracts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.PersonalData;

/// <summary>One consent as given: the text the person saw, in its language, and when; withdrawn, it stays as proof.</summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public ConsentPurpose Purpose { get; set; }
    public required string Subject { get; set; }
    public required string Contact { get; set; }
    public required string Text { get; set; }
    public required string Language { get; set; }
    public DateTime GivenAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("Consents");
        b.Property(c => c.Subject).HasMaxLength(FieldLength.Name);
        b.Property(c => c.Contact).HasMaxLength(FieldLength.UserName);
        b.Property(c => c.Text).HasMaxLength(FieldLength.Paragraph);
        b.Property(c => c.Language).HasMaxLength(FieldLength.ShortCode);
        b.HasIndex(c => new { c.Subject, c.Purpose });
    }
}

internal sealed class Consents(AppDbContext db, TimeProvider clock) : IConsents
{
    public object NewRecord(ConsentGiven consent) => new ConsentRecord
    {
        Purpose = consent.Purpose,
        Subject = consent.Subject,
        Contact = consent.Contact,
        Text = consent.Text,
        Language = consent.Language,
        GivenAt = clock.GetUtcNow().UtcDateTime,
    };

    public async Task<ConsentState?> CurrentAsync(ConsentPurpose purpose, string subject, CancellationToken ct) =>
        await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.Subject == subject && c.Purpose == purpose)
            .OrderByDescending(c => c.GivenAt).Select(c => new ConsentState(c.Purpose, c.GivenAt, c.WithdrawnAt, c.Language)).FirstOrDefaultAsync(ct);

    public async Task<bool> WithdrawAsync(ConsentPurpose purpose, string subject, CancellationToken ct)
    {
        DateTime? now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ConsentRecord>().Where(c => c.Subject == subject && c.Purpose == purpose && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now), ct) > 0;
    }
}
