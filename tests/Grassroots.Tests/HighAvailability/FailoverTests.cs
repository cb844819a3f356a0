using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Grassroots.Tests.HighAvailability;

/// <summary>
/// Automatic failover (docs/operations.md): letters are sent continuously through the app's API while the primary is killed
/// (kill -9 of its pg_autoctl service and postmaster); pg_auto_failover promotes a standby, the app — on a multi-host connection
/// string with target session attributes read-write — writes again, and every letter that was answered with a tracking code is
/// in the database. While no primary takes writes, a letter is answered 503 with Retry-After, never 500; the portal is still
/// read from a standby and says its data may be old. Only correctness is asserted (zero lost, writes resume within a generous
/// 180 s), never speed: the figures are the bench's (bench/Grassroots.Bench failover). Afterwards the old primary is started
/// again and rejoins as a standby.
/// </summary>
[Collection(HaCollection.Name)]
public sealed class FailoverTests(HaFormation ha)
{
    [Fact]
    public async Task Every_acknowledged_letter_survives_the_primary_killed_and_writes_resume_on_the_promoted_standby()
    {
        await using var app = ha.App(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PostgresReplicas"] = ha.Replicas,
            ["Replicas:MaxLagSeconds"] = "3",
            ["Replicas:PollSeconds"] = "0.5",
            ["Database:WriteRetrySeconds"] = "10",
            ["RateLimits:PublicPerMinute"] = "1000000",
        });
        // An acknowledged commit is on two nodes: the primary waits for one of its standbys to flush it.
        await using (var db = new NpgsqlConnection(ha.PrimaryConnection))
        {
            await db.OpenAsync();
            Assert.StartsWith("ANY 1 (", (string)(await new NpgsqlCommand("SHOW synchronous_standby_names", db).ExecuteScalarAsync())!);
            Assert.Equal("on", (string)(await new NpgsqlCommand("SHOW synchronous_commit", db).ExecuteScalarAsync())!);
        }
        using var client = app.CreateClient();
        var acknowledged = new ConcurrentBag<(string Code, DateTime At)>();
        var answers = new ConcurrentDictionary<HttpStatusCode, int>();
        using var stop = new CancellationTokenSource();
        var n = 0;
        var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref n);
                using var r = await client.PostAsJsonAsync("/api/v1/public/petitions", new
                {
                    unitCode = "24971",
                    kind = "Reflection",
                    content = $"Đèn chiếu sáng đường liên thôn số {i} bị hỏng nhiều ngày.",
                });
                answers.AddOrUpdate(r.StatusCode, 1, (_, c) => c + 1);
                if (r.StatusCode == HttpStatusCode.Created)
                {
                    var code = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
                    acknowledged.Add((code, DateTime.UtcNow));
                }
                else
                {
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
                    Assert.NotNull(r.Headers.RetryAfter);
                    await Task.Delay(200);
                }
            }
        })).ToList();

        await ReplicaRoutingTests.EventuallyAsync(() => Task.FromResult(acknowledged.Count >= 50), "letters are acknowledged before the kill");
        var killed = await HaFormation.KillPrimaryAsync();
        var killedAt = DateTime.UtcNow;

        // While no node takes writes the portal is read from a standby, and after the bound (3 s) it says so.
        var staleNotice = false;
        using var citizen = app.CreateClient();
        await ReplicaRoutingTests.EventuallyAsync(async () =>
        {
            var page = await citizen.GetAsync("/p/24971");
            Assert.NotEqual(HttpStatusCode.InternalServerError, page.StatusCode);
            staleNotice |= (await page.Content.ReadAsStringAsync()).Contains("id=\"replica-stale\"", StringComparison.Ordinal);
            // Writes again: acknowledged letters a full second after the kill.
            return acknowledged.Any(a => a.At > killedAt.AddSeconds(1)) && acknowledged.Count(a => a.At > killedAt.AddSeconds(1)) >= 20;
        }, "the app writes again on the promoted standby", seconds: 180);
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        // The promoted node takes writes as soon as it is wait_primary (a standby is still joining), then primary.
        var promoted = await HaFormation.NodesAsync("primary", "wait_primary");
        Assert.Single(promoted);
        Assert.NotEqual(killed, $"node{promoted[0] - HaFormation.Port}");
        Assert.True(staleNotice, "a portal page read during the failover said its data may be old");

        // Zero lost: every tracking code the app gave is in the database.
        // Read on the primary as it is now; the formation may still be settling (a node restarting its server ends the
        // connections it had: 57P01), so the reading is tried again until it gets through.
        var stored = new HashSet<string>();
        await ReplicaRoutingTests.EventuallyAsync(async () =>
        {
            try
            {
                NpgsqlConnection.ClearAllPools();
                await using var db = new NpgsqlConnection(ha.PrimaryConnection);
                await db.OpenAsync();
                await using var reader = await new NpgsqlCommand("SELECT \"TrackingCode\" FROM \"Petition\"", db).ExecuteReaderAsync();
                stored.Clear();
                while (await reader.ReadAsync())
                {
                    stored.Add(reader.GetString(0));
                }
                return true;
            }
            catch (NpgsqlException)
            {
                return false;
            }
        }, "the letters are read from the primary", seconds: 120);
        var lost = acknowledged.Where(a => !stored.Contains(a.Code)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged letters are not in the database");
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, answers.Keys);

        // The old primary is started again and rejoins as a standby: one primary, two secondaries.
        await HaFormation.StartAsync();
        Assert.Equal(2, (await HaFormation.NodesAsync("secondary")).Count);
    }
}
