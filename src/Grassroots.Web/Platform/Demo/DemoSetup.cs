using Grassroots.Web.Platform.Data;

namespace Grassroots.Web.Platform.Demo;

public sealed class DemoOptions
{
    /// <summary>Fill a new, empty database with the demo district data and demo accounts.</summary>
    public bool Enabled { get; set; }
}

public static class DemoSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // On by default for the embedded SQLite run, off for PostgreSQL and in Production unless asked for.
        var configured = configuration.GetValue<bool?>("Demo:Enabled");
        var enabled = configured ?? (DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.Sqlite && !environment.IsProduction());
        services.Configure<DemoOptions>(o => o.Enabled = enabled);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoActivity>();
        return services;
    }
}
