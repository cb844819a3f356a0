using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>
/// Comments the body received within the window, entered after the fact with the moment each came (the record of a
/// meeting, letters, a portal used before): all of them or none. Offered through <see cref="IDraftConsultations"/>: the
/// module whose draft it is has checked the caller's reach on the unit.
/// </summary>
public sealed class RecordReceivedComments(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, IReadOnlyList<ReceivedComment> comments, CancellationToken ct)
    {
        var consultation = await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in comments)
        {
            new Validation()
                .Text(c.Text, "text", ConsultationComment.MaxLength)
                .Text(c.AuthorName, "authorName", 200, required: false)
                .Text(c.AuthorAddress, "authorAddress", 300, required: false)
                .ThrowIfInvalid();
            if (c.ReceivedAt > now || !consultation.IsOpenOn(Clock.VietnamDay(c.ReceivedAt)))
            {
                throw DomainException.Invalid("Consultation.Closed", Text.Date(consultation.OpensOn), Text.Date(consultation.ClosesOn));
            }
        }
        // The count moves by increments, as the comment intake moves it; inside the caller's transaction when there is one.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.AddRange(comments.Select(c => new ConsultationComment
        {
            Id = ConsultationComment.IdFor(c.ReceivedAt),
            ConsultationId = id,
            Text = Text.Clean(c.Text),
            AuthorName = Text.CleanOrNull(c.AuthorName),
            AuthorAddress = Text.CleanOrNull(c.AuthorAddress),
            Channel = c.Channel,
            ReceivedAt = c.ReceivedAt,
            EnteredBy = user.UserName,
        }));
        await db.SaveChangesAsync(ct);
        await db.Set<Consultation>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CommentCount, c => c.CommentCount + comments.Count), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }
}
