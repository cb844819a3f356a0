namespace Grassroots.Web.Modules.Petitions.Handle;

/// <param name="DecisionKnownOn">For a complaint: the day the complainant received or learned of the decision or act complained of (LKN Điều 9).</param>
/// <param name="ObstacleReason">For a complaint sent after its 90 days: the obstacle (illness, disaster, work or study far away…) whose time does not count.</param>
public sealed record ClassifyPetitionRequest(PetitionKind? Kind, bool? IsEligible, string? IneligibleReason, bool? IsInCompetence, bool IsComplex = false,
    DateOnly? DecisionKnownOn = null, string? ObstacleReason = null);

/// <summary>Phân loại: the kind, whether the letter can be handled (TT 05/2021) and whether it is ours to settle.</summary>
public sealed class ClassifyPetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, LegalClock legal, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, ClassifyPetitionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.IsEligible is not null, "isEligible", "Validation.Required")
            .Require(r.IsInCompetence is not null, "isInCompetence", "Validation.Required")
            .Require(r.IsEligible != false || !string.IsNullOrWhiteSpace(r.IneligibleReason), "ineligibleReason", "Validation.Required")
            .Text(r.IneligibleReason, "ineligibleReason", 1000, required: false)
            .Date(r.DecisionKnownOn, "decisionKnownOn")
            .Text(r.ObstacleReason, "obstacleReason", FieldLength.Paragraph, required: false)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Received, PetitionStatus.Classified);
        var today = clock.VietnamToday();
        if (r.Kind is { } kind && kind != petition.Kind)
        {
            if (kind == PetitionKind.Denunciation || petition.Kind == PetitionKind.Denunciation)
            {
                // Identities are kept differently for denunciations: such a change needs a new registration.
                throw DomainException.Invalid("Petition.KindChangeDenunciation");
            }
            foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running && d.Rule != DeadlineRuleId.HandleLetter))
            {
                PetitionClock.Stop(d, today, met: false);
            }
            petition.Kind = kind;
            if (kind == PetitionKind.Complaint)
            {
                await legalClock.StartAsync(petition, DeadlineRuleId.AcceptComplaint, petition.ReceivedOn, petition.Unit!.IsRemoteArea, ct);
            }
        }
        var note = await TimeToComplainAsync(petition, r, ct);
        petition.IsEligible = r.IsEligible;
        petition.IneligibleReason = r.IsEligible == false ? Text.Clean(r.IneligibleReason) : null;
        petition.IsInCompetence = r.IsInCompetence;
        petition.IsComplex = r.IsComplex;
        petition.Status = PetitionStatus.Classified;
        await TransferClockAsync(petition, today, ct);
        access.Record(petition, PetitionEventKind.Classified, today, note);
        await db.SaveChangesAsync(ct);
        return petition;
    }

    /// <summary>
    /// LTC Điều 24 khoản 2: "Trường hợp tố cáo không thuộc thẩm quyền giải quyết của mình thì trong thời hạn 05 ngày làm
    /// việc kể từ ngày nhận được đơn tố cáo, phải chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết". The
    /// clock runs from receipt while the denunciation is found outside the unit's competence, and is met by the transfer.
    /// </summary>
    private async Task TransferClockAsync(Petition petition, DateOnly today, CancellationToken ct)
    {
        var running = petition.Deadlines.FirstOrDefault(d => d.Rule == DeadlineRuleId.TransferDenunciation && d.State == DeadlineState.Running);
        var outside = petition.Kind == PetitionKind.Denunciation && petition.IsInCompetence == false;
        if (outside && running is null)
        {
            await legalClock.StartAsync(petition, DeadlineRuleId.TransferDenunciation, petition.ReceivedOn, petition.Unit!.IsRemoteArea, ct);
        }
        else if (!outside && running is not null)
        {
            PetitionClock.Stop(running, today, met: false);
        }
    }

    /// <summary>
    /// LKN Điều 9: a complaint found eligible must have been sent within 90 days of the day the complainant knew of the
    /// decision, unless an obstacle stopped them ("thời gian có trở ngại đó không tính vào thời hiệu khiếu nại"), which the
    /// officer then states. A second complaint (one registered against a first) has instead the window of LKN Điều 33:
    /// 30 days (45 in remote areas) from the day the first decision was received — the day the officer gives — or, when the
    /// first complaint got no decision in its time, from the end of that time. The count and its article go into the
    /// letter's history.
    /// </summary>
    private async Task<string?> TimeToComplainAsync(Petition petition, ClassifyPetitionRequest r, CancellationToken ct)
    {
        if ((r.Kind ?? petition.Kind) != PetitionKind.Complaint)
        {
            return null;
        }
        if (r.DecisionKnownOn is { } given && given > petition.ReceivedOn)
        {
            throw DomainException.Invalid("Petition.DecisionKnownAfterReceipt");
        }
        var window = petition.FirstInstanceId is { } first
            ? await SecondComplaintWindowAsync(petition, first, r.DecisionKnownOn, ct)
            : r.DecisionKnownOn is { } known ? await legal.StartAsync(LegalClock.InForce(DeadlineRules.ComplaintLimitation, known), known, ct: ct) : null;
        if (window is null)
        {
            return null;
        }
        var late = petition.ReceivedOn > window.DueOn;
        if (late && r.IsEligible == true && string.IsNullOrWhiteSpace(r.ObstacleReason))
        {
            throw DomainException.Invalid(petition.FirstInstanceId is null ? "Petition.ComplaintTimeBarred" : "Petition.SecondComplaintLate",
                window.Explanation, Text.Date(petition.ReceivedOn));
        }
        return late && r.IsEligible == true ? $"{window.Explanation}; {Text.Clean(r.ObstacleReason)}" : window.Explanation;
    }

    /// <summary>
    /// LKN Điều 33's window for a second complaint: from the day the first decision was received when the officer gives
    /// it; else, when the first complaint's time to settle ran out with no decision, from the end of that time; else
    /// (a decision whose day of receipt is not known) nothing to check.
    /// </summary>
    private async Task<LegalDeadline?> SecondComplaintWindowAsync(Petition petition, Guid firstId, DateOnly? received, CancellationToken ct)
    {
        var remote = petition.Unit!.IsRemoteArea ? Circumstances.RemoteArea : Circumstances.None;
        if (received is { } on)
        {
            return await legal.StartAsync(LegalClock.InForce(DeadlineRules.SecondComplaintWindow, on), on, remote, ct);
        }
        var first = await db.Set<Petition>().AsNoTracking().Include(p => p.Deadlines).FirstAsync(p => p.Id == firstId, ct);
        var settle = first.Deadlines.Where(d => d.Rule == DeadlineRuleId.ResolveComplaint && d.DueOn is not null).OrderByDescending(d => d.StartedOn).FirstOrDefault();
        if (first.DecisionDate is not null || settle?.DueOn is not { } ended || ended >= petition.ReceivedOn)
        {
            return null;
        }
        var rule = LegalClock.InForce(DeadlineRules.SecondComplaintWindow, ended);
        return await legal.StartAsync(rule with { StartEventKey = "Deadline.Start.FirstUnsettled" }, ended, remote, ct);
    }
}
