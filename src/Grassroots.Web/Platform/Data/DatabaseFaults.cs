using Npgsql;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Faults that say the database is out of reach for a while — a failover in progress (docs/operations.md): the primary's
/// connection broke, no host takes writes yet, or the host reached is a standby (a demoted primary: "read-only
/// transaction"). Nothing of the request was saved (a transaction either commits whole or not at all), so the user is
/// answered 503 with Retry-After and tries again; never a 500.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>How long a refused request is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p:
                    // 25006 read_only_sql_transaction (a standby), 57P01–57P03 shutdown / cannot connect now, 08xxx connection
                    // exceptions, 53300 too many connections (a promoted standby while clients reconnect).
                    return p.SqlState is "25006" or "57P01" or "57P02" or "57P03" or "53300" || p.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException:
                    // Not reported by the server: the connection itself failed (refused, reset, timed out, no suitable host).
                    return true;
            }
        }
        return false;
    }

    /// <summary>The refusal a request gets when <see cref="IsUnavailable"/> (Vietnamese, Retry-After).</summary>
    public static DomainException Unavailable() =>
        new(StatusCodes.Status503ServiceUnavailable, "Http.DatabaseUnavailable") { RetryAfter = RetryAfter };
}
