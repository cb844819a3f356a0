namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// A visit. The matter is new, or the one of an earlier letter (<see cref="ExistingTrackingCode"/>) or of an
/// earlier visit (<see cref="PreviousVisitId"/>). With outcome LetterReceived, <see cref="LetterKind"/> says what the letter is.
/// </summary>
public sealed record AddVisitRequest(int? People, string? VisitorName, string? VisitorAddress, string? Content, VisitOutcome? Outcome,
    string? ExistingTrackingCode = null, Guid? PreviousVisitId = null, PetitionKind? LetterKind = null, string? Note = null,
    string? VisitorIdNumber = null);

/// <summary>
/// A visit logged in a session (sổ tiếp công dân, TT 04/2021 mẫu 03). A letter handed over enters the petitions register
/// through <see cref="IPetitionRegistry"/>, in the same transaction and case. A denouncer's name, address and ID number stay
/// out of the log, the session and its exports: when the letter handed over is a denunciation, and when the visitor comes
/// back about a case holding one (by its tracking code or an earlier protected visit).
/// </summary>
public sealed class AddVisit(AppDbContext db, UnitScope scope, IPetitionRegistry petitions)
{
    public async Task<ReceptionVisit> HandleAsync(Guid sessionId, AddVisitRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.People is >= 1 and <= 10_000, "people", "Reception.People")
            .Text(r.VisitorName, "visitorName", FieldLength.Name)
            .Text(r.VisitorAddress, "visitorAddress", 300, required: false)
            .Require(IsIdNumber(r.VisitorIdNumber), "visitorIdNumber", "Reception.IdNumberInvalid")
            .Text(r.Content, "content", FieldLength.Text)
            .Require(r.Outcome is not null, "outcome", "Validation.Required")
            .Require(r.Outcome != VisitOutcome.LetterReceived || r.LetterKind is not null, "letterKind", "Validation.Required")
            .Text(r.Note, "note", 2000, required: false)
            .ThrowIfInvalid();
        var session = await db.Set<ReceptionSession>().Include(s => s.Unit).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw DomainException.NotFound("Reception.SessionNotFound");
        await scope.RequireAsync(session.Unit!, Permission.Edit, ct);

        var matter = Guid.CreateVersion7();
        var confidential = r.Outcome == VisitOutcome.LetterReceived && r.LetterKind == PetitionKind.Denunciation;
        if (!string.IsNullOrWhiteSpace(r.ExistingTrackingCode))
        {
            var code = Text.Clean(r.ExistingTrackingCode).ToUpperInvariant();
            var tracked = await petitions.CaseOfTrackingCodeAsync(code, ct)
                ?? throw DomainException.NotFound("Petition.TrackingNotFound", code);
            matter = tracked.CaseId;
            confidential |= tracked.Confidential; // a denouncer coming back about their letter
        }
        else if (r.PreviousVisitId is { } previous)
        {
            var earlier = await db.Set<ReceptionVisit>().Where(v => v.Id == previous && v.UnitId == session.UnitId)
                .Select(v => new { v.MatterId, v.IdentityProtected }).FirstOrDefaultAsync(ct)
                ?? throw DomainException.NotFound("Reception.VisitNotFound");
            matter = earlier.MatterId;
            confidential |= earlier.IdentityProtected;
        }

        var visit = new ReceptionVisit
        {
            SessionId = session.Id,
            UnitId = session.UnitId,
            People = r.People!.Value,
            IsCrowd = r.People >= ReceptionVisit.CrowdThreshold, // đoàn đông người: 5 people or more on one matter
            VisitorName = Text.Clean(r.VisitorName),
            VisitorAddress = Text.CleanOrNull(r.VisitorAddress),
            VisitorIdNumber = Text.CleanOrNull(r.VisitorIdNumber),
            Content = Text.Clean(r.Content),
            MatterId = matter,
            Outcome = r.Outcome!.Value,
            Note = Text.CleanOrNull(r.Note),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (visit.Outcome == VisitOutcome.LetterReceived)
        {
            // The letter handed over at the reception enters the petitions register, in the same case as the visit.
            var caseId = await petitions.IsCaseOfUnitAsync(matter, session.UnitId, ct) ? matter : (Guid?)null;
            var letter = await petitions.RegisterHandedOverAsync(new LetterHandedOver(session.Unit!.Code, r.LetterKind,
                session.HeldOn, visit.Content, visit.People, visit.VisitorName, visit.VisitorAddress, caseId), ct);
            visit.PetitionId = letter.PetitionId;
            visit.MatterId = letter.CaseId;
        }
        if (confidential)
        {
            // The name went (encrypted) to the petitions register with the letter, or is there already: the log keeps none of it.
            (visit.VisitorName, visit.VisitorAddress, visit.VisitorIdNumber, visit.IdentityProtected) = ("", null, null, true);
        }
        db.Add(visit);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return visit;
    }

    /// <summary>Empty, or a citizen ID card number: 12 digits (CCCD), or 9 for an old identity card (CMND).</summary>
    private static bool IsIdNumber(string? value)
    {
        var id = Text.Clean(value);
        return id.Length == 0 || (id.Length is 9 or 12 && id.All(char.IsAsciiDigit));
    }
}
