using System.Diagnostics;
using Grassroots.Tests.Infrastructure;
using Npgsql;

namespace Grassroots.Tests.HighAvailability;

/// <summary>
/// The pg_auto_failover formation of tools/ha/start.sh (a monitor and three PostgreSQL nodes on the loopback,
/// docs/operations.md), started by the repository's own script for the tests that need it, with one database
/// migrated and filled with the demo data. A formation the run started is stopped at its end (tools/ha/stop.sh, data kept
/// for the next run); one that was already running is left running. The tests' database is dropped.
/// </summary>
public sealed class HaFormation : IAsyncLifetime
{
    public static readonly string Base = Environment.GetEnvironmentVariable("GRASSROOTS_HA_BASE") ?? "/var/tmp/grassroots-ha";
    public static readonly int Port = int.Parse(Environment.GetEnvironmentVariable("GRASSROOTS_HA_PORT") ?? "6000", System.Globalization.CultureInfo.InvariantCulture);
    public static readonly string Hosts = string.Join(",", Enumerable.Range(1, 3).Select(i => $"127.0.0.1:{Port + i}"));

    public string Database { get; } = "gr_ha_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The primary, wherever it is: every node, read-write only; a host found unsuitable is tried again after a second.</summary>
    public string PrimaryConnection => Primary(Database);

    public static string Primary(string database) =>
        $"Host={Hosts};Username=grassroots;Password=grassroots;Database={database};Target Session Attributes=read-write;Host Recheck Seconds=1;Timeout=3;Maximum Pool Size=30";

    /// <summary>Every node as a possible replica: the app reads only those that are standbys.</summary>
    public string Replicas => $"Host={Hosts};Username=grassroots;Password=grassroots;Database={Database};Maximum Pool Size=20";

    public static string Node(int port, string database = "postgres") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Pooling=false;Timeout=3";

    private static string Monitor => $"Host=127.0.0.1;Port={Port};Username=autoctl_node;Database=pg_auto_failover;Pooling=false";

    /// <summary>Whether this run started the formation (then it stops it at the end, as it found it).</summary>
    private bool _started;

    public async Task InitializeAsync()
    {
        _started = !await MonitorUpAsync();
        await StartAsync();
        await using (var admin = new NpgsqlConnection(Primary("postgres")))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin).ExecuteNonQueryAsync();
        }
        // Migrated and filled with the demo data once; each test starts its own app on it.
        await using var app = App();
        await app.DbAsync(db => db.Users.CountAsync());
    }

    /// <summary>An app on the formation: writes to the primary; reads of the pages that opted in from a standby when given replicas.</summary>
    public GrassrootsApp App(IDictionary<string, string?>? settings = null)
    {
        var app = new GrassrootsApp(DatabaseProvider.Postgres, PrimaryConnection, demo: true, ownsDatabase: false);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            app.Settings[key] = value;
        }
        return app;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var admin = new NpgsqlConnection(Primary("postgres"));
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // Clean-up only.
        }
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            await RunAsync(Path.Combine(Root(), "tools/ha/stop.sh"));
        }
    }

    private static async Task<bool> MonitorUpAsync()
    {
        try
        {
            await using var db = new NpgsqlConnection(Monitor);
            await db.OpenAsync();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>tools/ha/start.sh: starts what is not running and waits until one primary and two secondaries are healthy.</summary>
    public static async Task StartAsync()
    {
        var (code, output) = await RunAsync(Path.Combine(Root(), "tools/ha/start.sh"));
        Assert.True(code == 0 && output.Contains("Formation healthy", StringComparison.Ordinal), "tools/ha/start.sh failed: " + output);
    }

    /// <summary>The ports of the nodes the monitor assigns this role (primary, secondary).</summary>
    public static async Task<List<int>> NodesAsync(params string[] goals)
    {
        await using var db = new NpgsqlConnection(Monitor);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT nodeport FROM pgautofailover.node WHERE goalstate::text = ANY(@goals) ORDER BY nodeport", db);
        command.Parameters.AddWithValue("goals", goals);
        await using var reader = await command.ExecuteReaderAsync();
        var ports = new List<int>();
        while (await reader.ReadAsync())
        {
            ports.Add(reader.GetInt32(0));
        }
        return ports;
    }

    /// <summary>
    /// kill -9 of the primary as if its machine died: its pg_autoctl service (whose supervisor would start PostgreSQL again
    /// within a second) and its postmaster (the first line of postmaster.pid). Returns the node's name.
    /// </summary>
    public static async Task<string> KillPrimaryAsync()
    {
        var port = (await NodesAsync("primary")).Single();
        var node = $"node{port - Port}";
        var service = File.ReadLines($"{Base}/run/pg_autoctl{Base}/{node}/pg_autoctl.pid").First().Trim();
        var postmaster = File.ReadLines($"{Base}/{node}/postmaster.pid").First().Trim();
        var (code, output) = await RunAsync("bash", "-c", $"pkill -9 -P {service}; kill -9 {service}; kill -9 {postmaster}");
        Assert.True(code == 0, output);
        return node;
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grassroots.slnx")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }
}

/// <summary>The tests on the formation run one after another (one kills its primary).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HaCollection : ICollectionFixture<HaFormation>
{
    public const string Name = "High availability";
}
