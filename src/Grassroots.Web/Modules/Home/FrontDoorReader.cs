namespace Grassroots.Web.Modules.Home;

/// <summary>
/// What the front door shows a citizen who is not signed in: what their search found, the provinces to browse, and the
/// communes of the province they chose.
/// </summary>
public sealed record FrontDoor(string? Query, UnitSearchResult? Found, IReadOnlyList<PublicUnit> Provinces, PublicUnit? Province,
    IReadOnlyList<PublicUnit> Communes, bool UnknownProvince);

/// <summary>The citizen's way in: the country's communes searched by name or browsed by province (the kernel's <see cref="UnitDirectory"/>).</summary>
public sealed class FrontDoorReader(UnitDirectory units)
{
    /// <summary>A search longer than the longest name finds nothing more: it is cut there.</summary>
    public const int QueryMaxLength = Unit.NameMaxLength;

    public async Task<FrontDoor> ReadAsync(string? query, string? provinceCode, CancellationToken ct)
    {
        var q = Text.CleanOrNull(query);
        if (q is { Length: > QueryMaxLength })
        {
            q = q[..QueryMaxLength];
        }
        var found = q is null ? null : await units.SearchAsync(q, ct);
        var provinces = await units.ProvincesAsync(ct);
        var code = Text.CleanOrNull(provinceCode);
        var province = code is null ? null : await units.ProvinceAsync(code, ct);
        return new FrontDoor(q, found, provinces, province?.Province, province?.Communes ?? [], code is not null && province is null);
    }
}
