using System.Globalization;

namespace Grassroots.Web.Modules.Directory.Demo;

/// <summary>
/// The demo's tree (<see cref="DemoTree"/>): Tỉnh Quảng Ngãi › Huyện Bình Sơn and Tỉnh Lâm Đồng › Huyện Đam Rông as they stood
/// before 1 July 2025, with their villages, commune bodies, district agencies, public service units and enterprises, and the
/// 2025 reform as lineage: the districts end, the old communes merge into new ones under the province, their villages move
/// with them. Deterministic: the same tree on every machine.
/// </summary>
public sealed class DirectoryDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly DateOnly ReformDate = DemoTree.Reform2025EffectiveDate;

    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var root = Add(new Unit { Code = Unit.RootCode, Name = Unit.RootName, Kind = UnitKind.Nation }, null);
        var oldCommunes = new Dictionary<string, (Unit Unit, DemoCommune Spec, Unit District)>();
        var provinces = new List<(Unit Province, DemoProvince Spec, List<(Unit District, DemoDistrict Spec)> Districts)>();
        foreach (var p in DemoTree.Provinces)
        {
            var province = Add(new Unit { Code = p.Code, Name = p.Name, Kind = UnitKind.Province }, root);
            foreach (var org in p.Organisations)
            {
                Add(new Unit { Code = org.Code, Name = org.Name, Kind = Enum.Parse<UnitKind>(org.Kind) }, province);
            }
            var districts = new List<(Unit, DemoDistrict)>();
            foreach (var d in p.Districts)
            {
                var district = Add(new Unit { Code = d.Code, Name = d.Name, Kind = UnitKind.District, ValidTo = ReformDate }, province);
                districts.Add((district, d));
                foreach (var c in d.Communes)
                {
                    var commune = Add(new Unit
                    {
                        Code = c.Code,
                        Name = c.Name,
                        Kind = Enum.Parse<UnitKind>(c.Kind),
                        IsRemoteArea = c.IsRemoteArea,
                        ValidTo = ReformDate,
                    }, district);
                    oldCommunes[c.Code] = (commune, c, district);
                }
            }
            provinces.Add((province, p, districts));
        }
        await db.SaveChangesAsync(ct);

        // The 2025 reform: new communes directly under the province; villages and commune bodies move into them.
        var reform = new LineageEvent
        {
            Kind = LineageEventKind.Merge,
            EffectiveDate = ReformDate,
            Reference = DemoTree.Reform2025Reference,
            Note = "Minh họa: cách ghép xã trong dữ liệu mẫu không phải phương án chính thức.",
            RecordedAt = now,
        };
        var newCommunes = new List<(Unit Unit, List<Unit> Old)>();
        foreach (var m in DemoTree.Reform2025)
        {
            var olds = m.OldCodes.Select(code => oldCommunes[code]).ToList();
            var province = provinces.Single(p => p.Districts.Any(d => d.District.Id == olds[0].District.Id)).Province;
            var unit = Add(new Unit
            {
                Code = m.NewCode,
                Name = m.NewName,
                Kind = Enum.Parse<UnitKind>(m.NewKind),
                IsRemoteArea = olds.Any(o => o.Unit.IsRemoteArea),
                ValidFrom = ReformDate,
            }, province);
            newCommunes.Add((unit, olds.Select(o => o.Unit).ToList()));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (unit, olds) in newCommunes)
        {
            foreach (var old in olds)
            {
                reform.Links.Add(new LineageLink { Kind = LineageLinkKind.Succession, FromUnitId = old.Id, ToUnitId = unit.Id, IsPrimary = true });
            }
        }

        // Villages and the bodies of each old commune: created under the old commune, living today under the new one.
        var successorOf = newCommunes.SelectMany(n => n.Old.Select(o => (o.Id, n.Unit))).ToDictionary(x => x.Id, x => x.Unit);
        foreach (var (code, (commune, spec, _)) in oldCommunes)
        {
            var home = successorOf.GetValueOrDefault(commune.Id, commune);
            var index = 0;
            var bodies = spec.Villages.Select(v => (Name: v, Kind: UnitKind.ResidentialCommunity))
                .Append(($"Ủy ban MTTQ Việt Nam {Lower(commune.Name)}", UnitKind.Organisation))
                .Append(($"Ban Thanh tra nhân dân {Lower(commune.Name)}", UnitKind.Organisation));
            foreach (var (name, kind) in bodies)
            {
                index++;
                var child = Add(new Unit
                {
                    Code = $"{code}.{index:00}",
                    Name = name,
                    Kind = kind,
                    IsRemoteArea = commune.IsRemoteArea,
                }, home);
                if (home != commune)
                {
                    reform.Links.Add(new LineageLink
                    {
                        Kind = LineageLinkKind.Reparent,
                        FromUnit = child,
                        ToUnit = child,
                        OldParentId = commune.Id,
                        NewParentId = home.Id,
                    });
                }
            }
        }

        // District bodies: agencies end with the district; units and enterprises pass to the province.
        var dissolve = new LineageEvent
        {
            Kind = LineageEventKind.Dissolve,
            EffectiveDate = ReformDate,
            Reference = "Luật Tổ chức chính quyền địa phương 2025 (chính quyền địa phương hai cấp)",
            Note = "Cấp huyện kết thúc hoạt động; hồ sơ của huyện chuyển về tỉnh.",
            RecordedAt = now,
        };
        foreach (var (province, _, districts) in provinces)
        {
            foreach (var (district, spec) in districts)
            {
                dissolve.Links.Add(new LineageLink { Kind = LineageLinkKind.Succession, FromUnitId = district.Id, ToUnitId = province.Id, IsPrimary = true });
                foreach (var org in spec.Organisations)
                {
                    var kind = Enum.Parse<UnitKind>(org.Kind);
                    var moves = kind is UnitKind.PublicServiceUnit or UnitKind.Enterprise;
                    var unit = Add(new Unit { Code = org.Code, Name = org.Name, Kind = kind, ValidTo = moves ? null : ReformDate }, moves ? province : district);
                    if (moves)
                    {
                        dissolve.Links.Add(new LineageLink { Kind = LineageLinkKind.Reparent, FromUnit = unit, ToUnit = unit, OldParentId = district.Id, NewParentId = province.Id });
                    }
                    else
                    {
                        dissolve.Links.Add(new LineageLink { Kind = LineageLinkKind.Succession, FromUnit = unit, ToUnitId = province.Id, IsPrimary = true });
                    }
                }
            }
        }
        db.LineageEvents.AddRange(reform, dissolve);
        await db.SaveChangesAsync(ct);

    }

    private Unit Add(Unit unit, Unit? parent)
    {
        unit.Parent = parent;
        unit.Path = Unit.PathUnder(parent, unit.Code);
        db.Units.Add(unit);
        return unit;
    }

    private static string Lower(string unitName) =>
        unitName.Length > 0 ? char.ToLower(unitName[0], CultureInfo.GetCultureInfo("vi")) + unitName[1..] : unitName;
}
