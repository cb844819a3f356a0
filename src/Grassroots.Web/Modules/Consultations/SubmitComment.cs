using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Modules.Decisions.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace Grassroots.Web.Modules.Consultations;

public sealed record CommentRequest(string? Text, string? AuthorName, string? AuthorAddress, string? HouseholdCode);

/// <summary>
/// A comment from the portal, the hot path of a national consultation: the consultation's window is cached, the database
/// is touched only by the intake's writer (and for a household code), and the answer comes once the comment is committed.
/// </summary>
public sealed class SubmitComment(IMemoryCache cache, TimeProvider clock, CommentIntake intake, IServiceScopeFactory scopes)
{
    private sealed record Window(Guid Id, string UnitPath, DateOnly OpensOn, DateOnly ClosesOn, Commenters Commenters);

    public async Task<Guid> HandleAsync(Guid id, CommentRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Text, "text", ConsultationComment.MaxLength)
            .Text(r.AuthorName, "authorName", 200, required: false)
            .Text(r.AuthorAddress, "authorAddress", 300, required: false)
            .Text(r.HouseholdCode, "householdCode", 16, required: false)
            .ThrowIfInvalid();
        var window = await WindowAsync(id, ct);
        var today = clock.VietnamToday();
        if (today < window.OpensOn || today > window.ClosesOn)
        {
            throw DomainException.Conflict("Consultation.Closed", Text.Date(window.OpensOn), Text.Date(window.ClosesOn));
        }
        Guid? household = null;
        switch (window.Commenters)
        {
            case Commenters.Anyone:
                break;
            case Commenters.Residents:
                new Validation()
                    .Text(r.AuthorName, "authorName", FieldLength.Name)
                    .Text(r.AuthorAddress, "authorAddress", FieldLength.Title)
                    .ThrowIfInvalid();
                break;
            case Commenters.HouseholdRepresentatives:
                var code = Text.Clean(r.HouseholdCode).ToUpperInvariant();
                if (code.Length > 0)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    household = await scope.ServiceProvider.GetRequiredService<IHouseholdCodes>().HouseholdUnderAsync(code, window.UnitPath, ct);
                }
                if (household is null)
                {
                    throw DomainException.Invalid("Consultation.HouseholdsOnly");
                }
                break;
        }
        var comment = new ConsultationComment
        {
            ConsultationId = id,
            Text = Text.Clean(r.Text),
            AuthorName = Text.CleanOrNull(r.AuthorName),
            AuthorAddress = Text.CleanOrNull(r.AuthorAddress),
            HouseholdId = household,
            Channel = CommentChannel.Portal,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        };
        await intake.SaveAsync(comment, ct);
        return comment.Id;
    }

    private async Task<Window> WindowAsync(Guid id, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(("consultation-window", id), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Consultation>().AsNoTracking().Where(c => c.Id == id)
                .Select(c => new Window(c.Id, c.Unit!.Path, c.OpensOn, c.ClosesOn, c.Commenters)).FirstOrDefaultAsync(ct);
        })) ?? throw DomainException.NotFound("Consultation.NotFound");
}
