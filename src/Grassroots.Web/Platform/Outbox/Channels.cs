using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Grassroots.Web.Platform.Outbox;

/// <summary>What became of one message: sent, to be tried again later, or never to be tried again.</summary>
public enum SendResult
{
    Sent,
    Retry,
    Permanent,
}

public sealed record SendOutcome(SendResult Result, string? Error = null, int? StatusCode = null)
{
    public static readonly SendOutcome Ok = new(SendResult.Sent);
}

/// <summary>
/// Sends the messages of one channel. A lane sends its messages one after the other and reports each outcome at once,
/// so that the dispatcher records a message as sent right after it left (the window of a resend after a crash is one message).
/// </summary>
public interface IOutboxChannel
{
    OutboxChannel Channel { get; }

    /// <summary>False while the channel is not configured: its messages wait.</summary>
    bool IsConfigured { get; }

    Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, SendOutcome, Task> report, CancellationToken ct);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (the default on 587), SslOnConnect (465), Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@grassroots.local";
    public string FromName { get; set; } = "Dân chủ cơ sở số";

    /// <summary>Accept a self-signed certificate (a test server only).</summary>
    public bool AcceptAnyCertificate { get; set; }
}

/// <summary>
/// Email over SMTP with MailKit. Connections are kept open between batches in a small pool (one per lane): MailKit sends
/// many messages over one connected <see cref="SmtpClient"/>, so a message costs one SMTP transaction, not a TCP and
/// EHLO handshake. A pooled connection the server closed meanwhile is replaced once. The message's id is the outbox row's.
/// </summary>
public sealed class EmailChannel(Microsoft.Extensions.Options.IOptionsMonitor<SmtpOptions> options, ILogger<EmailChannel> log) : IOutboxChannel, IDisposable
{
    private static readonly ResiliencePipeline Connect = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 2, Delay = TimeSpan.FromMilliseconds(200), BackoffType = DelayBackoffType.Exponential, UseJitter = true,
            ShouldHandle = new PredicateBuilder().Handle<System.Net.Sockets.SocketException>().Handle<SmtpProtocolException>().Handle<IOException>(),
        })
        .AddTimeout(TimeSpan.FromSeconds(20))
        .Build();

    private readonly System.Collections.Concurrent.ConcurrentBag<(string Server, SmtpClient Client)> _pool = [];

    public OutboxChannel Channel => OutboxChannel.Email;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.CurrentValue.Host);

    private static string ServerOf(SmtpOptions o) => $"{o.Host}:{o.Port}:{o.Security}:{o.UserName}:{o.AcceptAnyCertificate}";

    /// <summary>A connected client for the configured server: a pooled one if any, else a new connection.</summary>
    private async Task<(SmtpClient Client, bool Reused)> RentAsync(SmtpOptions o, CancellationToken ct)
    {
        var server = ServerOf(o);
        while (_pool.TryTake(out var pooled))
        {
            if (pooled.Server == server && pooled.Client.IsConnected)
            {
                return (pooled.Client, true);
            }
            pooled.Client.Dispose();
        }
        return (await ConnectAsync(o, ct), false);
    }

    private static async Task<SmtpClient> ConnectAsync(SmtpOptions o, CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = 15_000 };
        if (o.AcceptAnyCertificate)
        {
            client.ServerCertificateValidationCallback = (_, _, _, _) => true;
        }
        try
        {
            await Connect.ExecuteAsync(async token =>
            {
                if (client.IsConnected)
                {
                    return;
                }
                // Our own socket, with Nagle's algorithm off: a message is several small writes, each otherwise held for an ACK.
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(o.Host!, o.Port, token);
                    await client.ConnectAsync(socket, o.Host!, o.Port, o.Security, token);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
                if (!string.IsNullOrEmpty(o.UserName))
                {
                    await client.AuthenticateAsync(o.UserName, o.Password ?? "", token);
                }
            }, ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, SendOutcome, Task> report, CancellationToken ct)
    {
        var o = options.CurrentValue;
        SmtpClient client;
        bool reused;
        try
        {
            (client, reused) = await RentAsync(o, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The server is down or refuses us: every message waits for the next attempt.
            log.LogWarning("SMTP server {Host}:{Port} unreachable: {Error}", o.Host, o.Port, e.Message);
            foreach (var m in messages)
            {
                await report(m, new SendOutcome(SendResult.Retry, Short($"SMTP: {e.Message}")));
            }
            return;
        }
        var keep = true;
        try
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var m = messages[i];
                SendOutcome outcome;
                try
                {
                    await client.SendAsync(Compose(m, o), ct);
                    outcome = SendOutcome.Ok;
                }
                catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
                {
                    outcome = new SendOutcome(SendResult.Permanent, Short($"SMTP {(int)e.StatusCode}: {e.Message}"), (int)e.StatusCode);
                }
                catch (SmtpCommandException e)
                {
                    outcome = new SendOutcome((int)e.StatusCode >= 500 && e.ErrorCode != SmtpErrorCode.UnexpectedStatusCode ? SendResult.Permanent : SendResult.Retry,
                        Short($"SMTP {(int)e.StatusCode}: {e.Message}"), (int)e.StatusCode);
                }
                catch (Exception e) when (reused && e is not OperationCanceledException)
                {
                    // The pooled connection was closed by the server while idle (nothing was accepted on it): one new connection.
                    log.LogDebug("SMTP pooled connection lost: {Error}; connecting again", e.Message);
                    client.Dispose();
                    reused = false;
                    try
                    {
                        client = await ConnectAsync(o, ct);
                    }
                    catch (Exception again) when (again is not OperationCanceledException)
                    {
                        keep = false;
                        foreach (var rest in messages.Skip(i))
                        {
                            await report(rest, new SendOutcome(SendResult.Retry, Short($"SMTP: {again.Message}")));
                        }
                        return;
                    }
                    i--;
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The connection broke: this message and the rest wait for the next attempt.
                    keep = false;
                    foreach (var rest in messages.Skip(i))
                    {
                        await report(rest, new SendOutcome(SendResult.Retry, Short($"SMTP: {e.Message}")));
                    }
                    return;
                }
                reused = false;
                await report(m, outcome);
            }
        }
        catch
        {
            keep = false;
            throw;
        }
        finally
        {
            if (keep && client.IsConnected)
            {
                _pool.Add((ServerOf(o), client));
            }
            else
            {
                client.Dispose();
            }
        }
    }

    public void Dispose()
    {
        while (_pool.TryTake(out var pooled))
        {
            pooled.Client.Dispose();
        }
    }

    public static MimeMessage Compose(OutboxMessage m, SmtpOptions o)
    {
        var message = new MimeMessage { Subject = m.Subject ?? "", MessageId = $"{m.Id:N}@grassroots" };
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(m.Recipient));
        message.Headers.Add("X-Grassroots-Event", m.EventKey);
        var body = new BodyBuilder { TextBody = m.Body };
        if (m.Html is not null)
        {
            body.HtmlBody = m.Html;
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    internal static string Short(string text) => text.Length <= 1000 ? text : text[..1000];
}

