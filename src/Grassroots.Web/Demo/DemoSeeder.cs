using System.Globalization;
using System.Text;
using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Demo;

/// <summary>
/// Lays the demo districts of <see cref="DemoCatalog"/> into a new database: the tree as it stood before
/// 1 July 2025, the reform as lineage events, and an account for every role. Deterministic: the same
/// database on every machine.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, IPasswordHasher<AppUser> hasher, TimeProvider clock) : Platform.Modules.IDemoData
{
    public const string AdminUserName = DemoAccounts.AdminUserName;
    public const string AdminPassword = DemoAccounts.AdminPassword;
    public const string DemoPassword = DemoAccounts.DemoPassword;
    public static readonly DateOnly ReformDate = new(2025, 7, 1);

    private readonly List<AppUser> _users = [];
    private readonly HashSet<string> _userNames = [];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        var root = Add(new Unit { Code = Unit.RootCode, Name = Unit.RootName, Kind = UnitKind.Nation }, null);
        var oldCommunes = new Dictionary<string, (Unit Unit, DemoCommune Spec, Unit District)>();
        var provinces = new List<(Unit Province, DemoProvince Spec, List<(Unit District, DemoDistrict Spec)> Districts)>();
        foreach (var p in DemoCatalog.Provinces)
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
            Reference = DemoCatalog.Reform2025Reference,
            Note = "Minh họa: cách ghép xã trong dữ liệu mẫu không phải phương án chính thức.",
            RecordedAt = now,
        };
        var newCommunes = new List<(Unit Unit, List<Unit> Old)>();
        foreach (var m in DemoCatalog.Reform2025)
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

        AddAccounts(root, provinces, oldCommunes.Values.Select(v => v.Unit), newCommunes.Select(n => n.Unit), now);
        db.Users.AddRange(_users);
        await db.SaveChangesAsync(ct);

        await new DemoParticipation(db, clock).SeedAsync(ct);
        await new DemoConventions(db, clock).SeedAsync(hasher.HashPassword(null!, DemoPassword), ct);
        await DemoIndicators.SeedAsync(db, clock, ct);
    }

    private void AddAccounts(Unit root, List<(Unit Province, DemoProvince Spec, List<(Unit District, DemoDistrict Spec)> Districts)> provinces,
        IEnumerable<Unit> oldCommunes, IEnumerable<Unit> newCommunes, DateTime now)
    {
        var adminHash = hasher.HashPassword(null!, AdminPassword);
        var demoHash = hasher.HashPassword(null!, DemoPassword);
        var names = new PersonNames();
        User(AdminUserName, "Quản trị hệ thống", "Quản trị viên", root, Role.Administrator, adminHash, now);
        foreach (var (province, _, districts) in provinces)
        {
            var p = Slug(province.Name.Replace("Tỉnh ", "", StringComparison.Ordinal));
            User($"qt.{p}", names.Next(), "Chuyên viên Sở Nội vụ (quản trị)", province, Role.Administrator, demoHash, now);
            User($"ld.{p}", names.Next(), "Chủ tịch UBND tỉnh", province, Role.Head, demoHash, now);
            User($"bcd.{p}", names.Next(), "Thành viên Ban Chỉ đạo QCDC tỉnh", province, Role.SteeringCommittee, demoHash, now);
            foreach (var (district, _) in districts)
            {
                var d = Slug(district.Name.Replace("Huyện ", "", StringComparison.Ordinal));
                User($"ld.{d}", names.Next(), "Chủ tịch UBND huyện", district, Role.Head, demoHash, now);
                User($"vp.{d}", names.Next(), "Chuyên viên Phòng Nội vụ", district, Role.ReportClerk, demoHash, now);
                User($"tcd.{d}", names.Next(), "Cán bộ Ban Tiếp công dân huyện", district, Role.Officer, demoHash, now);
                User($"gs.{d}", names.Next(), "Ủy viên Ủy ban MTTQ Việt Nam huyện", district, Role.Supervisor, demoHash, now);
            }
        }
        // Communes of today first, so they get the plain user names; an old commune of the same name gets its code appended.
        foreach (var commune in newCommunes.Concat(oldCommunes))
        {
            User($"cb.{Slug(StripKind(commune.Name))}", names.Next(commune.IsRemoteArea), "Công chức Văn phòng - Thống kê", commune, Role.Officer, demoHash, now, commune.Code);
        }
        foreach (var commune in newCommunes)
        {
            User($"ct.{Slug(StripKind(commune.Name))}", names.Next(commune.IsRemoteArea), "Chủ tịch UBND xã", commune, Role.Head, demoHash, now, commune.Code);
        }
    }

    private void User(string userName, string fullName, string position, Unit unit, Role role, string hash, DateTime now, string? disambiguator = null)
    {
        if (!_userNames.Add(userName))
        {
            userName = $"{userName}-{disambiguator}";
            _userNames.Add(userName);
        }
        _users.Add(new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            FullName = fullName,
            Position = position,
            HomeUnitId = unit.Id,
            PasswordHash = hash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            CreatedAt = now,
        });
        db.RoleGrants.Add(new RoleGrant { User = _users[^1], UnitId = unit.Id, Role = role, GrantedAt = now });
    }

    private Unit Add(Unit unit, Unit? parent)
    {
        unit.Parent = parent;
        unit.Path = Unit.PathUnder(parent, unit.Code);
        db.Units.Add(unit);
        return unit;
    }

    private static string StripKind(string name)
    {
        foreach (var prefix in new[] { "Thị trấn ", "Xã ", "Phường ", "Đặc khu " })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name[prefix.Length..];
            }
        }
        return name;
    }

    private static string Lower(string unitName) =>
        unitName.Length > 0 ? char.ToLower(unitName[0], CultureInfo.GetCultureInfo("vi")) + unitName[1..] : unitName;

    /// <summary>"Liêng S'rônh" → "liengsronh": ASCII user names that are easy to type.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>Deterministic Vietnamese names from the catalogue.</summary>
    private sealed class PersonNames
    {
        private int _n;

        public string Next(bool highland = false)
        {
            var i = _n++;
            if (highland)
            {
                return DemoCatalog.HighlandFullNames[i % DemoCatalog.HighlandFullNames.Count];
            }
            var family = DemoCatalog.KinhFamilyNames[i * 7 % DemoCatalog.KinhFamilyNames.Count];
            var middle = DemoCatalog.MiddleNames[i * 5 % DemoCatalog.MiddleNames.Count];
            var given = DemoCatalog.GivenNames[i * 11 % DemoCatalog.GivenNames.Count];
            return $"{family} {middle} {given}";
        }
    }
}
