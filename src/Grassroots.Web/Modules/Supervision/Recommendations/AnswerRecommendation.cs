namespace Grassroots.Web.Modules.Supervision.Recommendations;

public sealed record AnswerRequest(string? UnitCode, DateOnly? AnsweredOn, string? Answer);

public sealed record JudgeAnswerRequest(bool? Accepted, string? Note);

public sealed record EscalateRequest(DateOnly? EscalatedOn, string? ToUnitCode, string? Note);

/// <summary>Loads a recommendation for a change, with the units it names.</summary>
[Scoped]
public sealed class RecommendationStore(AppDbContext db)
{
    public async Task<Recommendation> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<Recommendation>().Include(x => x.Unit).Include(x => x.AddressedUnit).Include(x => x.EscalatedToUnit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.RecommendationNotFound");
}

/// <summary>
/// The addressed body answers (or, once escalated, the body above it): an answer given in the name of another unit is
/// refused, naming the addressee; a second answer is a conflict. A commitment is answered by its being done.
/// </summary>
public sealed class AnswerRecommendation(AppDbContext db, RecommendationStore store, UnitScope scope, CurrentUser user)
{
    public async Task<Recommendation> HandleAsync(Guid id, AnswerRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.AnsweredOn is not null, "answeredOn", "Validation.Required").Date(r.AnsweredOn, "answeredOn")
            .Text(r.Answer, "answer", FieldLength.Text)
            .ThrowIfInvalid();
        var rec = await store.LoadAsync(id, ct);
        var answering = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (answering.Id != rec.AddressedUnitId && answering.Id != rec.EscalatedToUnitId)
        {
            throw DomainException.Invalid("Supervision.AnswerOtherBody", answering.Name, rec.AddressedUnit!.Name);
        }
        if (rec.AnsweredOn is not null)
        {
            throw DomainException.Conflict("Supervision.AlreadyAnswered", Text.Date(rec.AnsweredOn.Value));
        }
        if (r.AnsweredOn < rec.SentOn)
        {
            throw DomainException.Invalid("Supervision.AnsweredBeforeSent", Text.Date(rec.SentOn));
        }
        rec.AnsweredOn = r.AnsweredOn;
        rec.Answer = Text.Clean(r.Answer);
        rec.AnsweredByUnitId = answering.Id;
        rec.AnsweredBy = user.UserName;
        await db.SaveChangesAsync(ct);
        return rec;
    }
}

/// <summary>The recommender says whether the answer settles it (the unit where it was raised).</summary>
public sealed class JudgeAnswer(AppDbContext db, RecommendationStore store, UnitScope scope)
{
    public async Task<Recommendation> HandleAsync(Guid id, JudgeAnswerRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Accepted is not null, "accepted", "Validation.Required").Text(r.Note, "note", FieldLength.Note, required: false).ThrowIfInvalid();
        var rec = await store.LoadAsync(id, ct);
        await scope.RequireAsync(rec.Unit!, Permission.Edit, ct);
        if (rec.AnsweredOn is null)
        {
            throw DomainException.Conflict("Supervision.NotAnswered");
        }
        rec.Acceptance = r.Accepted == true ? Acceptance.Accepted : Acceptance.NotAccepted;
        rec.AcceptanceNote = Text.CleanOrNull(r.Note);
        await db.SaveChangesAsync(ct);
        return rec;
    }
}

/// <summary>
/// An unanswered recommendation past its due day goes up: to the unit named, or the addressee's parent. Not before it is
/// overdue, and once only.
/// </summary>
public sealed class EscalateRecommendation(AppDbContext db, RecommendationStore store, UnitScope scope, TimeProvider clock)
{
    public async Task<Recommendation> HandleAsync(Guid id, EscalateRequest r, CancellationToken ct = default)
    {
        new Validation().Date(r.EscalatedOn, "escalatedOn").Text(r.ToUnitCode, "toUnitCode", Unit.CodeMaxLength, required: false)
            .Text(r.Note, "note", FieldLength.Note, required: false).ThrowIfInvalid();
        var rec = await store.LoadAsync(id, ct);
        await scope.RequireAsync(rec.Unit!, Permission.Edit, ct);
        var on = r.EscalatedOn ?? clock.VietnamToday();
        if (on > clock.VietnamToday())
        {
            throw DomainException.Invalid("Supervision.InTheFuture");
        }
        if (rec.AnsweredOn is not null || rec.EscalatedOn is not null)
        {
            throw DomainException.Conflict(rec.AnsweredOn is not null ? "Supervision.AlreadyAnswered" : "Supervision.AlreadyEscalated",
                Text.Date(rec.AnsweredOn ?? rec.EscalatedOn!.Value));
        }
        if (!SupervisionRules.IsOverdue(rec.DueOn, null, on))
        {
            throw DomainException.Conflict("Supervision.NotOverdue", Text.Date(rec.DueOn));
        }
        var to = string.IsNullOrWhiteSpace(r.ToUnitCode)
            ? await db.Units.FirstOrDefaultAsync(u => u.Id == rec.AddressedUnit!.ParentId, ct) ?? throw DomainException.Invalid("Supervision.NoUnitAbove", rec.AddressedUnit!.Name)
            : await db.Units.FirstOrDefaultAsync(u => u.Code == Text.Clean(r.ToUnitCode), ct) ?? throw DomainException.NotFound("Unit.NotFound", r.ToUnitCode);
        if (to.Id == rec.AddressedUnitId)
        {
            throw DomainException.Invalid("Supervision.EscalateToSelf");
        }
        rec.EscalatedOn = on;
        rec.EscalatedToUnitId = to.Id;
        rec.EscalationNote = Text.CleanOrNull(r.Note);
        await db.SaveChangesAsync(ct);
        return rec;
    }
}
