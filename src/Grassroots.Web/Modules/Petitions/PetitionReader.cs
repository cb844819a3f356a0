using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Modules.Petitions.Register;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions;

public sealed record DeadlineDto(DeadlineRuleId Rule, DeadlineState State, DateOnly StartedOn, DateOnly? DueOn, DateOnly? EndedOn, bool IsOverdue, string Explanation);

public sealed record PetitionEventDto(DateOnly On, PetitionEventKind Kind, string? Note, string? ActorName);

/// <summary>
/// A letter as an officer sees it. For a denunciation the petitioner fields are always empty and
/// <see cref="HasProtectedIdentity"/> says that an identity exists; only reveal-identity shows it.
/// </summary>
public sealed record PetitionDto(Guid Id, string TrackingCode, string UnitCode, string UnitName, Guid CaseId, PetitionKind Kind, PetitionChannel Channel,
    PetitionStatus Status, DateOnly ReceivedOn, string Subject, string Content, int SignerCount,
    string? PetitionerName, string? PetitionerAddress, string? PetitionerPhone, string? PetitionerEmail, bool HasProtectedIdentity, bool IsAnonymous,
    bool? IsEligible, string? IneligibleReason, bool? IsInCompetence, bool IsComplex, int Extensions, string? ExternalBody, Guid? FirstInstanceId,
    string? DecisionNumber, DateOnly? DecisionDate, string? DecisionSummary, DateOnly? AnsweredOn, string? AnswerSummary, bool? Satisfied,
    IReadOnlyList<DeadlineDto> Deadlines, IReadOnlyList<PetitionEventDto> History);

/// <summary>A letter on its page: the likely duplicates in other cases, how many letters its case has, and what the reader may do with it.</summary>
public sealed record PetitionView(PetitionDto Letter, IReadOnlyList<DuplicateSuggestion> Duplicates, int LettersInCase, bool CanEdit, bool CanReveal);

public sealed record TrackedStep(DateOnly On, PetitionEventKind Kind, string Text);

/// <summary>What a citizen sees by the tracking code; <c>NextDueOn</c> is the day the step now running must be done by
/// (<c>NextStep</c>, from the legal clock), none when the letter waits on nothing or its clocks are paused.</summary>
public sealed record TrackedPetition(string TrackingCode, PetitionKind Kind, PetitionStatus Status, string StatusText, string UnitName,
    DateOnly ReceivedOn, IReadOnlyList<TrackedStep> History, string? Answer, DateOnly? AnsweredOn, bool? Satisfied, bool CanGiveSatisfaction,
    DeadlineRuleId? NextStep = null, DateOnly? NextDueOn = null)
{
    /// <summary>The citizen's consent to news by email, when one was given (never the email itself).</summary>
    public ConsentState? EmailUpdates { get; init; }
}

/// <summary>
/// Every view of a letter, for the API and the pages alike: officers' through the unit scope, never with a denouncer's
/// identity; the citizen's by the tracking code, never with the petitioner's identity nor the officers' names.
/// </summary>
public sealed class PetitionReader(AppDbContext db, UnitScope scope, DuplicateFinder duplicates, PetitionClock legalClock,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock, IConsents consents)
{
    /// <param name="checkAccess">False only for a letter the caller has just sent out of reach (a transfer).</param>
    public async Task<PetitionDto> ReadAsync(Guid id, CancellationToken ct, bool checkAccess = true) => await ToDtoAsync(await LoadAsync(id, checkAccess, ct), ct);

    public async Task<PetitionView> ViewAsync(Guid id, CancellationToken ct)
    {
        var petition = await LoadAsync(id, checkAccess: true, ct);
        var letter = await ToDtoAsync(petition, ct);
        var elsewhere = (await duplicates.FindAsync(petition, ct)).Where(d => d.Id != id && d.CaseId != petition.CaseId).ToList();
        return new PetitionView(letter, elsewhere,
            await db.Set<Petition>().CountAsync(p => p.CaseId == petition.CaseId, ct),
            await scope.CanAsync(petition.Unit!, Permission.Edit, ct),
            letter.HasProtectedIdentity && await scope.CanAsync(petition.Unit!, Permission.RevealConfidential, ct));
    }

    /// <summary>
    /// Where a letter may be transferred: the bodies of its province alive today (not villages, not its own unit), in tree
    /// order; a name two units share is told apart by the unit above ("Xã Bình Sơn (Huyện Bình Sơn)").
    /// </summary>
    public async Task<List<UnitOption>> TransferTargetsAsync(Guid id, CancellationToken ct)
    {
        var petition = await LoadAsync(id, checkAccess: true, ct);
        var segments = petition.Unit!.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var province = segments.Length >= 2 ? $"/{segments[0]}/{segments[1]}/" : petition.Unit.Path;
        var today = clock.VietnamToday();
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(province) && u.Id != petition.UnitId && u.Kind != UnitKind.ResidentialCommunity
                && (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo > today))
            .OrderBy(u => u.Path).Take(UnitPicker.Limit)
            .Select(u => new { u.Code, u.Name, Parent = u.Parent == null ? null : u.Parent.Name })
            .ToListAsync(ct);
        var shared = units.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var labelled = units.Select(u => (u.Code, Label: shared.Contains(u.Name) && u.Parent is not null ? $"{u.Name} ({u.Parent})" : u.Name)).ToList();
        // Two of one name under one parent: their codes tell them apart.
        var still = labelled.GroupBy(u => u.Label, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return labelled.Select(u => new UnitOption(u.Code, still.Contains(u.Label) ? $"{u.Label} — {u.Code}" : u.Label)).ToList();
    }

