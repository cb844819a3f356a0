using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// The real SMS and Zalo adapters behind <see cref="IPhoneMessenger"/> (issue 20), selected by configuration and pointed at
/// a receiver on loopback started by the test (no network call): the request it got (URL, headers, JSON), a provider
/// error retried with backoff or given up with its reason visible on the outbox.
/// </summary>
public sealed class PhoneProviderTests
{
    /// <summary>An HTTP receiver on loopback that records each request and answers what the test queued (else 200 and the body given).</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        public string Url { get; }
        public ConcurrentQueue<(string Path, Dictionary<string, string> Headers, JsonElement Body)> Requests { get; } = new();
        public ConcurrentQueue<(int Status, string Body)> Answers { get; } = new();
        public string DefaultBody { get; set; } = "{}";

        public Receiver()
        {
            Url = $"http://127.0.0.1:{TestSmtp.FreePort()}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext c;
                    try
                    {
                        c = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                    using var reader = new StreamReader(c.Request.InputStream, Encoding.UTF8);
                    var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
                    Requests.Enqueue((c.Request.Url!.AbsolutePath, c.Request.Headers.AllKeys.ToDictionary(k => k!.ToLowerInvariant(), k => c.Request.Headers[k]!), body));
                    var (status, answer) = Answers.TryDequeue(out var a) ? a : (200, DefaultBody);
                    c.Response.StatusCode = status;
                    var bytes = Encoding.UTF8.GetBytes(answer);
                    await c.Response.OutputStream.WriteAsync(bytes);
                    c.Response.Close();
                }
            });
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
        }
    }

    private static async Task QueueAsync(GrassrootsApp app, string key, string phone, string text) =>
        await app.DbAsync(async db =>
        {
            await new Outbox(db, app.Clock, new OutboxSignal()).SmsAsync(key, phone, text);
            return await db.SaveChangesAsync();
        });

    [Theory, Providers]
    public async Task An_sms_gateway_gets_a_json_post_with_its_key_and_a_refusal_is_retried_then_given_up_with_its_reason(DatabaseProvider provider)
    {
        using var gateway = new Receiver();
        await using var app = await GrassrootsApp.StartAsync(provider);
        app.Settings["Sms:Provider"] = "Http";
        app.Settings["Sms:Url"] = gateway.Url + "sms/send";
        app.Settings["Sms:ApiKey"] = "khoa-bi-mat";
        app.Settings["Sms:Brandname"] = "UBND RoMen";
        await QueueAsync(app, "test.sms:1", "0912 345 678", "Thôn An Điềm họp lúc 7:30 ngày 28/11/2026.");
        await OutboxEmailTests.DrainAsync(app);
        var (path, headers, body) = Assert.Single(gateway.Requests);
        Assert.Equal("/sms/send", path);
        Assert.Equal("Bearer khoa-bi-mat", headers["authorization"]);
        Assert.Equal("84912345678", body.GetProperty("to").GetString());
        Assert.Equal("UBND RoMen", body.GetProperty("from").GetString());
        Assert.Equal("Thôn An Điềm họp lúc 7:30 ngày 28/11/2026.", body.GetProperty("text").GetString());
        var sent = Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.sms:1"));
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(sent.Id.ToString("N"), body.GetProperty("id").GetString());
        Assert.Empty(app.Services.GetRequiredService<LoggingPhoneMessenger>().Sent); // the logging adapter is not used

        // The gateway is busy (503): retried later with backoff, the reason kept; then it refuses the number (400): given up.
        gateway.Answers.Enqueue((503, "busy"));
        await QueueAsync(app, "test.sms:2", "0987654321", "Nhắc lịch tiếp công dân.");
        await OutboxEmailTests.DrainAsync(app);
        var waiting = Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.sms:2"));
        Assert.Equal((OutboxState.Pending, 1), (waiting.State, waiting.Attempts));
        Assert.Equal("SMS gateway HTTP 503: busy", waiting.LastError);
        Assert.True(waiting.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        gateway.Answers.Enqueue((400, "{\"error\":\"invalid number\"}"));
        await OutboxEmailTests.DrainAsync(app);
        var refused = Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.sms:2"));
        Assert.Equal(OutboxState.Failed, refused.State);
        Assert.StartsWith("SMS gateway HTTP 400", refused.LastError);

        // The administrator sees the reason on /admin/outbox.
        using var admin = await PageClient.SignInAsync(app, "admin");
        var page = await admin.Client.GetStringAsync("/admin/outbox");
        Assert.Contains("SMS gateway HTTP 400", page);
    }

    [Theory, Providers]
    public async Task Zalo_zns_gets_the_template_with_the_access_token_and_its_error_code_is_kept(DatabaseProvider provider)
    {
        using var zalo = new Receiver { DefaultBody = "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"abc\"}}" };
        await using var app = await GrassrootsApp.StartAsync(provider);
        app.Settings["Sms:Provider"] = "Zalo";
        app.Settings["Sms:Url"] = zalo.Url + "message/template";
        app.Settings["Sms:AccessToken"] = "zalo-token";
        app.Settings["Sms:TemplateId"] = "251234";
        await QueueAsync(app, "test.zalo:1", "0912345678", "Đơn DT-ABC đã được trả lời.");
        await OutboxEmailTests.DrainAsync(app);
        var (path, headers, body) = Assert.Single(zalo.Requests);
        Assert.Equal("/message/template", path);
        Assert.Equal("zalo-token", headers["access_token"]);
        Assert.Equal("84912345678", body.GetProperty("phone").GetString());
        Assert.Equal("251234", body.GetProperty("template_id").GetString());
        Assert.Equal("Đơn DT-ABC đã được trả lời.", body.GetProperty("template_data").GetProperty("content").GetString());
        var sent = Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.zalo:1"));
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(sent.Id.ToString("N"), body.GetProperty("tracking_id").GetString());

        // Zalo answers 200 with an error code (a template not approved): given up, Zalo's message kept as the reason.
        zalo.Answers.Enqueue((200, "{\"error\":-124,\"message\":\"Quota exceeded\"}"));
        zalo.Answers.Enqueue((200, "{\"error\":-1124,\"message\":\"Template is not approved\"}"));
        await QueueAsync(app, "test.zalo:2", "0912345678", "Lần hai.");
        await OutboxEmailTests.DrainAsync(app);
        Assert.Equal("Zalo ZNS error -124: Quota exceeded", Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.zalo:2")).LastError);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await OutboxEmailTests.DrainAsync(app);
        var failed = Assert.Single(await OutboxEmailTests.MessagesAsync(app, "test.zalo:2"));
        Assert.Equal((OutboxState.Failed, "Zalo ZNS error -1124: Template is not approved"), (failed.State, failed.LastError));
    }
}
