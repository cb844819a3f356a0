using Grassroots.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Platform;

/// <summary>
/// What the platform acknowledges to a citizen is on disk before the answer: a letter whose receipt (and legal clock)
/// the citizen was given must survive a power loss, not only a crash of the process. SQLite syncs every commit
/// (<c>synchronous=FULL</c>: with WAL's <c>NORMAL</c>, "a transaction committed in WAL mode with synchronous=NORMAL
/// might roll back following a power loss or system crash", SQLite's documentation of PRAGMA synchronous);
/// PostgreSQL keeps <c>synchronous_commit=on</c>.
/// </summary>
public sealed class DurableCommitTests
{
    [Theory, Providers]
    public async Task Every_connection_the_app_opens_syncs_its_commits_to_disk(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        for (var i = 0; i < 3; i++) // a pooled connection opened again keeps the setting
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = provider == DatabaseProvider.Sqlite ? "PRAGMA synchronous" : "SHOW synchronous_commit";
            var value = Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            // SQLite reports the level as a number: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
            Assert.Equal(provider == DatabaseProvider.Sqlite ? "2" : "on", value);
        }
    }
}
