using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Web.Platform.Data;

/// <summary>Whether the database refused a row because a unique index already holds its value, on either provider.</summary>
public static class UniqueViolation
{
    /// <summary>
    /// True when <paramref name="e"/> (or the exception it wraps, as EF's <c>DbUpdateException</c> does) is a unique
    /// violation of the index on <paramref name="table"/>.<paramref name="column"/> named <paramref name="index"/>.
    /// </summary>
    public static bool Of(Exception e, string table, string column, string index)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                // SQLITE_CONSTRAINT_UNIQUE names the column, not the index: "UNIQUE constraint failed: Petition.TrackingCode".
                case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 } s
                    when s.Message.Contains($"{table}.{column}", StringComparison.Ordinal):
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p when p.ConstraintName == index:
                    return true;
            }
        }
        return false;
    }
}
