using System.Diagnostics.Metrics;
using System.Net;
using OpenTelemetry.Metrics;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// The operators' signals (docs, README "Operate"): OpenTelemetry metrics — request rates and latencies by route
/// (ASP.NET Core's own instruments), and the platform's own (<see cref="Meter"/>: group-commit batch sizes, queue lengths,
/// the outbox's sends, database time, replica lag) — scraped by
/// Prometheus at <c>/metrics</c>. The endpoint answers only the addresses named in <c>Metrics:AllowedNetworks</c> (the
/// loopback by default); to anyone else <c>/metrics</c> is an unknown page.
/// </summary>
public static class OperatorMetrics
{
    public const string MeterName = "Grassroots";

    /// <summary>The platform's own instruments.</summary>
    public static readonly Meter Meter = new(MeterName);

    /// <summary>How many items a group commit saved in one transaction (letters, comments, votes).</summary>
    public static readonly Histogram<int> GroupCommitBatch = Meter.CreateHistogram<int>("grassroots.group_commit.batch_size", "{item}",
        "Items saved in one group-commit transaction");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<long>> Queues = new();

    /// <summary>How many items wait in each of the platform's queues (group-commit intakes, the outbox's due messages).</summary>
    public static readonly ObservableGauge<long> QueueLength = Meter.CreateObservableGauge("grassroots.queue.length",
        () => Queues.Select(q => new Measurement<long>(q.Value(), new KeyValuePair<string, object?>("queue", q.Key))), "{item}",
        "Items waiting in a queue: a group-commit intake's requests, the outbox's messages due");

    /// <summary>Names a queue and how to read its length (the latest one of that name counts: one per app).</summary>
    public static void ObserveQueue(string name, Func<long> length) => Queues[name] = length;

    public static IServiceCollection AddOperatorMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(MeterName).AddPrometheusExporter());
        return services;
    }

    public static IApplicationBuilder UseOperatorMetrics(this IApplicationBuilder app, IConfiguration configuration)
    {
        var networks = configuration.GetSection("Metrics:AllowedNetworks").Get<string[]>() is { Length: > 0 } configured
            ? configured.Select(v => IPNetwork.TryParse(v, out var n) ? n
                : throw new InvalidOperationException($"Metrics:AllowedNetworks: '{v}' is not a network such as 10.0.0.0/8.")).ToList()
            : [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(c => c.Request.Path == "/metrics"
            && c.Connection.RemoteIpAddress is { } address && networks.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
    }
}
