namespace Grassroots.Web.Modules.PersonalData.Contracts;

/// <summary>
/// A kind of record whose people's data is cleared when its retention period ends (docs/personal-data.md, Retention):
/// the record stays — its figures, dates and content feed the statistics and the registers — but the name, address,
/// phone, email and ID number are cleared. A record is never cleared while a letter of its case is open.
/// </summary>
public interface IRetentionSource
{
    PersonalRecordKind Kind { get; }

    /// <summary>How many records, not yet anonymised, ended before <paramref name="endedBefore"/> with no open case.</summary>
    Task<int> CountDueAsync(DateOnly endedBefore, CancellationToken ct);

    /// <summary>Clears the people's data of those records, marking each with <paramref name="today"/>; returns how many.</summary>
    Task<int> AnonymiseAsync(DateOnly endedBefore, DateOnly today, CancellationToken ct);
}
