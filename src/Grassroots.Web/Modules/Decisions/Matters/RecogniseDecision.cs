namespace Grassroots.Web.Modules.Decisions.Matters;

public sealed record RecogniseRequest(string? Note);

/// <summary>The commune chairman recognises an adopted result once the vote closed (L10 Điều 21–22); the figures are kept as they stood.</summary>
public sealed class RecogniseDecision(AppDbContext db, UnitScope scope, DecisionReader reader, CurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, RecogniseRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Note, "note", 2000, required: false).ThrowIfInvalid();
        var matter = await db.Set<DecisionMatter>().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, Permission.View, ct);
        await scope.RequireAsync(matter.Community!, Permission.RecogniseDecisions, ct);
        if (!matter.IsClosedOn(clock.VietnamToday()))
        {
            throw DomainException.Conflict("Decision.NotClosed");
        }
        if (matter.RecognisedAt is not null)
        {
            throw DomainException.Conflict("Decision.AlreadyRecognised");
        }
        var result = await reader.ResultAsync(matter, ct);
        if (result.Verdict != Verdict.Adopted)
        {
            throw DomainException.Conflict("Decision.NothingToRecognise");
        }
        matter.Recognise(clock.GetUtcNow().UtcDateTime, user.UserName, Text.CleanOrNull(r.Note), result);
        await db.SaveChangesAsync(ct);
    }
}
