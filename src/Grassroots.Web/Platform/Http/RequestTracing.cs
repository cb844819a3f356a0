using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Trace;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// Following one request through the logs and the traces (docs/operations.md, "Signals").
/// <list type="bullet">
/// <item>Every request has a <b>correlation id</b>: the caller's <c>X-Correlation-Id</c> when it is a short token (a proxy or
/// another system chose it), otherwise the request's W3C trace id. It is sent back in the same header, written in every
/// log line of the request (a log scope <c>CorrelationId</c>; the JSON console logs of Production include scopes), put on
/// the request's span, shown in problem details (<c>traceId</c>) and on the error page, so an officer who reports an error
/// gives the operator the key to its log lines.</item>
/// <item><b>Traces</b> (OpenTelemetry): a span per request (ASP.NET Core) with a child span per database command, exported
/// over OTLP when <c>OpenTelemetry:OtlpEndpoint</c> (or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) names a collector.</item>
/// <item><b>Database time</b>: every command's duration in the histogram <c>grassroots.db.command.duration</c> (seconds, by
/// kind of command), on <c>/metrics</c> with the rest.</item>
/// </list>
/// </summary>
public static partial class RequestTracing
{
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The platform's own spans (database commands).</summary>
    public static readonly ActivitySource Source = new(OperatorMetrics.MeterName);

    public static readonly Histogram<double> DatabaseTime = OperatorMetrics.Meter.CreateHistogram<double>(
        "grassroots.db.command.duration", "s", "Time a database command took, from sending it to its last row");

    private const string ItemKey = "Grassroots.CorrelationId";

    public static IServiceCollection AddRequestTracing(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"] ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        Uri? collector = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out collector))
        {
            throw new InvalidOperationException($"OpenTelemetry:OtlpEndpoint: '{endpoint}' is not an absolute URL such as http://collector:4317.");
        }
        // Always on, so every request has a trace id to correlate by, even with no collector to send spans to.
        services.AddOpenTelemetry().WithTracing(t =>
        {
            t.AddAspNetCoreInstrumentation(o => o.Filter = c => c.Request.Path != "/metrics" && !c.Request.Path.StartsWithSegments("/health"))
                .AddSource(Source.Name);
            if (collector is not null)
            {
                t.AddOtlpExporter(o => o.Endpoint = collector);
            }
        });
        // Both providers' contexts (only the configured one is registered; configuring the other is harmless).
        services.ConfigureDbContext<Data.SqliteAppDbContext>(o => o.AddInterceptors(DatabaseCommandTelemetry.Instance), ServiceLifetime.Singleton);
        services.ConfigureDbContext<Data.PostgresAppDbContext>(o => o.AddInterceptors(DatabaseCommandTelemetry.Instance), ServiceLifetime.Singleton);
        return services;
    }

    /// <summary>Early in the pipeline, after the proxy's headers: names the request and opens its log scope.</summary>
    public static IApplicationBuilder UseCorrelationIds(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Grassroots.Requests");
        return app.Use(async (context, next) =>
        {
            var given = context.Request.Headers[HeaderName].ToString();
            var id = Token().IsMatch(given) ? given
                : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
            context.Items[ItemKey] = id;
            Activity.Current?.SetTag("grassroots.correlation_id", id);
            // When the response starts: the exception handler clears the headers set before it answers.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            using (log.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            {
                await next(context);
            }
        });
    }

    /// <summary>The request's correlation id (its trace id when the caller gave none).</summary>
    public static string CorrelationId(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string s ? s : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

    /// <summary>What a caller may choose: letters, digits and <c>.-_:</c>, at most 64 — nothing that could forge a log line.</summary>
    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Token();
}

/// <summary>Each database command's duration (histogram) and span, from EF Core's own timing of the command.</summary>
public sealed class DatabaseCommandTelemetry : DbCommandInterceptor
{
    public static readonly DatabaseCommandTelemetry Instance = new();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData, "query");
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, "query");
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData, "write");
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, "write");
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData, "scalar");
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, "scalar");
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Record(command, eventData, "failed", eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, "failed", eventData.Exception);
        return Task.CompletedTask;
    }

    private static void Record(DbCommand command, CommandEndEventData data, string kind, Exception? error = null)
    {
        var system = data.Context?.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgresql" : "sqlite";
        RequestTracing.DatabaseTime.Record(data.Duration.TotalSeconds,
            new KeyValuePair<string, object?>("db.system", system), new KeyValuePair<string, object?>("db.operation", kind));
        // The span after the fact, with the command's own start and duration, under the request's span. No statement text:
        // parameters are never in it, but the span stays small.
        using var span = RequestTracing.Source.StartActivity($"db {kind}", ActivityKind.Client, default(ActivityContext), startTime: data.StartTime);
        if (span is null)
        {
            return;
        }
        span.SetTag("db.system", system);
        span.SetTag("db.operation", kind);
        if (error is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }
        span.SetEndTime(data.StartTime.UtcDateTime + data.Duration);
    }
}
