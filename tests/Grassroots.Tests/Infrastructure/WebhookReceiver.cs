using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// A webhook receiver on loopback (HttpListener) that checks each call's Standard Webhooks signature with the secret it
/// was given, and answers 500 to the calls the test asks it to fail.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public sealed record Call(string Id, long Timestamp, string Signature, string Body, bool SignatureValid, int Answered);

    public string Url { get; }
    public string? Secret { get; set; }
    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The number of calls still to answer with 500.</summary>
    public int FailNext { get; set; }

    public WebhookReceiver()
    {
        var port = TestSmtp.FreePort();
        Url = $"http://127.0.0.1:{port}/hooks/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var id = context.Request.Headers["webhook-id"] ?? "";
            var timestamp = long.TryParse(context.Request.Headers["webhook-timestamp"], out var t) ? t : 0;
            var signature = context.Request.Headers["webhook-signature"] ?? "";
            var status = FailNext > 0 ? 500 : 204;
            if (FailNext > 0)
            {
                FailNext--;
            }
            Calls.Enqueue(new Call(id, timestamp, signature, body, Verify(id, timestamp, signature, body), status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    /// <summary>The receiver's side of the specification: HMAC-SHA256 of "id.timestamp.body" with the base64 key after "whsec_".</summary>
    private bool Verify(string id, long timestamp, string signature, string body)
    {
        if (Secret is null)
        {
            return false;
        }
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
        return signature.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), Encoding.ASCII.GetBytes(expected)));
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
