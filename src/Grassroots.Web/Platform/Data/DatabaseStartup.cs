using System.Diagnostics;
using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Platform.Data;

/// <summary>On start: migrate; then, in a new database only, lay the root and either the demo data or the first administrator.</summary>
public static class DatabaseStartup
{
    public const string RootCode = "VN";

    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Grassroots.Startup");
        var watch = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Units.AnyAsync(ct))
        {
            log.LogInformation("Database ready in {Elapsed} ms", watch.ElapsedMilliseconds);
            return;
        }
        var demo = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            log.LogInformation("New database filled with demo data in {Elapsed} ms", watch.ElapsedMilliseconds);
            return;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var root = new Unit { Code = RootCode, Name = "Việt Nam", Kind = UnitKind.Nation, Path = Unit.PathUnder(null, RootCode) };
        db.Units.Add(root);
        await db.SaveChangesAsync(ct);
        var configuration = app.Configuration;
        var adminName = configuration["Bootstrap:AdminUser"];
        var adminPassword = configuration["Bootstrap:AdminPassword"];
        if (!string.IsNullOrWhiteSpace(adminName) && !string.IsNullOrWhiteSpace(adminPassword))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = new AppUser
            {
                UserName = adminName,
                FullName = "Quản trị hệ thống",
                HomeUnitId = root.Id,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                Grants = [new RoleGrant { UnitId = root.Id, Role = Role.Administrator, GrantedAt = clock.GetUtcNow().UtcDateTime }],
            };
            var result = await users.CreateAsync(admin, adminPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Bootstrap:AdminPassword is refused: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            log.LogInformation("New database: root unit and administrator {Admin} created", adminName);
        }
        else
        {
            log.LogWarning("New database without demo data and without Bootstrap:AdminUser/AdminPassword: nobody can sign in yet");
        }
    }
}
