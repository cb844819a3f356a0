namespace Grassroots.Web.Modules.Petitions.Contracts;

/// <summary>Counts are always "letters / cases" (đơn/vụ).</summary>
public sealed record LettersAndCases(int Letters, int Cases);

/// <summary>
/// The petition figures the seed reports print for a unit and period: received by kind, eligible or not,
/// within competence, resolved (on time / late), in progress, not yet handled, handled otherwise
/// (transferred, guided, filed), and the resolution rate = resolved ÷ within competence (a ratio of sums).
/// </summary>
public sealed record PetitionStatisticsDto(string UnitCode, DateOnly From, DateOnly To,
    LettersAndCases Received, IReadOnlyDictionary<PetitionKind, int> ReceivedByKind, int Eligible, int NotEligible,
    LettersAndCases InCompetence, int ResolvedInCompetence, LettersAndCases Resolved, int ResolvedOnTime, int ResolvedLate, int InProgress, int NotYetHandled,
    int HandledOtherwise, double? ResolutionRate);

/// <summary>What the statistics of other modules (Reception's statistics page) may read of the letters: their figures and their register.</summary>
public interface IPetitionFigures
{
    /// <summary>Figures of the unit's subtree, including the units merged into it, for the period.</summary>
    Task<PetitionStatisticsDto> OfAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>The register of the same letters; a denouncer is never named in it.</summary>
    Task<FileContent> RegisterAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct);
}
