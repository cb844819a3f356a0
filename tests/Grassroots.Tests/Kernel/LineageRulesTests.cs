
namespace Grassroots.Tests.Kernel;

/// <summary>The administrative tree of docs/domain.md: which kind of unit hangs under which.</summary>
public sealed class LineageRulesTests
{
    [Theory]
    [InlineData(UnitKind.Province, UnitKind.Nation, true)]
    [InlineData(UnitKind.District, UnitKind.Province, true)]
    [InlineData(UnitKind.Commune, UnitKind.District, true)]   // before 1/7/2025
    [InlineData(UnitKind.Commune, UnitKind.Province, true)]   // since 1/7/2025
    [InlineData(UnitKind.Ward, UnitKind.Province, true)]
    [InlineData(UnitKind.ResidentialCommunity, UnitKind.Township, true)]
    [InlineData(UnitKind.ResidentialCommunity, UnitKind.Province, false)]
    [InlineData(UnitKind.Commune, UnitKind.Commune, false)]
    [InlineData(UnitKind.Agency, UnitKind.District, true)]
    [InlineData(UnitKind.Enterprise, UnitKind.ResidentialCommunity, false)]
    [InlineData(UnitKind.Province, UnitKind.Province, false)]
    public void Kinds_hang_where_the_law_puts_them(UnitKind kind, UnitKind parent, bool allowed) =>
        Assert.Equal(allowed, kind.MayHaveParent(parent));

    [Theory]
    [InlineData("20101", true)]
    [InlineData("522.PNV", true)]
    [InlineData("a/b", false)]
    [InlineData("Xã 1", false)]
    [InlineData("", false)]
    public void Codes_are_safe_in_paths_and_urls(string code, bool valid) => Assert.Equal(valid, Unit.IsValidCode(code));

    [Fact]
    public void A_unit_exists_from_its_first_day_up_to_but_not_on_its_end_day()
    {
        var unit = new Unit { Code = "X", Name = "X", ValidFrom = new(2020, 1, 1), ValidTo = new(2025, 7, 1) };
        Assert.False(unit.IsActiveOn(new(2019, 12, 31)));
        Assert.True(unit.IsActiveOn(new(2020, 1, 1)));
        Assert.True(unit.IsActiveOn(new(2025, 6, 30)));
        Assert.False(unit.IsActiveOn(new(2025, 7, 1)));
    }
}
