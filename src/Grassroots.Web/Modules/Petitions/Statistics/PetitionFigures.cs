using Grassroots.Web.Modules.Petitions.Export;

namespace Grassroots.Web.Modules.Petitions.Statistics;

/// <summary>The letters' figures and register as other modules see them, through <see cref="IPetitionFigures"/>.</summary>
public sealed class PetitionFigures(PetitionStatistics statistics, ExportPetitionRegister register) : IPetitionFigures
{
    public Task<PetitionStatisticsDto> OfAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct) => statistics.HandleAsync(unit, from, to, ct);

    public Task<FileContent> RegisterAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct) => register.HandleAsync(unit, from, to, ct);
}
