namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>
/// An uploaded spreadsheet to read back. <see cref="Allowed"/>, when given, are the only unit codes it may carry and
/// <see cref="Period"/> the only period (the units that must report in a report period, and its dates).
/// </summary>
public sealed record ImportValuesRequest(IFormFile? File, IReadOnlySet<string>? Allowed = null, (DateOnly From, DateOnly To)? Period = null);

/// <summary>An error of an uploaded spreadsheet, named by sheet, row and column (A, B, ...), in the reader's language.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message);

public sealed record ImportResult(DateOnly From, DateOnly To, IReadOnlyList<string> Units, int Saved);

/// <summary>
/// What became of an upload: its values stored (<see cref="Imported"/>), or the file refused whole with every wrong cell
/// named (<see cref="Errors"/>; nothing of it was stored). <see cref="Message"/> says which, in the reader's language.
/// </summary>
public sealed record ImportOutcome(ImportResult? Imported, IReadOnlyList<ImportError> Errors, string Message)
{
    /// <summary>200 with what was stored, or a 400 problem whose <c>errors</c> list names each wrong cell.</summary>
    public Results<Ok<ImportResult>, ProblemHttpResult> ToHttpResult() => Imported is { } imported
        ? TypedResults.Ok(imported)
        : TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Message,
            Detail = string.Join(" ", Errors.Select(e => $"{e.Sheet}!{e.Column}{e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {e.Message}")),
            Extensions = { ["errors"] = Errors },
        });
}

/// <summary>The entry spreadsheet: written for units and a period, read back whole or refused with every wrong cell named.</summary>
public interface IIndicatorWorkbook
{
    /// <summary>The entered indicators × the given units (the first one the unit the file is for), for a period, under a title.</summary>
    Task<byte[]> TemplateAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, string? title = null, CancellationToken ct = default);

    Task<ImportOutcome> ImportAsync(ImportValuesRequest request, CancellationToken ct = default);
}
