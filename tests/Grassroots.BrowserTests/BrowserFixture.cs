using System.Net;
using Grassroots.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>The app on a real loopback port (Kestrel) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private GrassrootsApp? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services (what a test compares the pages with, e.g. the indicator catalogue).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>The SMTP server on loopback the app's outbox sends to (the tests drive the outbox's worker themselves).</summary>
    public TestSmtp Smtp { get; } = TestSmtp.Start();

    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("GRASSROOTS_SCREENSHOTS")
        ?? Path.Combine(FindRepoRoot(), "artifacts", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        _app = new GrassrootsApp(DatabaseProvider.Sqlite, await TestDatabases.CloneAsync(DatabaseProvider.Sqlite));
        TestSmtp.Configure(_app, Smtp.Port);
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("GRASSROOTS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US", // the app must still speak Vietnamese until the user switches
        });
        await WatchPolicyAsync(context);
        var page = await context.NewPageAsync();
        Pages.Add(page);
        return page;
    }

    /// <summary>What the Content-Security-Policy blocked since the last test began, on any page of any journey (see <see cref="NoPolicyViolationsAttribute"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Violations = new();

    /// <summary>The pages of the running test, asked for a round trip before the test's violations are judged.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentBag<IPage> Pages = [];

    /// <summary>
    /// Chromium reports what the policy blocks (an inline script or style, a handler attribute, a foreign source) on
    /// the console; the listener, laid before any script of the page, reports every violation event as well.
    /// </summary>
    private static async Task WatchPolicyAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} on ${e.documentURI}`));
            """);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Violations.Enqueue($"{message.Page?.Url}: {message.Text}");
            }
        };
        context.WebError += (_, error) =>
        {
            if (error.Error.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Violations.Enqueue($"{error.Page?.Url}: {error.Error}");
            }
        };
    }

    /// <summary>The violations reported so far, forgotten once taken (a test that provokes one on purpose takes it).</summary>
    public static async Task<List<string>> TakeViolationsAsync()
    {
        // A round trip on every open page: whatever the page reported before has reached the handlers.
        foreach (var page in Pages.Where(p => !p.IsClosed))
        {
            try
            {
                await page.EvaluateAsync("() => 0");
            }
            catch (PlaywrightException)
            {
                // A page navigating away or closed: nothing left to wait for.
            }
        }
        var taken = new List<string>();
        while (Violations.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }
        return taken;
    }

    internal static void ForgetPages() => Pages.Clear();

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await page.GotoAsync("/account/login");
        }
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
        // Administrators and heads: the second step asks for the authenticator's code.
        await page.WaitForFunctionAsync("() => !location.pathname.startsWith('/account/login') || document.querySelector('#login-code')");
        if (await page.Locator("#login-code").CountAsync() > 0)
        {
            await page.GetByLabel("Mã xác thực").FillAsync(DemoAccounts.CurrentCode());
            await page.Keyboard.PressAsync("Enter");
        }
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await Smtp.DisposeAsync();
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grassroots.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
[NoPolicyViolations]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// Fails any journey of the collection on whose pages the browser blocked something under the
/// Content-Security-Policy (issue 21, defect 5): a page that works only with inline code is a broken page.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoPolicyViolationsAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void Before(System.Reflection.MethodInfo methodUnderTest)
    {
        BrowserFixture.ForgetPages();
        Task.Run(BrowserFixture.TakeViolationsAsync).GetAwaiter().GetResult();
    }

    public override void After(System.Reflection.MethodInfo methodUnderTest)
    {
        var violations = Task.Run(BrowserFixture.TakeViolationsAsync).GetAwaiter().GetResult();
        BrowserFixture.ForgetPages();
        Assert.True(violations.Count == 0, "The Content-Security-Policy blocked:\n" + string.Join("\n", violations));
    }
}
