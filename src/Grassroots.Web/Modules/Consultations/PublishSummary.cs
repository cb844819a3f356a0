namespace Grassroots.Web.Modules.Consultations;

public sealed record PublishSummaryRequest(string? Intro);

/// <summary>The summary goes public after the window closed, with at least one answered group (L10 Điều 28).</summary>
public sealed class PublishSummary(AppDbContext db, EditableConsultations consultations, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, PublishSummaryRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Intro, "intro", FieldLength.LongText).ThrowIfInvalid();
        var consultation = await consultations.RequireAsync(id, ct);
        if (clock.VietnamToday() <= consultation.ClosesOn)
        {
            throw DomainException.Conflict("Consultation.StillOpen", Text.Date(consultation.ClosesOn));
        }
        if (consultation.SummaryPublishedAt is not null)
        {
            throw DomainException.Conflict("Consultation.SummaryPublished");
        }
        if (!await db.Set<CommentGroup>().AnyAsync(g => g.ConsultationId == id, ct))
        {
            throw DomainException.Invalid("Consultation.NoGroups");
        }
        consultation.SummaryIntro = Text.Clean(r.Intro);
        consultation.SummaryPublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
