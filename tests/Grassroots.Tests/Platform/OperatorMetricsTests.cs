using System.Net;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Issue 19's operators' signals: Prometheus reads request rates and latencies by route, the group-commit batch sizes and queue lengths,
/// at <c>/metrics</c> — from the allowed addresses only; anyone else finds no such page.
/// </summary>
public sealed class OperatorMetricsTests
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(TestAddresses.Header, address);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Prometheus_reads_latencies_by_route_and_batch_sizes_from_the_loopback_and_nobody_else_does()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/p/20611", "198.51.100.7")).StatusCode);
        // A citizen's letter goes through the group commit.
        using (var letter = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/petitions")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                unitCode = "20611", kind = "Reflection", content = "Đèn đường thôn Phước Hòa hỏng, đề nghị sửa.", petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
            }),
        })
        {
            letter.Headers.Add(TestAddresses.Header, "198.51.100.8");
            Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(letter)).StatusCode);
        }

        var scrape = await GetAsync(client, "/metrics", "127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Matches("http_route=\"/?p/{unitCode}\"", text);
        Assert.Contains("grassroots_group_commit_batch_size", text);
        // Queue lengths: the letters' intake and the outbox.
        Assert.Matches("grassroots_queue_length[^\\n]*queue=\"PetitionIntake\"", text);
        Assert.Matches("grassroots_queue_length[^\\n]*queue=\"outbox\"", text);

        var outsider = await GetAsync(client, "/metrics", "203.0.113.5");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.DoesNotContain("http_server_request_duration_seconds", await outsider.Content.ReadAsStringAsync());
    }
}
