namespace Grassroots.Web.Modules.Decisions.Matters;

/// <param name="Reference">The recognising body's document (number and date); required when the commune Front recognises.</param>
public sealed record RecogniseRequest(string? Note, string? Reference = null);

/// <summary>
/// The body the law names recognises an adopted result once the vote closed (L10 Điều 21 khoản 2; docs/legal.md L10-21-2):
/// the commune chairman a village convention or a village head; the commune Front's standing committee the boards, which
/// an officer of the commune records with the Front's document; the village's own matters take effect on adoption and
/// have nothing to recognise. The figures are kept as they stood.
/// </summary>
public sealed class RecogniseDecision(AppDbContext db, UnitScope scope, DecisionReader reader, CurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, RecogniseRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Note, "note", 2000, required: false).Text(r.Reference, "reference", FieldLength.Title, required: false).ThrowIfInvalid();
        var matter = await db.Set<DecisionMatter>().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, Permission.View, ct);
        var body = DecisionRules.RecognisedBy(matter.Subject);
        if (body == RecognitionBody.None)
        {
            throw DomainException.Conflict("Decision.TakesEffectOnAdoption", DecisionRules.ValidityCitation);
        }
        await scope.RequireAsync(matter.Community!, body == RecognitionBody.CommuneFront ? Permission.Edit : Permission.RecogniseDecisions, ct);
        if (body == RecognitionBody.CommuneFront && string.IsNullOrWhiteSpace(r.Reference))
        {
            throw DomainException.Invalid("Decision.FrontReferenceRequired");
        }
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
        matter.Recognise(clock.GetUtcNow().UtcDateTime, user.UserName, Text.CleanOrNull(r.Note), Text.CleanOrNull(r.Reference), result);
        await db.SaveChangesAsync(ct);
    }
}
