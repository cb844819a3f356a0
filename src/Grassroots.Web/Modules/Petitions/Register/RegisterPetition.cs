using Microsoft.Extensions.Localization;
using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Platform.Audit;
using Microsoft.Extensions.Caching.Memory;

namespace Grassroots.Web.Modules.Petitions.Register;

public sealed record RegisterPetitionRequest(
    string? UnitCode,
    PetitionKind? Kind,
    PetitionChannel? Channel,
    DateOnly? ReceivedOn,
    string? Subject,
    string? Content,
    int? SignerCount = null,
    string? PetitionerName = null,
    string? PetitionerAddress = null,
    string? PetitionerPhone = null,
    string? PetitionerEmail = null,
    bool IsAnonymous = false,
    string? FirstInstanceTrackingCode = null,
    Guid? CaseId = null,
    bool EmailUpdates = false);

public sealed record DuplicateSuggestion(Guid Id, string TrackingCode, string Subject, DateOnly ReceivedOn, Guid CaseId, string Reason, double Score);

public sealed record RegisteredPetition(Petition Petition, IReadOnlyList<DuplicateSuggestion> Duplicates);

/// <summary>
/// Registers a letter from any channel: an officer of the unit, or a citizen through the portal
/// (<see cref="FromPublic"/>), to a unit that receives letters (<see cref="LetterReceivers"/>). Starts the limits of its
/// kind and offers likely duplicates.
/// </summary>
public sealed class RegisterPetition(AppDbContext db, UnitScope scope, PetitionAccess access, PetitionClock legalClock,
    IdentityProtector protector, DuplicateFinder duplicates, UnitLineage lineage, PetitionIntake intake, AuditRecorder audit, IMemoryCache cache,
    LetterReceivers receivers, IConsents consents, IStringLocalizer<SharedResource> localizer, PetitionNews news, TimeProvider clock)
{
    /// <summary>The subject a letter's consents are recorded under (docs/personal-data.md, Consent).</summary>
    public static string ConsentSubject(string trackingCode) => $"Letter:{trackingCode}";

    public Task<RegisteredPetition> HandleAsync(RegisterPetitionRequest request, CancellationToken ct = default) =>
        RegisterAsync(request with { EmailUpdates = false }, fromPublic: false, ct); // consent is given by the citizen on the portal

    public Task<RegisteredPetition> FromPublic(RegisterPetitionRequest request, CancellationToken ct = default) =>
        RegisterAsync(request with { Channel = PetitionChannel.Portal, ReceivedOn = clock.VietnamToday(), CaseId = null, FirstInstanceTrackingCode = null },
            fromPublic: true, ct);

    private async Task<RegisteredPetition> RegisterAsync(RegisterPetitionRequest r, bool fromPublic, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var named = !string.IsNullOrWhiteSpace(r.PetitionerName);
        var contact = !string.IsNullOrWhiteSpace(r.PetitionerPhone) || !string.IsNullOrWhiteSpace(r.PetitionerEmail);
        var needsIdentity = r.Kind is PetitionKind.Complaint || (r.Kind is PetitionKind.Denunciation && (fromPublic || !r.IsAnonymous));
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Require(r.Channel is not null, "channel", "Validation.Required")
            .Require(r.ReceivedOn is not null, "receivedOn", "Validation.Required")
            .Require(r.ReceivedOn is null || r.ReceivedOn <= today, "receivedOn", "Petition.FutureDate")
            .Text(r.Content, "content", Petition.ContentMaxLength)
            .Text(r.Subject, "subject", Petition.SubjectMaxLength, required: false)
            .Require(r.SignerCount is null or (>= 1 and <= 100_000), "signerCount", "Petition.SignerCount")
            .Text(r.PetitionerName, "petitionerName", 120, required: needsIdentity)
            .Text(r.PetitionerAddress, "petitionerAddress", 300, required: false)
            .Text(r.PetitionerPhone, "petitionerPhone", 20, required: false)
            .Text(r.PetitionerEmail, "petitionerEmail", 256, required: false)
            .Require(!needsIdentity || !fromPublic || contact, "petitionerPhone", "Petition.ContactRequired")
            .Require(string.IsNullOrWhiteSpace(r.PetitionerEmail) || r.PetitionerEmail.Contains('@'), "petitionerEmail", "Account.EmailInvalid")
            .Require(!r.IsAnonymous || r.Kind is PetitionKind.Denunciation, "isAnonymous", "Petition.AnonymousOnlyDenunciation")
            // News by email is consented to, with its text kept (docs/personal-data.md, Consent); never for a denunciation,
            // whose email stays sealed with the denouncer's identity.
            .Require(!r.EmailUpdates || !string.IsNullOrWhiteSpace(r.PetitionerEmail), "petitionerEmail", "Petition.EmailUpdatesNeedEmail")
            .Require(!r.EmailUpdates || r.Kind is not PetitionKind.Denunciation, "emailUpdates", "Petition.EmailUpdatesNotForDenunciation")
            .ThrowIfInvalid();

        var code = Text.Clean(r.UnitCode);
        var unit = fromPublic
            ? await PortalUnitAsync(code, today, ct)
            : await scope.RequireAsync(code, Permission.Edit, ct);
        if (fromPublic && !LetterReceivers.Receives(unit))
        {
            // The nation, a province, a village...: a citizen's letter goes to the commune (docs/domain.md).
            throw await receivers.RefusalAsync(unit, today, ct);
        }
        if (!unit.IsActiveOn(r.ReceivedOn!.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(r.ReceivedOn.Value));
        }

        Guid? firstInstance = null;
        if (!string.IsNullOrWhiteSpace(r.FirstInstanceTrackingCode))
        {
            var first = await db.Set<Petition>().FirstOrDefaultAsync(p => p.TrackingCode == Text.Clean(r.FirstInstanceTrackingCode), ct)
                ?? throw DomainException.NotFound("Petition.TrackingNotFound", Text.Clean(r.FirstInstanceTrackingCode));
            if (first.Kind != PetitionKind.Complaint || r.Kind != PetitionKind.Complaint)
            {
                throw DomainException.Invalid("Petition.SecondInstanceOnlyComplaints");
            }
            firstInstance = first.Id;
        }

        var content = Text.Clean(r.Content);
        var subject = Text.CleanOrNull(r.Subject) ?? Summarise(content);
        PetitionCase petitionCase;
        if (r.CaseId is { } caseId)
        {
            petitionCase = await db.Set<PetitionCase>().FirstOrDefaultAsync(c => c.Id == caseId && c.UnitId == unit.Id, ct)
                ?? throw DomainException.NotFound("Petition.CaseNotFound");
        }
        else
        {
            petitionCase = new PetitionCase { UnitId = unit.Id, Title = subject, CreatedAt = clock.GetUtcNow().UtcDateTime };
        }

        var isDenunciation = r.Kind == PetitionKind.Denunciation;
        var petition = new Petition
        {
            UnitId = unit.Id,
            CaseId = petitionCase.Id,
            TrackingCode = PetitionAccess.NewTrackingCode(today),
            Kind = r.Kind!.Value,
            Channel = r.Channel!.Value,
            Status = PetitionStatus.Received,
            ReceivedOn = r.ReceivedOn.Value,
            Subject = subject,
            Content = content,
            SignerCount = r.SignerCount ?? 1,
            IsAnonymous = r.IsAnonymous,
            FirstInstanceId = firstInstance,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var identity = new DenouncerIdentity(Text.CleanOrNull(r.PetitionerName), Text.CleanOrNull(r.PetitionerAddress),
            Text.CleanOrNull(r.PetitionerPhone), Text.CleanOrNull(r.PetitionerEmail));
        if (isDenunciation)
        {
            // The denouncer's identity never touches a plain column.
            petition.ProtectedIdentity = r.IsAnonymous ? null : protector.Protect(identity);
        }
        else
        {
            (petition.PetitionerName, petition.PetitionerAddress, petition.PetitionerPhone, petition.PetitionerEmail) =
                (identity.Name, identity.Address, identity.Phone, identity.Email);
        }

        access.Record(petition, PetitionEventKind.Registered, petition.ReceivedOn, null);
        await StartReceiptClocksAsync(legalClock, petition, unit.IsRemoteArea, ct);
        var calls = await news.ReceivedAsync(petition, unit.Code, ct);
        object[] created = r.CaseId is null ? [petitionCase, petition, .. calls] : [petition, .. calls];
        if (fromPublic)
        {
            // The rows, parents first, and their audit rows are made here, on the request's thread and with its
            // caller's address; the group-commit writer only writes them. A tracking code drawn twice (seven random
            // characters a day: rare, but not never on a busy day) is drawn again.
            for (var attempt = 1; ; attempt++)
            {
                object[] rows = [petitionCase, petition, .. petition.Events, .. petition.Deadlines,
                    audit.Created(petitionCase), audit.Created(petition), .. EmailConsent(r, petition), .. calls];
                try
                {
                    await intake.SaveAsync(rows, ct);
                    return new RegisteredPetition(petition, []);
                }
                catch (Exception e) when (attempt < 3 && TrackingCodeTaken(e))
                {
                    petition.TrackingCode = PetitionAccess.NewTrackingCode(today);
                }
            }
        }
        var found = await duplicates.FindAsync(petition, ct);
        // An officer's letter is one row among few: the code is checked before it is written.
        while (await db.Set<Petition>().AnyAsync(p => p.TrackingCode == petition.TrackingCode, ct))
        {
            petition.TrackingCode = PetitionAccess.NewTrackingCode(today);
        }
        db.AddRange(created);
        await db.SaveChangesAsync(ct);
        return new RegisteredPetition(petition, found);
    }

    /// <summary>The consent to news by email, with the exact text the citizen saw in the language of the page.</summary>
    private IEnumerable<object> EmailConsent(RegisterPetitionRequest r, Petition petition)
    {
        if (r.EmailUpdates)
        {
            yield return consents.NewRecord(new ConsentGiven(ConsentPurpose.EmailUpdates, ConsentSubject(petition.TrackingCode), Text.Clean(r.PetitionerEmail),
                localizer["Consent.EmailUpdates"].Value, System.Globalization.CultureInfo.CurrentUICulture.Name));
        }
    }

    internal static bool TrackingCodeTaken(Exception e) =>
        UniqueViolation.Of(e, nameof(Petition), nameof(Petition.TrackingCode), "IX_Petition_TrackingCode");

    /// <summary>
    /// The unit a citizen writes to (a commune merged away in 2025 hands over to the commune that holds its
    /// records now). Kept a minute in memory: the portal's busiest path should not ask the database each time.
    /// </summary>
    private async Task<Unit> PortalUnitAsync(string code, DateOnly today, CancellationToken ct) =>
        await cache.GetOrCreateAsync($"portal-unit:{code}:{today.DayNumber}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct) ?? throw DomainException.NotFound("Unit.NotFound", code);
            return unit.IsActiveOn(today) ? unit : await lineage.SuccessorOnAsync(unit, today, ct);
        }) ?? throw DomainException.NotFound("Unit.NotFound", code);

    /// <summary>The limits that run from receipt: handling the letter, and the kind's own first step.</summary>
    internal static async Task StartReceiptClocksAsync(PetitionClock legalClock, Petition petition, bool isRemote, CancellationToken ct)
    {
        await legalClock.StartAsync(petition, DeadlineRuleId.HandleLetter, petition.ReceivedOn, isRemote, ct);
        switch (petition.Kind)
        {
            case PetitionKind.Complaint:
                await legalClock.StartAsync(petition, DeadlineRuleId.AcceptComplaint, petition.ReceivedOn, isRemote, ct);
                break;
            case PetitionKind.Denunciation when !petition.IsAnonymous:
                await legalClock.StartAsync(petition, DeadlineRuleId.CheckDenunciation, petition.ReceivedOn, isRemote, ct);
                break;
            case PetitionKind.Denunciation:
            case PetitionKind.Recommendation:
            case PetitionKind.Reflection:
                break;
        }
    }

    private static string Summarise(string content)
    {
        var line = content.Split('\n', 2)[0].Trim();
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}
