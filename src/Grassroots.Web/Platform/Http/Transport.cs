using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// How requests reach the app: over HTTPS in Production (plain HTTP is redirected, browsers are told to keep to HTTPS
/// for a year), often through a reverse proxy that ends TLS and says so in X-Forwarded-Proto and X-Forwarded-For.
/// Those headers are believed only from the proxies named in configuration (README, "ForwardedHeaders") and the
/// loopback address itself (127.0.0.1, ::1 — not the rest of 127.0.0.0/8); anyone else could claim any address or scheme
/// with them: from anyone else they are ignored and the fact logged (deploy/nginx/grassroots.conf, docs/operations.md).
/// </summary>
public static class Transport
{
    public static IServiceCollection AddGrassrootsTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // Behind a proxy the app itself listens on plain HTTP only and could not find an HTTPS port to send people to:
        // the public one is 443 unless HTTPS_PORT (or ASPNETCORE_HTTPS_PORT) says otherwise.
        services.AddHttpsRedirection(o => o.HttpsPort = configuration.GetValue<int?>("HTTPS_PORT") ?? 443);
        // Read once at start, so that a mistyped address stops the start instead of silently trusting no one.
        var proxies = Values(configuration, "ForwardedHeaders:KnownProxies").Select(v => IPAddress.TryParse(v, out var address)
            ? address
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{v}' is not an IP address.")).ToList();
        var networks = Values(configuration, "ForwardedHeaders:KnownNetworks").Select(v => System.Net.IPNetwork.TryParse(v, out var network)
            ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{v}' is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The loopback address, not ASP.NET Core's default of the whole 127.0.0.0/8: a proxy on the same machine is as
            // trusted as the machine, and nothing else is unless named.
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            o.KnownProxies.Add(IPAddress.Loopback);
            o.KnownProxies.Add(IPAddress.IPv6Loopback);
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: the scheme and the client's address are the real ones for everything after.</summary>
    public static WebApplication UseGrassrootsTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // What the middleware did not believe is still there: said in the log, once per request, with who sent it.
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Grassroots.Transport");
        app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("X-Forwarded-Proto"))
            {
                log.LogWarning("Forwarded headers from {Address}, which is not a known proxy, were ignored", context.Connection.RemoteIpAddress);
            }
            return next(context);
        });
        app.UseSecurityHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            // Health probes ask from inside the network, over plain HTTP.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), b => b.UseHttpsRedirection());
        }
        return app;
    }

    /// <summary>A list setting, written as a JSON array or as one value separated by commas, semicolons or spaces.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
