using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Grassroots.Web.Platform.Modules;

/// <summary>What a module's manifest declares; the host turns it into services, routes, menu entries and jobs.</summary>
public sealed class ModuleBuilder(string name, Type module, IServiceCollection services, IConfiguration configuration)
{
    private readonly List<Func<RouteGroupBuilder, RouteGroupBuilder>> _api = [];
    private readonly List<Action<IEndpointRouteBuilder>> _endpoints = [];
    private readonly List<NavEntry> _navigation = [];

    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    internal IReadOnlyList<Func<RouteGroupBuilder, RouteGroupBuilder>> Api => _api;

    internal IReadOnlyList<Action<IEndpointRouteBuilder>> Endpoints => _endpoints;

    internal IReadOnlyList<NavEntry> Navigation => _navigation;

    /// <summary>
    /// Registers (scoped) the module's use cases and readers, found by their shape so that the manifest need not list them
    /// (the host calls it after the manifest, so what the manifest registered itself stands):
    /// every class of the module's namespace with a public <c>HandleAsync</c> (a use case, one file each) or named
    /// <c>…Reader</c>. Other services — shared helpers, singletons, implementations of another module's contract — the
    /// manifest registers itself.
    /// </summary>
    internal ModuleBuilder AddUseCasesAndReaders()
    {
        var prefix = module.Namespace + ".";
        foreach (var type in module.Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && !t.IsNested
            && (t.Namespace + ".").StartsWith(prefix, StringComparison.Ordinal)
            && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))
            && (t.Name.EndsWith("Reader", StringComparison.Ordinal) || t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == "HandleAsync"))))
        {
            Services.TryAddScoped(type);
        }
        return this;
    }

    /// <summary>Endpoints under <c>/api/v1</c>, which require a bearer token unless an endpoint allows anonymous callers.</summary>
    public ModuleBuilder MapApi(Func<RouteGroupBuilder, RouteGroupBuilder> map)
    {
        _api.Add(map);
        return this;
    }

    /// <summary>Endpoints outside the API (feeds, the language switch).</summary>
    public ModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map)
    {
        _endpoints.Add(map);
        return this;
    }

    /// <summary>A top-menu entry under its pillar, for those who hold the permission on some unit.</summary>
    public ModuleBuilder Nav(Pillar pillar, string path, string labelKey, Permission permission = Permission.View, int order = 0)
    {
        _navigation.Add(new NavEntry(Name, pillar, path, labelKey, permission, order));
        return this;
    }

    public ModuleBuilder PortalSection<T>() where T : class, IPortalSection
    {
        Services.AddScoped<IPortalSection, T>();
        return this;
    }

    public ModuleBuilder Demo<T>() where T : class, IDemoData
    {
        Services.AddScoped<IDemoData, T>();
        return this;
    }

    public ModuleBuilder OnStart<T>() where T : class, IStartupTask
    {
        Services.AddScoped<IStartupTask, T>();
        return this;
    }

    /// <summary>A job run on a cron schedule in Vietnam's time (UTC+7).</summary>
    public ModuleBuilder Job<T>(string cron) where T : class, IJob
    {
        var key = new JobKey(typeof(T).Name, Name);
        Services.AddQuartz(q =>
        {
            q.AddJob<T>(j => j.WithIdentity(key));
            q.AddTrigger(t => t.ForJob(key).WithCronSchedule(cron, c => c.InTimeZone(Clock.VietnamZone)));
        });
        return this;
    }
}

/// <summary>Every module's manifest, as the host read them (a singleton: the menu and the tests ask it).</summary>
public sealed class ModuleCatalog(IReadOnlyList<ModuleBuilder> modules)
{
    public IReadOnlyList<string> Names { get; } = modules.Select(m => m.Name).ToList();

    public IReadOnlyList<NavEntry> Navigation { get; } =
        modules.SelectMany(m => m.Navigation).OrderBy(n => n.Pillar).ThenBy(n => n.Order).ToList();

    internal IReadOnlyList<ModuleBuilder> Modules { get; } = modules;
}
