namespace Grassroots.Web.Modules.PersonalData.Contracts;

/// <summary>The kinds of record that hold a person's data (docs/personal-data.md, the processing register).</summary>
public enum PersonalRecordKind
{
    Letter,
    ReceptionVisit,
    Household,
}

/// <summary>Which of the person's keys a record matched.</summary>
[Flags]
public enum PersonalKey
{
    None = 0,
    Phone = 1,
    IdNumber = 2,
    Name = 4,
}

/// <summary>
/// A search for one person's records inside the given subtrees (the unit asked for and the units merged into it), by
/// exact values. A null key is not searched. A source matches a record on any key it holds.
/// </summary>
public sealed record PersonalDataQuery(IReadOnlyList<string> UnitPaths, string? Phone, string? IdNumber, string? Name);

/// <summary>One record holding the person's data, as the platform keeps it, in words for people.</summary>
public sealed record PersonalRecord(PersonalRecordKind Kind, string Reference, string UnitCode, string UnitName, DateOnly On,
    string? Name, string? Address, string? Phone, string? Email, string? IdNumber, string Subject, string Status, PersonalKey MatchedBy);

/// <summary>
/// What a module that keeps people's data offers the personal-data search: the records of one person. A denouncer's
/// sealed identity is never searched nor returned (docs/legal.md, LTC-IDENTITY).
/// </summary>
public interface IPersonalDataSource
{
    Task<IReadOnlyList<PersonalRecord>> FindAsync(PersonalDataQuery query, CancellationToken ct);
}
