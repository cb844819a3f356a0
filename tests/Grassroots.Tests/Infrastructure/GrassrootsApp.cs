using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Sdk;

namespace Grassroots.Tests.Infrastructure;

/// <summary>The real app (real database, real Identity) on a database of its own, with a clock the test can move.</summary>
public class GrassrootsApp(DatabaseProvider provider, string connectionString, bool demo = true, bool ownsDatabase = true) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Hundreds of hosts start in one test run, and each would watch appsettings.json and the web root (the versioned links
    /// of the layout) with inotify, while Linux allows a user 128 instances: a full run reached the limit. Tests never
    /// change those files: the configuration is not watched and the web root is polled instead.
    /// </summary>
    static GrassrootsApp()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    /// <summary>Monday 23 November 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Holds racing requests at the save until all have read (<see cref="RaceGate.RunAsync"/>).</summary>
    public RaceGate Race { get; } = new();
    public DatabaseProvider Provider { get; } = provider;
    public string ConnectionString { get; } = connectionString;

    /// <summary>Configuration a test adds before the app starts (the SMTP server of <see cref="TestSmtp"/>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<GrassrootsApp> StartAsync(DatabaseProvider provider) =>
        new(provider, await TestDatabases.CloneAsync(provider));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("RateLimits:TokenPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        // The data-protection keys of test apps, outside the source tree (the web project is their content root).
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(Path.GetTempPath(), "grassroots-test-keys"));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestAddresses>();
            if (Provider == DatabaseProvider.Sqlite)
            {
                services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Race), ServiceLifetime.Singleton);
            }
            else
            {
                services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Race), ServiceLifetime.Singleton);
            }
        });
    }

    public async Task<string> TokenAsync(string userName, string? password = null)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { username = userName, password = password ?? (userName == DemoAccounts.AdminUserName ? DemoAccounts.AdminPassword : DemoAccounts.DemoPassword),
                code = DemoAccounts.CurrentCode() });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new XunitException($"Sign-in of {userName} failed: {(int)response.StatusCode} {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Gives an account the demo's authenticator key, as if its owner had enrolled the app (administrators and heads need one).</summary>
    public Task EnrolTwoFactorAsync(string userName) => DbAsync(async db =>
    {
        var user = await db.Users.FirstAsync(u => u.UserName == userName);
        user.TwoFactorEnabled = true;
        db.Add(new Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>
        {
            UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = DemoAccounts.TwoFactorKey,
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>A client calling the API with a token of this user.</summary>
    public async Task<HttpClient> ApiAsync(string userName, string? password = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName, password));
        return client;
    }

    public async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsDatabase)
        {
            await TestDatabases.DropAsync(Provider, ConnectionString);
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Runs a test once on SQLite and once on a real PostgreSQL server.</summary>
public sealed class ProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}

public static class HttpExtensions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new XunitException($"{(int)response.StatusCode}: {body}");
        }
        return JsonSerializer.Deserialize<T>(body, GrassrootsApp.Json)!;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

/// <summary>Lets a test say which address a request comes from (header X-Test-Address): the test server has none.</summary>
internal sealed class TestAddresses : IStartupFilter
{
    public const string Header = "X-Test-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, call) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address) && System.Net.IPAddress.TryParse(address, out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }
            return call(context);
        });
        next(app);
    };
}
