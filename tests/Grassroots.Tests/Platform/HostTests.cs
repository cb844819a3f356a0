using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Platform;

public sealed class HostTests
{
    [Theory, Providers]
    public async Task Health_endpoints_answer_and_ready_checks_the_database(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task Neither_provider_has_model_changes_without_a_migration(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        Assert.False(await app.DbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            $"The model changed without a migration for {provider}: run dotnet ef migrations add for both providers.");
        Assert.Empty(await app.DbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    [Theory, Providers]
    public async Task A_new_database_without_demo_mode_gets_the_root_and_the_bootstrap_administrator_only(DatabaseProvider provider)
    {
        var connection = await TestDatabases.EmptyAsync(provider);
        await using var app = new BootstrapApp(provider, connection);
        using var client = app.CreateClient();

        Assert.Equal(1, await app.DbAsync(db => db.Units.CountAsync()));
        Assert.Equal(1, await app.DbAsync(db => db.Users.CountAsync()));
        // The first administrator enrols an authenticator app on the website before the API gives them a token.
        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "root.admin", password = DemoAccounts.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await app.EnrolTwoFactorAsync("root.admin");
        using var api = await app.ApiAsync("root.admin");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/units/VN")).StatusCode);
    }

    private sealed class BootstrapApp(DatabaseProvider provider, string connection) : GrassrootsApp(provider, connection, demo: false)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bootstrap:AdminUser", "root.admin");
            builder.UseSetting("Bootstrap:AdminPassword", DemoAccounts.DemoPassword);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_api_route_and_the_bearer_scheme()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/units", "/api/v1/units/{code}", "/api/v1/units/merge", "/api/v1/accounts", "/api/v1/audit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var docs = await client.GetAsync("/api/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_real_Vietnamese_text_not_html_entities()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("Đăng nhập", html);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.DoesNotContain("&#x", html);
        var english = await client.GetStringAsync("/account/login?lang=en");
        Assert.Contains("Sign in", english);
    }

    [Fact]
    public void PostgreSQL_prepares_repeated_statements_unless_the_connection_string_says_otherwise()
    {
        var plain = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=grassroots;Username=grassroots"));
        Assert.Equal(64, plain.MaxAutoPrepare);
        Assert.Equal("db", plain.Host);
        var chosen = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=grassroots;Max Auto Prepare=0"));
        Assert.Equal(0, chosen.MaxAutoPrepare);
        var spelledOtherwise = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements("Host=db;Database=grassroots;MaxAutoPrepare=5"));
        Assert.Equal(5, spelledOtherwise.MaxAutoPrepare);
    }
}
