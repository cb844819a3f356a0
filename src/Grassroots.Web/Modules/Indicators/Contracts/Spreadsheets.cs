
namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>An error of an uploaded spreadsheet, named by sheet, row and column (A, B, ...), in the reader's language.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message);

public sealed record ImportResult(DateOnly From, DateOnly To, IReadOnlyList<string> Units, int Saved);

/// <summary>A spreadsheet refused as a whole: nothing of it was stored.</summary>
public sealed class ImportRejected(IReadOnlyList<ImportError> errors) : Exception("Spreadsheet rejected")
{
    public IReadOnlyList<ImportError> Errors { get; } = errors;
}

/// <summary>The values of every indicator for units and a period, rolled up over subtrees and lineage (see IndicatorFigures).</summary>
public interface IIndicatorFigures
{
    Task<Dictionary<string, decimal?>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default);

    Task<Dictionary<int, Dictionary<string, decimal?>>> ValuesForAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct = default);
}

/// <summary>The entry spreadsheet: written for units and a period, read back whole or refused with every wrong cell named.</summary>
public interface IIndicatorWorkbook
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    Task<byte[]> TemplateAsync(Unit unit, DateOnly from, DateOnly to, IReadOnlyList<Unit>? units = null, string? title = null, CancellationToken ct = default);

    Task<ImportResult> ImportAsync(Stream upload, IReadOnlySet<string>? allowed = null, CancellationToken ct = default, (DateOnly From, DateOnly To)? expected = null);
}
