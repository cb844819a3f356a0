using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Issue 19's operators' signals: "traces (request rates and latencies by endpoint, database time …) and structured logs
/// with a correlation id per request". An officer who meets an error gives the reference on the page; the operator finds
/// that request's log lines and its trace by it.
/// </summary>
public sealed class RequestTracingTests
{
    private static HttpRequestMessage Letter(string content) => new(HttpMethod.Post, "/api/v1/public/petitions")
    {
        Content = JsonContent.Create(new
        {
            unitCode = "20611", kind = "Reflection", content, petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
        }),
    };

    [Theory, Providers]
    public async Task A_refusal_carries_the_callers_correlation_id_in_its_answer_and_in_its_log_lines(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();
        var logs = new CapturedLogs();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);

        using var request = Letter("");
        request.Headers.Add("X-Correlation-Id", "kiosk-7:42");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("kiosk-7:42", response.Headers.GetValues("X-Correlation-Id").Single());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("kiosk-7:42", problem.RootElement.GetProperty("traceId").GetString());
        // The refusal's log line, with the id among its scopes (the JSON console logs of Production print scopes).
        Assert.Contains(logs.Lines, l => l.Message.StartsWith("Refused POST /api/v1/public/petitions", StringComparison.Ordinal)
            && l.Scopes.Any(s => s.Contains("CorrelationId") && s.Contains("kiosk-7:42")));
    }

    [Fact]
    public async Task A_forged_correlation_id_is_replaced_by_the_trace_id_and_the_error_page_shows_the_reference()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/khong-co-trang-nay");
        // A line break would let a caller write a fake log line: not taken.
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "x\" level=error msg=forged");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", response.Headers.GetValues("X-Correlation-Id").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Mã tra cứu", html);
        Assert.Contains("<code id=\"error-reference\">4bf92f3577b34da6a3ce929d0e0e4736</code>", html);
    }

    [Theory, Providers]
    public async Task A_portal_page_has_a_trace_with_its_database_commands_and_database_time_reaches_metrics(DatabaseProvider provider)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Grassroots" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.TraceId == traceId)
                {
                    spans.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/p/20611");
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-00f067aa0ba902b7-01");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(traceId.ToHexString(), response.Headers.GetValues("X-Correlation-Id").Single());

        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal(traceId.ToHexString(), server.GetTagItem("grassroots.correlation_id"));
        var queries = spans.Where(s => s.Source.Name == "Grassroots" && s.DisplayName == "db query").ToList();
        Assert.NotEmpty(queries);
        // Each command's span sits inside the page's span, with the database it ran on.
        Assert.All(queries, q =>
        {
            Assert.Equal(server.SpanId, q.ParentSpanId);
            Assert.Equal(provider == DatabaseProvider.Postgres ? "postgresql" : "sqlite", q.GetTagItem("db.system"));
            Assert.True(q.StartTimeUtc >= server.StartTimeUtc && q.StartTimeUtc + q.Duration <= server.StartTimeUtc + server.Duration);
        });

        using var metrics = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        metrics.Headers.Add(TestAddresses.Header, "127.0.0.1");
        var scrape = await (await client.SendAsync(metrics)).Content.ReadAsStringAsync();
        Assert.Contains("grassroots_db_command_duration_seconds_bucket", scrape);
        Assert.Contains(provider == DatabaseProvider.Postgres ? "db_system=\"postgresql\"" : "db_system=\"sqlite\"", scrape);
    }

    private sealed record Line(string Message, IReadOnlyList<string> Scopes);

    /// <summary>A logger provider that keeps what it is given, scopes included, like the JSON console formatter.</summary>
    private sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
        public ConcurrentQueue<Line> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new List<string>();
                owner._scopes.ForEachScope((scope, list) => list.Add(scope is IEnumerable<KeyValuePair<string, object>> pairs
                    ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}"))
                    : scope?.ToString() ?? ""), scopes);
                owner.Lines.Enqueue(new Line(formatter(state, exception), scopes));
            }
        }
    }
}
