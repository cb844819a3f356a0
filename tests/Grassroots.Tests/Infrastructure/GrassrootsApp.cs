using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Grassroots.Web.Platform.Data;
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
    /// <summary>Monday 23 November 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    public DatabaseProvider Provider { get; } = provider;
    public string ConnectionString { get; } = connectionString;

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
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<string> TokenAsync(string userName, string? password = null)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new { username = userName, password = password ?? (userName == DemoAccounts.AdminUserName ? DemoAccounts.AdminPassword : DemoAccounts.DemoPassword) });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new XunitException($"Sign-in of {userName} failed: {(int)response.StatusCode} {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

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
