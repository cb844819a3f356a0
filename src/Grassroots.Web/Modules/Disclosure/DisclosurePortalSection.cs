namespace Grassroots.Web.Modules.Disclosure;

public sealed record DisclosurePortalModel(string UnitCode, IReadOnlyList<PortalDisclosure> Items);

/// <summary>The portal's first section (Dân biết): the latest disclosures the unit published there.</summary>
public sealed class DisclosurePortalSection(DisclosureReader reader) : IPortalSection
{
    public int Order => 10;

    public string View => "/Modules/Disclosure/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) => new DisclosurePortalModel(unit.Code, await reader.PublishedAsync(unit.Code, 10, ct));
}
