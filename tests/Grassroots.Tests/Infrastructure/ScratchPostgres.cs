using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of a test's own (Debian's PostgreSQL, run as the <c>postgres</c> user on a free loopback port, in a
/// folder of its own), for what the shared test server cannot show: WAL archiving, a restore into a fresh instance.
/// Stopped and removed on dispose.
/// </summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    public static string Bin { get; } = System.IO.Directory.GetDirectories("/usr/lib/postgresql")
        .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin")).First();

    public string DataDirectory { get; }
    public int Port { get; }
    private readonly bool _owned;

    private ScratchPostgres(string dataDirectory, int port, bool owned)
    {
        DataDirectory = dataDirectory;
        Port = port;
        _owned = owned;
    }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false;Timeout=30";

    /// <summary>A folder the <c>postgres</c> user may write in (tests run as root).</summary>
    public static DirectoryInfo Folder(string prefix)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory(prefix);
        Shell("chown", ["postgres:postgres", folder.FullName]);
        return folder;
    }

    /// <summary>A new cluster in <paramref name="dataDirectory"/> with these extra settings, started.</summary>
    public static async Task<ScratchPostgres> CreateAsync(string dataDirectory, IEnumerable<string> settings)
    {
        AsPostgres($"{Bin}/initdb -D {dataDirectory} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        await File.AppendAllLinesAsync(Path.Combine(dataDirectory, "pg_hba.conf"), ["host replication all 127.0.0.1/32 trust"]);
        await File.AppendAllLinesAsync(Path.Combine(dataDirectory, "postgresql.conf"), settings);
        return await StartAsync(dataDirectory, owned: true);
    }

    /// <summary>A server started on an existing data directory (a restored one), waiting until it accepts connections.</summary>
    public static Task<ScratchPostgres> StartAsync(string dataDirectory, bool owned = true)
    {
        var port = FreePort();
        AsPostgres($"{Bin}/pg_ctl -D {dataDirectory} -l {dataDirectory}/server.log -w -t 120 -o \"-p {port} -k /tmp -c listen_addresses=127.0.0.1\" start");
        return Task.FromResult(new ScratchPostgres(dataDirectory, port, owned));
    }

    public async Task<T> ScalarAsync<T>(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        AsPostgres($"{Bin}/pg_ctl -D {DataDirectory} -m immediate -w stop", check: false);
        if (_owned)
        {
            try
            {
                System.IO.Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Removed with the temporary folder by the machine.
            }
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A small memory file system at <paramref name="folder"/>: a disk that fills up (tests run as root).</summary>
    public static void Mount(string folder, string size) => Shell("mount", ["-t", "tmpfs", "-o", $"size={size}", "tmpfs", folder]);

    public static void Unmount(string folder) => Shell("umount", [folder], check: false);

    public static void AsPostgres(string command, bool check = true) => Shell("runuser", ["-u", "postgres", "--", "sh", "-c", command], check);

    private static void Shell(string file, string[] arguments, bool check = true)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = "/tmp" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: exit {process.ExitCode}\n{output.Result}\n{error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