/// <summary>
/// Webhook calls signed as the Standard Webhooks specification says: <c>webhook-id</c> (the outbox row's id, the same on
/// every retry, so the receiver recognises a repeat), <c>webhook-timestamp</c> (Unix seconds) and <c>webhook-signature</c>
/// ("v1," and the base64 of HMAC-SHA256 over "id.timestamp.body", keyed with the base64-decoded secret after "whsec_").
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory http, TimeProvider clock, IServiceScopeFactory scopes) : IOutboxChannel
{
    public const string HttpClientName = "webhooks";

    /// <summary>A receiver that hangs is given up after this long; the call is retried later.</summary>
    private static readonly ResiliencePipeline<HttpResponseMessage> Call = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();

    public OutboxChannel Channel => OutboxChannel.Webhook;

    public bool IsConfigured => true;

    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, SendOutcome, Task> report, CancellationToken ct)
    {
        var client = http.CreateClient(HttpClientName);
        var ids = messages.Select(m => m.SubscriptionId).Distinct().ToList();
        Dictionary<Guid, string> secrets;
        await using (var scope = scopes.CreateAsyncScope())
        {
            secrets = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<WebhookSubscription>().AsNoTracking()
                .Where(s => s.Active && ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Secret, ct);
        }
        foreach (var m in messages)
        {
            await report(m, m.SubscriptionId is { } id && secrets.TryGetValue(id, out var secret)
                ? await SendOneAsync(client, m, secret, ct)
                : new SendOutcome(SendResult.Permanent, "Subscription removed or paused"));
        }
    }

    private async Task<SendOutcome> SendOneAsync(HttpClient client, OutboxMessage m, string secret, CancellationToken ct)
    {
        try
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            using var response = await Call.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, m.Target)
                {
                    Content = new StringContent(m.Body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("webhook-id", m.Id.ToString());
                request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("webhook-signature", Sign(secret, m.Id.ToString(), timestamp, m.Body));
                return await client.SendAsync(request, token);
            }, ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new SendOutcome(SendResult.Sent, null, status)
                : new SendOutcome(status == 410 ? SendResult.Permanent : SendResult.Retry, $"HTTP {status}", status);
        }
        catch (TimeoutRejectedException)
        {
            return new SendOutcome(SendResult.Retry, "Timeout");
        }
        catch (HttpRequestException e)
        {
            return new SendOutcome(SendResult.Retry, EmailChannel.Short($"HTTP: {e.Message}"));
        }
    }

    /// <summary>The Standard Webhooks signature of a call.</summary>
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}

