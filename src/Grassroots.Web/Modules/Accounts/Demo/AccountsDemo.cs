using System.Text;
using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts.Demo;

/// <summary>
/// The demo's accounts (README, "Demo accounts"): the national administrator; for each province an administrator, its
/// head and a steering committee member; for each district (until 1/7/2025) its head, report clerk, reception officer and
/// supervisor; an officer for every commune, old and new, and a chairman for each commune of today. Passwords are
/// <see cref="DemoAccounts"/>'s.
/// </summary>
public sealed class AccountsDemo(AppDbContext db, IPasswordHasher<AppUser> hasher, TimeProvider clock) : IDemoData
{
    private readonly HashSet<string> _userNames = [];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path).ToListAsync(ct);
        var root = units.Single(u => u.ParentId == null);
        var provinces = units.Where(u => u.Kind == UnitKind.Province)
            .Select(p => (Province: p, Districts: units.Where(d => d.ParentId == p.Id && d.Kind == UnitKind.District).ToList())).ToList();
        bool IsCommune(Unit u) => u.Kind is UnitKind.Commune or UnitKind.Township or UnitKind.Ward or UnitKind.SpecialZone;
        var oldCommunes = units.Where(u => IsCommune(u) && u.ValidTo == DemoFacts.ReformDate).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var newCommunes = units.Where(u => IsCommune(u) && u.ValidFrom == DemoFacts.ReformDate).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var adminHash = hasher.HashPassword(null!, DemoAccounts.AdminPassword);
        var demoHash = hasher.HashPassword(null!, DemoAccounts.DemoPassword);
        var names = 0;
        User(DemoAccounts.AdminUserName, "Quản trị hệ thống", "Quản trị viên", root, Role.Administrator, adminHash, now);
        foreach (var (province, districts) in provinces)
        {
            var p = Slug(province.Name.Replace("Tỉnh ", "", StringComparison.Ordinal));
            User($"qt.{p}", DemoNames.Person(names++), "Chuyên viên Sở Nội vụ (quản trị)", province, Role.Administrator, demoHash, now);
            User($"ld.{p}", DemoNames.Person(names++), "Chủ tịch UBND tỉnh", province, Role.Head, demoHash, now);
            User($"bcd.{p}", DemoNames.Person(names++), "Thành viên Ban Chỉ đạo QCDC tỉnh", province, Role.SteeringCommittee, demoHash, now);
            foreach (var district in districts)
            {
                var d = Slug(district.Name.Replace("Huyện ", "", StringComparison.Ordinal));
                User($"ld.{d}", DemoNames.Person(names++), "Chủ tịch UBND huyện", district, Role.Head, demoHash, now);
                User($"vp.{d}", DemoNames.Person(names++), "Chuyên viên Phòng Nội vụ", district, Role.ReportClerk, demoHash, now);
                User($"tcd.{d}", DemoNames.Person(names++), "Cán bộ Ban Tiếp công dân huyện", district, Role.Officer, demoHash, now);
                User($"gs.{d}", DemoNames.Person(names++), "Ủy viên Ủy ban MTTQ Việt Nam huyện", district, Role.Supervisor, demoHash, now);
            }
        }
        // Communes of today first, so they get the plain user names; an old commune of the same name gets its code appended.
        foreach (var commune in newCommunes.Concat(oldCommunes))
        {
            User($"cb.{Slug(StripKind(commune.Name))}", DemoNames.Person(names++, commune.IsRemoteArea), "Công chức Văn phòng - Thống kê", commune, Role.Officer, demoHash, now, commune.Code);
        }
        foreach (var commune in newCommunes)
        {
            User($"ct.{Slug(StripKind(commune.Name))}", DemoNames.Person(names++, commune.IsRemoteArea), "Chủ tịch UBND xã", commune, Role.Head, demoHash, now, commune.Code);
        }
        await db.SaveChangesAsync(ct);
    }

    private void User(string userName, string fullName, string position, Unit unit, Role role, string hash, DateTime now, string? disambiguator = null)
    {
        if (!_userNames.Add(userName))
        {
            userName = $"{userName}-{disambiguator}";
            _userNames.Add(userName);
        }
        var user = new AppUser
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
        };
        db.RoleGrants.Add(new RoleGrant { User = user, UnitId = unit.Id, Role = role, GrantedAt = now });
        if (role is Role.Administrator or Role.Head)
        {
            // Administrators and heads sign in with a second factor; the demo's share one known key (DemoAccounts.TwoFactorKey).
            user.TwoFactorEnabled = true;
            db.Set<IdentityUserToken<Guid>>().Add(new IdentityUserToken<Guid>
            {
                UserId = user.Id,
                LoginProvider = "[AspNetUserStore]",
                Name = "AuthenticatorKey",
                Value = DemoAccounts.TwoFactorKey,
            });
        }
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
}
