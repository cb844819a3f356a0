namespace Grassroots.Web.Kernel.Units;

public enum UnitKind
{
    Nation,
    Province,
    District,
    Commune,
    Ward,
    Township,
    SpecialZone,
    ResidentialCommunity,
    Agency,
    PublicServiceUnit,
    Enterprise,
    Organisation,
}

public static class UnitKinds
{
    public static bool IsCommuneLevel(this UnitKind kind) => kind switch
    {
        UnitKind.Commune or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone => true,
        UnitKind.Nation or UnitKind.Province or UnitKind.District or UnitKind.ResidentialCommunity
            or UnitKind.Agency or UnitKind.PublicServiceUnit or UnitKind.Enterprise or UnitKind.Organisation => false,
    };

    public static bool IsTerritorial(this UnitKind kind) =>
        kind is UnitKind.Nation or UnitKind.Province or UnitKind.District or UnitKind.ResidentialCommunity || kind.IsCommuneLevel();

    /// <summary>Which kind of unit may hang under which: the administrative tree of docs/domain.md.</summary>
    public static bool MayHaveParent(this UnitKind kind, UnitKind? parent) => kind switch
    {
        UnitKind.Nation => parent is null,
        UnitKind.Province => parent is UnitKind.Nation,
        UnitKind.District => parent is UnitKind.Province,
        // Communes sat under districts until 1/7/2025 and sit under provinces since.
        UnitKind.Commune or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone =>
            parent is UnitKind.District or UnitKind.Province,
        UnitKind.ResidentialCommunity => parent is { } p && p.IsCommuneLevel(),
        UnitKind.Agency or UnitKind.PublicServiceUnit or UnitKind.Enterprise or UnitKind.Organisation =>
            parent is { } q && q != UnitKind.ResidentialCommunity,
    };
}
