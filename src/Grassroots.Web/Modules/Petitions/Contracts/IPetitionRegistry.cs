namespace Grassroots.Web.Modules.Petitions.Contracts;

/// <summary>A letter handed over in person at a citizen reception, to enter the petitions register.</summary>
/// <param name="CaseId">The case the visit concerns, when it is already a petitions case of the same unit.</param>
public sealed record LetterHandedOver(
    string UnitCode,
    PetitionKind? Kind,
    DateOnly ReceivedOn,
    string Content,
    int Signatories,
    string PetitionerName,
    string? PetitionerAddress,
    Guid? CaseId);

public sealed record RegisteredLetter(Guid PetitionId, Guid CaseId, string TrackingCode);

/// <summary>
/// The case a tracking code belongs to. <paramref name="Confidential"/>: the case holds a denunciation, so whoever comes
/// about it may be the denouncer, whose name, address and papers are kept secret (LTC Điều 8 khoản 3, Điều 47, Điều 56).
/// </summary>
public sealed record TrackedCase(Guid CaseId, bool Confidential);

/// <summary>Where a letter stands, in words for people (the reception log's "follow-up of the result" column).</summary>
public sealed record LetterProgress(string TrackingCode, string Status);

/// <summary>
/// A letter about a dispute between neighbours, as a mediation team takes it up (Registers): who wrote it, what it says,
/// where it was received. Never a denunciation (its writer's name is sealed and it is no dispute to mediate).
/// </summary>
public sealed record LetterForMediation(Guid PetitionId, string TrackingCode, int UnitId, string UnitPath, PetitionKind Kind, string PetitionerName,
    string Content, DateOnly ReceivedOn, bool MayBeHandedOver);

/// <summary>What the petitions register offers other modules (Reception, Registers). Nothing else of Petitions is theirs to touch.</summary>
public interface IPetitionRegistry
{
    /// <summary>Registers the letter in the caller's transaction, with the limits of its kind running.</summary>
    Task<RegisteredLetter> RegisterHandedOverAsync(LetterHandedOver letter, CancellationToken ct);

    /// <summary>The case a tracking code belongs to, or null when no letter has that code.</summary>
    Task<TrackedCase?> CaseOfTrackingCodeAsync(string trackingCode, CancellationToken ct);

    /// <summary>The progress of the given letters; letters that do not exist are left out.</summary>
    Task<IReadOnlyDictionary<Guid, LetterProgress>> ProgressOfAsync(IReadOnlyCollection<Guid> petitionIds, CancellationToken ct);

    /// <summary>Those of the given letters whose case is still open: their people's data is kept (docs/personal-data.md, Retention).</summary>
    Task<IReadOnlySet<Guid>> InOpenCasesAsync(IReadOnlyCollection<Guid> petitionIds, CancellationToken ct);

    /// <summary>Whether the case exists and is handled by the unit.</summary>
    Task<bool> IsCaseOfUnitAsync(Guid caseId, int unitId, CancellationToken ct);

    /// <summary>
    /// A letter the caller may handle (Edit on its unit, else 403; 404 when there is none), as a mediation team would take
    /// it up. <see cref="LetterForMediation.MayBeHandedOver"/>: it is still waiting to be sorted or sorted, not a denunciation.
    /// </summary>
    Task<LetterForMediation> LetterForMediationAsync(Guid petitionId, CancellationToken ct);

    /// <summary>
    /// Hands the letter over to a grassroots mediation team (chuyển đơn): its clocks stop and it leaves the unit's queue,
    /// saved together with whatever the caller added to the same unit of work (the mediation case).
    /// </summary>
    Task HandToMediationAsync(Guid petitionId, string teamName, CancellationToken ct);
}
