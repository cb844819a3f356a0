using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer library), started by a test: the app sends to it with MailKit over
/// TCP, and the test reads what arrived. It can refuse a recipient (550) or refuse every message for a while (451).
/// </summary>
public sealed class TestSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Answer 451 (try later) to every message while true.</summary>
    public bool Busy { get; set; }

    /// <summary>Recipients answered 550 (mailbox unavailable).</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    private TestSmtp(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public static TestSmtp Start(int? port = null) => new(port ?? FreePort());

    /// <summary>A port nobody listens on (for "the server is down").</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The settings that point the app at a server on this port.</summary>
    public static void Configure(GrassrootsApp app, int port)
    {
        app.Settings["Smtp:Host"] = "127.0.0.1";
        app.Settings["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Smtp:Security"] = "None";
        app.Settings["Smtp:From"] = "no-reply@dancoso.test";
        app.Settings["Outbox:PublicBaseUrl"] = "https://dancoso.test";
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(TestSmtp server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Busy)
            {
                return new SmtpResponse((SmtpReplyCode)451, "try again later");
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(TestSmtp server) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!server.Refused.Contains(to.AsAddress()));
    }
}
