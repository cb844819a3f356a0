using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Npgsql;

namespace Grassroots.Tests.HighAvailability;

/// <summary>
/// Reads from replicas on the pg_auto_failover formation (docs/operations.md, "Reads from replicas"): the portal reads a
/// standby; a user who just wrote reads their own write; a standby further behind than the bound, or down, is not read —
/// the page comes from the primary, without an error. The observable is honest: with the standbys' replay paused, a
/// disclosure published on the primary is missing from a page served by a standby and present on one served by the primary.
/// </summary>
[Collection(HaCollection.Name)]
public sealed class ReplicaRoutingTests(HaFormation ha)
{
    private const string RoMen = "24971";

    private Dictionary<string, string?> Replicas(double maxLagSeconds, string? replicas = null) => new()
    {
        ["ConnectionStrings:PostgresReplicas"] = replicas ?? ha.Replicas,
        ["Replicas:MaxLagSeconds"] = maxLagSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Replicas:PollSeconds"] = "0.2",
    };

    [Fact]
    public async Task The_portal_reads_a_standby_a_writer_reads_their_own_write_and_a_standby_past_the_bound_is_not_read()
    {
        await using var app = ha.App(Replicas(maxLagSeconds: 600));
        using var officer = await app.ApiAsync("cb.romen");
        using var citizen = app.CreateClient();
        await EventuallyAsync(async () => FromStandby(await citizen.GetAsync($"/p/{RoMen}")), "the portal page is read from a standby");

        var standbys = await HaFormation.NodesAsync("secondary");
        Assert.Equal(2, standbys.Count);
        await ReplayAsync(standbys, paused: true);
        try
        {
            var token = "HA-" + Guid.NewGuid().ToString("N")[..10];
            var published = await officer.PostAsJsonAsync("/api/v1/disclosures", new
            {
                unitCode = RoMen,
                categoryId = 2,
                title = $"Kế hoạch sửa đường liên thôn {token}",
                body = "UBND xã công khai kế hoạch sửa đường.",
                forms = "OfficeNoticeBoard, Portal",
                postedFrom = "2026-11-23",
                postedTo = "2026-12-31",
            });
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);

            // The writer reads their own write at once: no standby has replayed it, so the page comes from the primary.
            var own = await officer.GetAsync($"/p/{RoMen}");
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.False(FromStandby(own));
            Assert.Contains(token, await own.Content.ReadAsStringAsync());

            // Anyone else reads a standby, within the bound (600 s), which has not replayed it yet.
            var other = await citizen.GetAsync($"/p/{RoMen}");
            Assert.True(FromStandby(other));
            Assert.DoesNotContain(token, await other.Content.ReadAsStringAsync());

            // An app whose bound is 1 s: both standbys fall behind it (replay paused while the primary writes), so reads
            // go to the primary — the page is fresh, without notice or error — and /metrics says the standbys are not read.
            await using var strict = ha.App(Replicas(maxLagSeconds: 1));
            using var reader = strict.CreateClient();
            await EventuallyAsync(async () =>
            {
                var r = await reader.GetAsync($"/p/{RoMen}");
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
                return !FromStandby(r) && (await r.Content.ReadAsStringAsync()).Contains(token, StringComparison.Ordinal);
            }, "reads go to the primary once the standbys are past the bound");
            var metrics = await Metrics(strict);
            foreach (var port in standbys)
            {
                Assert.Contains($"grassroots_replica_usable{{otel_scope_name=\"Grassroots\",replica=\"127.0.0.1:{port}\"}} 0", metrics);
            }
            Assert.Contains("grassroots_replica_lag_seconds{", metrics);

            // Replay resumes: the citizen's standby page shows it too.
            await ReplayAsync(standbys, paused: false);
            await EventuallyAsync(async () =>
            {
                var r = await citizen.GetAsync($"/p/{RoMen}");
                return FromStandby(r) && (await r.Content.ReadAsStringAsync()).Contains(token, StringComparison.Ordinal);
            }, "the standby replays the disclosure");
        }
        finally
        {
            await ReplayAsync(standbys, paused: false);
        }
    }

    [Fact]
    public async Task A_standby_that_is_down_is_not_read_and_the_page_comes_from_the_primary()
    {
        // One replica configured, on a port where nothing listens.
        await using var app = ha.App(Replicas(maxLagSeconds: 5, replicas: $"Host=127.0.0.1:{HaFormation.Port + 9};Username=grassroots;Password=grassroots;Database={ha.Database}"));
        using var citizen = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var r = await citizen.GetAsync($"/p/{RoMen}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.False(FromStandby(r));
            Assert.DoesNotContain("replica-stale", await r.Content.ReadAsStringAsync());
            await Task.Delay(300);
        }
        await EventuallyAsync(async () => (await Metrics(app)).Contains(
            $"grassroots_replica_usable{{otel_scope_name=\"Grassroots\",replica=\"127.0.0.1:{HaFormation.Port + 9}\"}} 0", StringComparison.Ordinal), "the metric says the replica is not read");
    }

    internal static bool FromStandby(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Read-From", out var values) && values.Contains("replica");

    private static async Task<string> Metrics(GrassrootsApp app)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-Address", "127.0.0.1");
        return await client.GetStringAsync("/metrics");
    }

    private static async Task ReplayAsync(IEnumerable<int> standbys, bool paused)
    {
        foreach (var port in standbys)
        {
            await using var db = new NpgsqlConnection(HaFormation.Node(port));
            await db.OpenAsync();
            await new NpgsqlCommand(paused ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()", db).ExecuteNonQueryAsync();
        }
    }

    internal static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed.TotalSeconds < seconds, $"Not within {seconds} s: {what}");
            await Task.Delay(200);
        }
    }
}
