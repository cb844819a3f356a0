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
    /// Registers (scoped) the module's parts, found by their shape so that the manifest need not list them (the host calls
    /// it after the manifest, so what the manifest registered itself stands). In the module's namespace:
    /// <list type="bullet">
    /// <item>a class with a public <c>HandleAsync</c> (a use case, one file each), named <c>…Reader</c>, or marked
    /// <see cref="ScopedAttribute"/> (a shared helper): as itself;</item>
    /// <item>a class implementing a contract — an interface of some module's <c>Contracts</c> namespace — as that contract
    /// (forwarded to the class's own registration, so a reader that is also a contract is one object per request);</item>
    /// <item>a class implementing <see cref="IDemoData"/> or <see cref="IStartupTask"/>: as that interface.</item>
    /// </list>
    /// Other services — singletons, hosted services, options — the manifest registers itself.
    /// </summary>
    internal ModuleBuilder AddParts()
    {
        var prefix = module.Namespace + ".";
        foreach (var type in module.Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && !t.IsNested
            && (t.Namespace + ".").StartsWith(prefix, StringComparison.Ordinal)
            && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))))
        {
            if (typeof(IDemoData).IsAssignableFrom(type))
            {
                Services.AddScoped(typeof(IDemoData), type);
                continue;
            }
            if (typeof(IStartupTask).IsAssignableFrom(type))
            {
                Services.AddScoped(typeof(IStartupTask), type);
                continue;
            }
            var contracts = type.GetInterfaces().Where(i => i.Namespace?.EndsWith(".Contracts", StringComparison.Ordinal) == true).ToList();
            if (contracts.Count == 0 && !type.Name.EndsWith("Reader", StringComparison.Ordinal) && !type.IsDefined(typeof(ScopedAttribute))
                && !type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name == "HandleAsync"))
            {
                continue;
            }
            Services.TryAddScoped(type);
            foreach (var contract in contracts)
            {
                Services.AddScoped(contract, sp => sp.GetRequiredService(type));
            }
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

    /// <summary>
    /// A section of a unit's public portal page, drawn in <paramref name="order"/> by the partial <paramref name="view"/>
    /// (whose model is <see cref="PortalSectionModel{TItem}"/>) from the items the module's reader loads.
    /// </summary>
    public ModuleBuilder PortalSection<TReader, TItem>(
        int order, string view, Func<TReader, PortalUnit, CancellationToken, Task<IReadOnlyList<TItem>>> load) where TReader : class
    {
        Services.AddScoped<IPortalSection>(sp => new DeclaredPortalSection<TReader, TItem>(order, view, load, sp.GetRequiredService<TReader>()));
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
