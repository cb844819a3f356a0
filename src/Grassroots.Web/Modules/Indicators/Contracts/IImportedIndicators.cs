namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>A figure read from a report and accepted for a unit, an indicator and a period.</summary>
public sealed record ImportedIndicatorValue(int UnitId, string Key, DateOnly From, DateOnly To, decimal Value);

/// <summary>What became of an accepted figure.</summary>
public enum ImportedValueOutcome
{
    /// <summary>Stored: the unit had no figure of its own for the indicator and period.</summary>
    Stored,

    /// <summary>Stored in place of a figure typed by hand or from a spreadsheet for the same period.</summary>
    ReplacedEntered,

    /// <summary>Kept with the report, but the figure computed from the platform's records for the period stands.</summary>
    ComputedKept,
}

/// <summary>Figures accepted from imported reports, stored as the indicators of their units marked with their report
/// (LegacyReports → Indicators). The values are added to the request's unit of work: the caller's save stores them with
/// its own change, or nothing.</summary>
public interface IImportedIndicators
{
    Task<IReadOnlyList<ImportedValueOutcome>> StageAsync(Guid documentId, IReadOnlyList<ImportedIndicatorValue> values, CancellationToken ct = default);
}
