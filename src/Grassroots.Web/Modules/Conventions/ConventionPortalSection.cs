namespace Grassroots.Web.Modules.Conventions;

public sealed record ConventionPortalModel(string UnitCode, IReadOnlyList<PortalConvention> Items);

/// <summary>The portal's section of village conventions under the unit: the texts in force and the drafts open for comments.</summary>
public sealed class ConventionPortalSection(ConventionReader reader) : IPortalSection
{
    public int Order => 40;

    public string View => "/Modules/Conventions/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) => new ConventionPortalModel(unit.Code, await reader.PortalAsync(unit.Path, 30, ct));
}
