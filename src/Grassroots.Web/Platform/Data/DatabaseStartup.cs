using System.Diagnostics;

namespace Grassroots.Web.Platform.Data;

/// <summary>On start: migrate, then run the start-up tasks the kernels and modules declared (a new database is laid there).</summary>
public static class DatabaseStartup
{
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Grassroots.Startup");
        var watch = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>())
        {
            await task.RunAsync(ct);
        }
        log.LogInformation("Database ready in {Elapsed} ms", watch.ElapsedMilliseconds);
    }
}
