using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Grassroots.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Issue 19, "Behind a reverse proxy: an nginx configuration in the repository, TLS with a certificate the operator supplies
/// (self-signed in tests), forwarded headers trusted only from the proxy, so that rate limits and the audit log see the real
/// client address; static files cached" — the repository's own <c>deploy/nginx/grassroots.conf</c>, run by Debian's nginx in
/// front of the app on Kestrel. Loopback has a whole network of addresses: clients connect from 127.0.0.5, 127.0.0.6…, so
/// each is a different "citizen" while nginx reaches the app from 127.0.0.1.
/// </summary>
public sealed class NginxProxyTests : IAsyncLifetime
{
    private GrassrootsApp _app = null!;
    private Process _nginx = null!;
    private DirectoryInfo _dir = null!;
    private int _https;
    private int _http;
    private int _appPort;
    private X509Certificate2 _certificate = null!;

    public async Task InitializeAsync()
    {
        _dir = System.IO.Directory.CreateTempSubdirectory("grassroots-nginx-");
        _app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        _app.Settings["RateLimits:PublicPerMinute"] = "3";
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        _appPort = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;

        // The operator's certificate: self-signed here, made with openssl as an operator would.
        var cert = Path.Combine(_dir.FullName, "fullchain.pem");
        var key = Path.Combine(_dir.FullName, "privkey.pem");
        await RunAsync("openssl", $"req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=grassroots.test -keyout {key} -out {cert}");
        _certificate = X509Certificate2.CreateFromPemFile(cert, key);

        _https = FreePort();
        _http = FreePort();
        var site = (await File.ReadAllTextAsync(Path.Combine(Repo.Root, "deploy", "nginx", "grassroots.conf")))
            .Replace("server 127.0.0.1:8080;", $"server 127.0.0.1:{_appPort};", StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{_https} ssl http2;", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{_http};", StringComparison.Ordinal)
            .Replace("/etc/grassroots/tls/fullchain.pem", cert, StringComparison.Ordinal)
            .Replace("/etc/grassroots/tls/privkey.pem", key, StringComparison.Ordinal)
            .Replace("/var/cache/nginx/grassroots-pages", Path.Combine(_dir.FullName, "pages"), StringComparison.Ordinal)
            .Replace("/var/cache/nginx/grassroots", Path.Combine(_dir.FullName, "cache"), StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{_https} ssl", site); // the shipped file still has the lines this test adapts
        Assert.Contains($"server 127.0.0.1:{_appPort};", site);
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "site.conf"), site);
        var d = _dir.FullName;
        await File.WriteAllTextAsync(Path.Combine(d, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{d}}/nginx.pid;
            error_log {{d}}/error.log warn;
            user root;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                access_log {{d}}/access.log;
                client_body_temp_path {{d}}/body;
                proxy_temp_path {{d}}/proxy;
                fastcgi_temp_path {{d}}/fastcgi;
                uwsgi_temp_path {{d}}/uwsgi;
                scgi_temp_path {{d}}/scgi;
                include {{d}}/site.conf;
            }
            """);
        await RunAsync("/usr/sbin/nginx", $"-t -q -p {d} -c {d}/nginx.conf");
        _nginx = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", $"-p {d} -c {d}/nginx.conf") { RedirectStandardError = true })!;
        for (var i = 0; i < 200 && !Listening(_https); i++)
        {
            await Task.Delay(50);
        }
        Assert.True(Listening(_https), "nginx did not start: " + await File.ReadAllTextAsync(Path.Combine(d, "error.log")));
    }

    public async Task DisposeAsync()
    {
        if (!_nginx.HasExited)
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        _nginx.Dispose();
        await _app.DisposeAsync();
        _certificate.Dispose();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Citizens_reach_the_portal_over_TLS_and_plain_HTTP_is_sent_to_HTTPS()
    {
        using var citizen = Client("127.0.0.5");
        var page = await citizen.GetAsync($"https://127.0.0.1:{_https}/p/20611");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(new Version(2, 0), page.Version);
        Assert.Contains("Xã Bình Sơn", await page.Content.ReadAsStringAsync());

        var plain = await citizen.GetAsync($"http://127.0.0.1:{_http}/p/20611");
        Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
        Assert.Equal($"https://127.0.0.1/p/20611", plain.Headers.Location!.ToString());
        // A load balancer's health probe still gets through on plain HTTP.
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"http://127.0.0.1:{_http}/health/live")).StatusCode);
        // The operators' metrics are not published through the proxy.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"https://127.0.0.1:{_https}/metrics")).StatusCode);
    }

    [Fact]
    public async Task Each_citizen_has_their_own_rate_limit_whatever_X_Forwarded_For_they_send()
    {
        // The limit is 3 submissions a minute per address. Behind the proxy, the app would see one address for everyone
        // unless it believes nginx's X-Forwarded-For; and a client's own X-Forwarded-For must not buy a fresh limit.
        using var first = Client("127.0.0.5");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var letter = Letter($"Đèn đường thôn Phước Hòa hỏng lần {i + 1}, đề nghị sửa.");
            letter.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 10}");
            answers.Add((await first.SendAsync(letter)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);

        using var second = Client("127.0.0.6");
        using var other = Letter("Cống thoát nước thôn Phước Hòa bị tắc, đề nghị nạo vét.");
        Assert.Equal(HttpStatusCode.Created, (await second.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_are_believed_from_the_proxy_address_only()
    {
        // Straight to the app. /metrics answers the machine's own addresses only: a believed X-Forwarded-For naming an
        // outside address turns it away; an ignored one does not.
        using var proxy = Client("127.0.0.1");
        using var fromProxy = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_appPort}/metrics");
        fromProxy.Headers.Add("X-Forwarded-For", "203.0.113.5");
        Assert.Equal(HttpStatusCode.NotFound, (await proxy.SendAsync(fromProxy)).StatusCode);

        using var stranger = Client("127.0.0.7");
        using var forged = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{_appPort}/metrics");
        forged.Headers.Add("X-Forwarded-For", "203.0.113.5");
        var answer = await stranger.SendAsync(forged);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Static_files_are_cached_by_the_proxy()
    {
        using var citizen = Client("127.0.0.5");
        var url = $"https://127.0.0.1:{_https}/css/site.css";
        var first = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await citizen.GetAsync(url);
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache-Status").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task A_units_portal_page_is_answered_from_the_proxy_for_a_few_seconds_but_never_a_signed_in_officers_page()
    {
        using var citizen = Client("127.0.0.5");
        var url = $"https://127.0.0.1:{_https}/p/20611";
        var first = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=5", first.Headers.CacheControl!.ToString());
        Assert.False(first.Headers.Contains("Set-Cookie"));
        var second = await citizen.GetAsync(url);
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache-Status").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        // An officer with a token: the app answers, and says it is theirs alone.
        using var officer = Client("127.0.0.6");
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, url);
        signedIn.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await _app.TokenAsync("admin"));
        var own = await officer.SendAsync(signedIn);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.NotEqual("HIT", own.Headers.GetValues("X-Cache-Status").Single());
        Assert.Null(own.Headers.CacheControl);

        // A page with a form is never kept: its antiforgery cookie is the visitor's own.
        var form = await citizen.GetAsync($"https://127.0.0.1:{_https}/p/20611/petition");
        var again = await citizen.GetAsync($"https://127.0.0.1:{_https}/p/20611/petition");
        Assert.NotEqual("HIT", again.Headers.GetValues("X-Cache-Status").Single());
        Assert.NotEqual("public, max-age=5", form.Headers.CacheControl?.ToString());
    }

    private static HttpRequestMessage Letter(string content) => new(HttpMethod.Post, "/api/v1/public/petitions")
    {
        Content = JsonContent.Create(new
        {
            unitCode = "20611", kind = "Reflection", content, petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
        }),
    };

    /// <summary>A client connecting from <paramref name="source"/>, trusting only the test's own certificate.</summary>
    private HttpClient Client(string source)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null
                    && presented.GetCertHashString() == _certificate.GetCertHashString(),
            },
        };
        return new HttpClient(handler)
        {
            BaseAddress = new Uri($"https://127.0.0.1:{_https}"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
    }

    private static bool Listening(int port)
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {await error}");
    }
}
