using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Tests.HighAvailability;

/// <summary>
/// Which faults mean "the database is out of reach for a while" (a failover: 503 with Retry-After, and the group-commit writer
/// waits) and which are ordinary errors (docs/operations.md, "What the app does during a failover").
/// </summary>
public sealed class DatabaseFaultsTests
{
    [Theory]
    [InlineData("25006")] // read_only_sql_transaction: the host reached was just demoted to a standby
    [InlineData("57P01")] // admin_shutdown
    [InlineData("57P03")] // cannot_connect_now: a node starting up or being promoted
    [InlineData("08006")] // connection_failure
    public void A_server_fault_of_a_failover_is_unavailability(string sqlState)
    {
        var fault = new PostgresException("fault", "FATAL", "FATAL", sqlState);
        Assert.True(DatabaseFaults.IsUnavailable(fault));
        Assert.True(DatabaseFaults.IsUnavailable(new DbUpdateException("save failed", fault)));
    }

    [Theory]
    [InlineData("23505")] // unique_violation: a duplicate, not an outage
    [InlineData("40001")] // serialization_failure
    [InlineData("22001")] // string_data_right_truncation
    public void An_ordinary_error_is_not(string sqlState) =>
        Assert.False(DatabaseFaults.IsUnavailable(new DbUpdateException("save failed", new PostgresException("fault", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void A_broken_or_refused_connection_is_unavailability_and_other_providers_faults_are_not()
    {
        Assert.True(DatabaseFaults.IsUnavailable(new NpgsqlException("Exception while reading from stream", new IOException("reset"))));
        Assert.True(DatabaseFaults.IsUnavailable(new InvalidOperationException("transient", new NpgsqlException("No suitable host was found."))));
        Assert.False(DatabaseFaults.IsUnavailable(new SqliteException("database is locked", 5)));
        Assert.False(DatabaseFaults.IsUnavailable(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void The_refusal_is_503_with_Retry_After()
    {
        var refusal = DatabaseFaults.Unavailable();
        Assert.Equal(503, refusal.Status);
        Assert.Equal("Http.DatabaseUnavailable", refusal.MessageKey);
        Assert.Equal(TimeSpan.FromSeconds(5), refusal.RetryAfter);
    }
}
