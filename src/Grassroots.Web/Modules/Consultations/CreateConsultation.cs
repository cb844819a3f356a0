using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

public sealed record CreateConsultationRequest(string? UnitCode, ConsultationSubject? Subject, string? Title, string? Body, DateOnly? OpensOn, DateOnly? ClosesOn,
    Commenters? Commenters);

/// <summary>A draft goes out for comments (L10 Điều 25–26): what it is, its window, and who may comment.</summary>
public sealed class CreateConsultation(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<Consultation> HandleAsync(CreateConsultationRequest r, CancellationToken ct = default)
    {
        Validate(r);
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        return await SaveAsync(unit, r, ct);
    }

    /// <summary>A draft another module puts out (<see cref="IDraftConsultations"/>): it has checked the caller's reach on the unit.</summary>
    public async Task<Consultation> HandleAsync(Unit unit, CreateConsultationRequest r, CancellationToken ct)
    {
        Validate(r);
        return await SaveAsync(unit, r, ct);
    }

    private static void Validate(CreateConsultationRequest r) => new Validation()
        .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
        .Require(r.Subject is not null, "subject", "Validation.Required")
        .Text(r.Title, "title", FieldLength.Title)
        .Text(r.Body, "body", FieldLength.Document)
        .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
        .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
        .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Consultation.WindowInvalid")
        .Require(r.Commenters is not null, "commenters", "Validation.Required")
        .ThrowIfInvalid();

    private async Task<Consultation> SaveAsync(Unit unit, CreateConsultationRequest r, CancellationToken ct)
    {
        var consultation = new Consultation
        {
            UnitId = unit.Id,
            Subject = r.Subject!.Value,
            Title = Text.Clean(r.Title),
            Body = Text.Clean(r.Body),
            OpensOn = r.OpensOn!.Value,
            ClosesOn = r.ClosesOn!.Value,
            Commenters = r.Commenters!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(consultation);
        await db.SaveChangesAsync(ct);
        return consultation;
    }
}
