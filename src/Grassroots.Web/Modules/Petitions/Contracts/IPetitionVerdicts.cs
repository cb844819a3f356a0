namespace Grassroots.Web.Modules.Petitions.Contracts;

/// <summary>A unit's letters whose senders said, after the answer, whether it satisfied them (on days of a period).</summary>
public sealed record PetitionVerdictCount(int UnitId, int Satisfied, int Unsatisfied);

/// <summary>
/// The per-letter verdicts of the citizens (the public tracking page's "hài lòng / không hài lòng"), counted by the unit
/// holding the letter and the day the verdict was given: the Surveys module counts them into the SIPAS element "receiving
/// and handling feedback".
/// </summary>
public interface IPetitionVerdicts
{
    Task<IReadOnlyList<PetitionVerdictCount>> CountAsync(IReadOnlyCollection<int> unitIds, DateOnly from, DateOnly to, CancellationToken ct);
}
