namespace Grassroots.Web.Modules.Decisions;

public sealed record DecisionPortalModel(string UnitCode, IReadOnlyList<PortalMatter> Items);

/// <summary>The portal's section of what the communities under the unit decide (Dân quyết định): open votes and results.</summary>
public sealed class DecisionPortalSection(DecisionReader reader) : IPortalSection
{
    public int Order => 30;

    public string View => "/Modules/Decisions/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) => new DecisionPortalModel(unit.Code, await reader.PortalAsync(unit.Path, 10, ct));
}