    /// <summary>Likely duplicates of a letter among its unit's letters of the last year.</summary>
    public async Task<List<DuplicateSuggestion>> DuplicatesAsync(Guid id, CancellationToken ct) =>
        (await duplicates.FindAsync(await LoadAsync(id, checkAccess: true, ct), ct)).Where(d => d.Id != id).ToList();

    /// <summary>The files of a letter, without their bytes, oldest first.</summary>
    public async Task<List<AttachmentDto>> AttachmentsAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, checkAccess: true, ct);
        return await db.Set<PetitionAttachment>().AsNoTracking().Where(a => a.PetitionId == id).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.IsConfidential, a.UploadedAt)).ToListAsync(ct);
    }

    /// <summary>What a citizen sees with a tracking code: where the letter is and what was decided.</summary>
    public async Task<TrackedPetition> TrackAsync(string trackingCode, CancellationToken ct)
    {
        var code = PetitionAccess.CleanTrackingCode(trackingCode);
        var petition = await db.Set<Petition>().AsNoTracking().Include(p => p.Unit).Include(p => p.Deadlines).FirstOrDefaultAsync(p => p.TrackingCode == code, ct)
            ?? throw DomainException.NotFound("Petition.TrackingNotFound", code);
        var next = NextDeadline(petition);
        var steps = await db.Set<PetitionEvent>().AsNoTracking().Where(e => e.PetitionId == petition.Id).OrderBy(e => e.Id).ToListAsync(ct);
        return new TrackedPetition(petition.TrackingCode, petition.Kind, petition.Status, localizer[$"PetitionStatus.{petition.Status}"].Value,
            petition.Unit!.Name, petition.ReceivedOn, steps.Select(e => new TrackedStep(e.On, e.Kind, PublicText(e))).ToList(), petition.AnswerSummary,
            petition.AnsweredOn, petition.Satisfied, petition.Status == PetitionStatus.Closed && petition.Satisfied is null, next?.Rule, next?.DueOn)
        {
            EmailUpdates = await consents.CurrentAsync(ConsentPurpose.EmailUpdates, Register.RegisterPetition.ConsentSubject(petition.TrackingCode), ct),
        };
    }

    /// <summary>The running limit that falls first: what the letter waits on now, and by when (computed by the legal clock).</summary>
    public static PetitionDeadline? NextDeadline(Petition petition) =>
        petition.Deadlines.Where(d => d.State == DeadlineState.Running && d.DueOn is not null).OrderBy(d => d.DueOn).FirstOrDefault();

    private async Task<Petition> LoadAsync(Guid id, bool checkAccess, CancellationToken ct)
    {
        var p = await db.Set<Petition>().AsNoTracking().Include(x => x.Unit).Include(x => x.Deadlines)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Petition.NotFound");
        if (checkAccess)
        {
            await scope.RequireAsync(p.Unit!, Permission.View, ct);
        }
        return p;
    }

    private async Task<PetitionDto> ToDtoAsync(Petition p, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var history = await db.Set<PetitionEvent>().AsNoTracking().Where(e => e.PetitionId == p.Id).OrderBy(e => e.Id)
            .Select(e => new PetitionEventDto(e.On, e.Kind, e.Note, e.ActorName)).ToListAsync(ct);
        var circumstances = (p.IsComplex ? Circumstances.Complex : Circumstances.None) | (p.Unit!.IsRemoteArea ? Circumstances.RemoteArea : Circumstances.None);
        var deadlines = p.Deadlines.OrderBy(d => d.Id)
            .Select(d => new DeadlineDto(d.Rule, d.State, d.StartedOn, d.DueOn, d.EndedOn, d.State == DeadlineState.Running && d.DueOn < today,
                legalClock.Explain(d, circumstances))).ToList();
        return new PetitionDto(p.Id, p.TrackingCode, p.Unit.Code, p.Unit.Name, p.CaseId, p.Kind, p.Channel, p.Status, p.ReceivedOn, p.Subject, p.Content,
            p.SignerCount, p.PetitionerName, p.PetitionerAddress, p.PetitionerPhone, p.PetitionerEmail, p.ProtectedIdentity is not null, p.IsAnonymous,
            p.IsEligible, p.IneligibleReason, p.IsInCompetence, p.IsComplex, p.Extensions, p.ExternalBody, p.FirstInstanceId,
            p.DecisionNumber, p.DecisionDate, p.DecisionSummary, p.AnsweredOn, p.AnswerSummary, p.Satisfied, deadlines, history);
    }

    /// <summary>The public wording of a step: transfers name the bodies; internal reasons are not shown.</summary>
    private string PublicText(PetitionEvent e) => e.Kind switch
    {
        PetitionEventKind.TransferredOut or PetitionEventKind.TransferredIn => localizer[$"PetitionEvent.{e.Kind}.Public", e.Note ?? ""].Value,
        PetitionEventKind.Resolved => localizer["PetitionEvent.Resolved.Public", e.Note ?? ""].Value,
        PetitionEventKind.SatisfactionGiven => localizer[$"PetitionEvent.SatisfactionGiven.{e.Note}"].Value,
        PetitionEventKind.Registered or PetitionEventKind.Classified or PetitionEventKind.Accepted or PetitionEventKind.Guided
            or PetitionEventKind.Filed or PetitionEventKind.Extended or PetitionEventKind.Suspended or PetitionEventKind.Resumed
            or PetitionEventKind.Answered or PetitionEventKind.DeadlineMissed or PetitionEventKind.DeadlinesRecomputed
            or PetitionEventKind.Verified or PetitionEventKind.Escalated =>
            localizer[$"PetitionEvent.{e.Kind}"].Value,
    };
}
