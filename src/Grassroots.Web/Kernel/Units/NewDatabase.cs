using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Kernel.Units;

/// <summary>A database without units is new: it gets the demo data when asked for, otherwise the root and the first administrator.</summary>
public sealed class NewDatabase(AppDbContext db, IOptions<DemoOptions> demo, DemoRunner demoRunner, UserManager<AppUser> users, IConfiguration configuration,
    TimeProvider clock, ILogger<NewDatabase> log) : IStartupTask
{
    public async Task RunAsync(CancellationToken ct)
    {
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }
        if (demo.Value.Enabled)
        {
            await demoRunner.SeedAsync(ct);
            log.LogInformation("New database filled with demo data");
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var root = new Unit { Code = Unit.RootCode, Name = Unit.RootName, Kind = UnitKind.Nation, Path = Unit.PathUnder(null, Unit.RootCode) };
        db.Units.Add(root);
        await db.SaveChangesAsync(ct);
        var adminName = configuration["Bootstrap:AdminUser"];
        var adminPassword = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(adminName) || string.IsNullOrWhiteSpace(adminPassword))
        {
            log.LogWarning("New database without demo data and without Bootstrap:AdminUser/AdminPassword: nobody can sign in yet");
            return;
        }
        var admin = new AppUser { UserName = adminName, FullName = "Quản trị hệ thống", HomeUnitId = root.Id, CreatedAt = now };
        db.RoleGrants.Add(new RoleGrant { User = admin, UnitId = root.Id, Role = Role.Administrator, GrantedAt = now });
        var result = await users.CreateAsync(admin, adminPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Bootstrap:AdminPassword is refused: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        // An operator who scripts the set-up (or a benchmark) may give the first administrator's authenticator key, so
        // that the API answers without enrolling on the web first; otherwise the administrator enrols at first sign-in.
        if (configuration["Bootstrap:AdminTwoFactorKey"] is { Length: > 0 } key)
        {
            if (key.Length < 16 || !key.All(c => c is >= 'A' and <= 'Z' or >= '2' and <= '7'))
            {
                throw new InvalidOperationException("Bootstrap:AdminTwoFactorKey must be a base32 key (A–Z, 2–7) of at least 16 characters.");
            }
            await users.SetAuthenticationTokenAsync(admin, "[AspNetUserStore]", "AuthenticatorKey", key);
            await users.SetTwoFactorEnabledAsync(admin, true);
        }
        log.LogInformation("New database: root unit and administrator {Admin} created", adminName);
    }
}
