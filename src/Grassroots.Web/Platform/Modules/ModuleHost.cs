using Grassroots.Web.Platform.Outbox;
using Grassroots.Web.Platform.Demo;
using Grassroots.Web.Platform.Localization;
using Quartz;

namespace Grassroots.Web.Platform.Modules;

/// <summary>The host: the platform's services, then every module's manifest; on start the database, the pipeline and the routes.</summary>
public static class ModuleHost
{
    public static IServiceCollection AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddGrassrootsData(builder.Configuration, builder.Environment);
        services.AddGrassrootsAuth(builder.Environment);
        services.AddGrassrootsLocalization();
        services.AddGrassrootsProblems();
        services.AddGrassrootsHttp();
        services.AddOperatorMetrics();
        services.AddRequestTracing(builder.Configuration);
        services.AddGrassrootsTransport(builder.Configuration);
        services.AddGrassrootsUi();
        services.AddDemoData(builder.Configuration, builder.Environment);
        services.AddGrassrootsOutbox(builder.Configuration, builder.Environment);
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Reads each module's manifest. The order is the order of the demo data and of equal menu entries.</summary>
    public static ModuleCatalog AddModules(this WebApplicationBuilder builder, params IModule[] modules)
    {
        var read = new List<ModuleBuilder>();
        foreach (var module in modules)
        {
            var name = module.GetType().Name.Replace("Module", "", StringComparison.Ordinal);
            var manifest = new ModuleBuilder(name, module.GetType(), builder.Services, builder.Configuration);
            module.Register(manifest);
            manifest.AddParts();
            read.Add(manifest);
        }
        var catalog = new ModuleCatalog(read);
        builder.Services.AddSingleton(catalog);
        return catalog;
    }

    /// <summary>Migrates the database, runs the start-up tasks, and maps the pipeline and every module's routes.</summary>
    public static async Task<WebApplication> StartPlatformAsync(this WebApplication app, CancellationToken ct = default)
    {
        await DatabaseStartup.PrepareAsync(app, ct);
        app.UseGrassrootsPipeline();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var api = app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy);
        api.AddEndpointFilterFactory(DefinedEnums.Filter);
        foreach (var module in catalog.Modules)
        {
            foreach (var map in module.Api)
            {
                map(api);
            }
            foreach (var map in module.Endpoints)
            {
                map(app);
            }
        }
        app.MapGrassrootsUi();
        return app;
    }
}