/// <summary>One interface for a short message to a phone (SMS, Zalo); the adapter is chosen by configuration.</summary>
public interface IPhoneMessenger
{
    Task SendAsync(string phone, string text, CancellationToken ct);

    /// <summary>With the outbox row's id, which a provider that takes one keeps to recognise a repeat.</summary>
    Task SendAsync(string phone, string text, string id, CancellationToken ct) => SendAsync(phone, text, ct);
}

/// <summary>The adapter of development and tests: writes the message to the log and keeps it, and calls no network.</summary>
public sealed class LoggingPhoneMessenger(ILogger<LoggingPhoneMessenger> log) : IPhoneMessenger
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Phone, string Text)> _sent = new();

    public IReadOnlyCollection<(string Phone, string Text)> Sent => _sent;

    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        _sent.Enqueue((phone, text));
        log.LogInformation("SMS to {Phone}: {Text}", phone, text);
        return Task.CompletedTask;
    }
}

/// <summary>SMS and Zalo messages through the configured <see cref="IPhoneMessenger"/>; the outbox row's id goes with the message.</summary>
public sealed class PhoneChannel(IPhoneMessenger messenger) : IOutboxChannel
{
    public OutboxChannel Channel => OutboxChannel.Sms;

    public bool IsConfigured => true;

    public async Task SendAsync(IReadOnlyList<OutboxMessage> messages, Func<OutboxMessage, SendOutcome, Task> report, CancellationToken ct)
    {
        foreach (var m in messages)
        {
            SendOutcome outcome;
            try
            {
                await messenger.SendAsync(m.Recipient, m.Body, m.Id.ToString("N"), ct);
                outcome = SendOutcome.Ok;
            }
            catch (PhoneProviderException e)
            {
                outcome = new SendOutcome(e.Permanent ? SendResult.Permanent : SendResult.Retry, EmailChannel.Short(e.Message), e.StatusCode);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcome = new SendOutcome(SendResult.Retry, EmailChannel.Short(e.Message));
            }
            await report(m, outcome);
        }
    }
}
