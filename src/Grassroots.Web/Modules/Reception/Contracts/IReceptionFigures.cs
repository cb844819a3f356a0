
namespace Grassroots.Web.Modules.Reception.Contracts;

/// <summary>"455 lượt/578 người với 420 vụ việc (có 01 đoàn đông người 33 người/01 vụ)".</summary>
public sealed record ReceptionFigures(int Visits, int People, int Cases, int CrowdDelegations, int CrowdPeople, int CrowdCases);

/// <summary>The seed reports split receptions by the head (periodic and unscheduled) and regular ones.</summary>
public sealed record ReceptionStatisticsDto(string UnitCode, DateOnly From, DateOnly To, ReceptionFigures All, ReceptionFigures ByHead, ReceptionFigures Regular);

/// <summary>The reception figures other modules (statistics, reports) may ask for.</summary>
public interface IReceptionFigures
{
    /// <summary>Figures of the unit's subtree, including the units merged into it, for the period.</summary>
    Task<ReceptionStatisticsDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default);
}
