namespace Grassroots.Web.Modules.Registers.Mediation;

public sealed record RecordSessionRequest(DateOnly? HeldOn, string? Mediators, string? Note);

public sealed record RecordOutcomeRequest(CaseStatus? Status, DateOnly? On, string? Agreement, bool? PartyASigned, bool? PartyBSigned, string? NextStep,
    string? Mediators, int? Version);

public sealed record FollowUpRequest(AgreementCompliance? Compliance, DateOnly? On, string? Note);

/// <summary>
/// The steps of a case after it was received: its sessions, its outcome (hòa giải thành with the agreement both parties
/// signed, không thành with the next step, withdrawn), and the follow-up of the agreement (LHGCS Điều 21–25).
/// A change made on a stale copy (its <c>version</c>) is refused as a conflict.
/// </summary>
[Scoped]
public sealed class RecordMediation(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<MediationCase> SessionAsync(Guid id, RecordSessionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Date(r.HeldOn, "heldOn")
            .Text(r.Mediators, "mediators", FieldLength.Line)
            .Text(r.Note, "note", FieldLength.Line, required: false)
            .ThrowIfInvalid();
        var c = await LoadAsync(id, ct);
        RequireOngoing(c);
        RequireDay(c, r.HeldOn!.Value);
        db.Add(new MediationSession { CaseId = c.Id, HeldOn = r.HeldOn.Value, Mediators = Text.Clean(r.Mediators), Note = Text.CleanOrNull(r.Note) });
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<MediationCase> OutcomeAsync(Guid id, RecordOutcomeRequest r, CancellationToken ct = default)
    {
        var status = r.Status;
        new Validation()
            .Require(status is { } s && Enum.IsDefined(s) && s != CaseStatus.Ongoing, "status", "Validation.Required")
            .Require(r.On is not null, "on", "Validation.Required")
            .Date(r.On, "on")
            .Text(r.Agreement, "agreement", FieldLength.LongText, required: status == CaseStatus.Successful)
            .Text(r.NextStep, "nextStep", FieldLength.Line, required: status == CaseStatus.Failed)
            .Text(r.Mediators, "mediators", FieldLength.Line, required: false)
            .ThrowIfInvalid();
        if (status == CaseStatus.Successful && (r.PartyASigned != true || r.PartyBSigned != true))
        {
            throw DomainException.Invalid("Registers.AgreementBothParties");
        }
        var c = await LoadAsync(id, ct);
        if (r.Version is { } version)
        {
            db.Entry(c).Property(x => x.Version).OriginalValue = version;
        }
        RequireOngoing(c);
        var on = r.On!.Value;
        RequireDay(c, on);
        if (c.Sessions.Count > 0 && on < c.Sessions.Max(s => s.HeldOn))
        {
            throw DomainException.Invalid("Registers.OutcomeBeforeSession", Text.Date(c.Sessions.Max(s => s.HeldOn)));
        }
        if (status != CaseStatus.Withdrawn && c.Sessions.Count == 0)
        {
            // The outcome was reached at a session: the one of that day, by the mediators named.
            if (string.IsNullOrWhiteSpace(r.Mediators))
            {
                throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
                {
                    FieldErrors = new Dictionary<string, string[]> { ["mediators"] = ["Validation.Required"] },
                };
            }
            db.Add(new MediationSession { CaseId = c.Id, HeldOn = on, Mediators = Text.Clean(r.Mediators) });
        }
        c.Status = status!.Value;
        c.ClosedOn = on;
        c.Agreement = status == CaseStatus.Successful ? Text.Clean(r.Agreement) : null;
        c.PartyASigned = c.PartyBSigned = status == CaseStatus.Successful;
        c.NextStep = status == CaseStatus.Failed ? Text.Clean(r.NextStep) : null;
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<MediationCase> FollowUpAsync(Guid id, FollowUpRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.Compliance is { } k && Enum.IsDefined(k), "compliance", "Validation.Required")
            .Require(r.On is not null, "on", "Validation.Required")
            .Date(r.On, "on")
            .Text(r.Note, "note", FieldLength.Line, required: false)
            .ThrowIfInvalid();
        var c = await LoadAsync(id, ct);
        if (c.Status != CaseStatus.Successful)
        {
            throw DomainException.Conflict("Registers.FollowUpOnlyAgreement");
        }
        if (r.On!.Value < c.ClosedOn || r.On.Value > clock.VietnamToday())
        {
            throw DomainException.Invalid("Registers.FollowUpDay", Text.Date(c.ClosedOn));
        }
        c.Compliance = r.Compliance;
        c.FollowedUpOn = r.On;
        c.FollowUpNote = Text.CleanOrNull(r.Note);
        await db.SaveChangesAsync(ct);
        return c;
    }

    private async Task<MediationCase> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Set<MediationCase>().Include(x => x.Unit).Include(x => x.Sessions).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Registers.CaseNotFound");
        await scope.RequireAsync(c.Unit!, Permission.Edit, ct);
        return c;
    }

    private static void RequireOngoing(MediationCase c)
    {
        if (c.Status != CaseStatus.Ongoing)
        {
            throw DomainException.Conflict("Registers.CaseClosed");
        }
    }

    private void RequireDay(MediationCase c, DateOnly day)
    {
        if (day < c.ReceivedOn)
        {
            throw DomainException.Invalid("Registers.BeforeReceived", Text.Date(c.ReceivedOn));
        }
        if (day > clock.VietnamToday())
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(day));
        }
    }
}
