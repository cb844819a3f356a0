using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Registers.Outreach;

/// <summary>A wrong cell of an attendance list: its row and column as Excel names them, and why, in the reader's language.</summary>
public sealed record SheetError(int Row, string Column, string Message);

/// <summary>
/// Reads a session's attendance list from a spreadsheet (.xlsx): a header row "STT | Họ và tên | Địa chỉ" (the first
/// non-empty row), then one person a row. The list replaces the session's, and its people and attendances become at least
/// the list's length. A wrong header or an empty name refuses the whole file, naming each wrong cell; nothing is saved.
/// </summary>
public sealed class ImportAttendees(AppDbContext db, UnitScope scope, IStringLocalizer<SharedResource> localizer)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    /// <summary>The columns the list must have, in order, as their headers read once folded (no case, no diacritics).</summary>
    public static readonly (string Column, string Header, string Folded)[] Columns =
        [("A", "STT", "stt"), ("B", "Họ và tên", "ho va ten"), ("C", "Địa chỉ", "dia chi")];

    public async Task<OutreachSession> HandleAsync(Guid sessionId, IFormFile? file, CancellationToken ct = default)
    {
        var session = await db.Set<OutreachSession>().Include(s => s.Unit).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw DomainException.NotFound("Registers.SessionNotFound");
        await scope.RequireAsync(session.Unit!, Permission.Edit, ct);
        var names = await ReadListAsync(file, ct);
        await db.Set<OutreachAttendee>().Where(a => a.SessionId == session.Id).ExecuteDeleteAsync(ct);
        db.AddRange(names.Select(n => new OutreachAttendee { SessionId = session.Id, Row = n.Row, FullName = n.Name, Address = n.Address }));
        session.People = Math.Max(session.People, names.Count);
        session.Attendances = Math.Max(session.Attendances, session.People);
        AppDbContext.Touch(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The people of an uploaded list; a wrong list is refused whole, its first ten wrong cells named in the reader's language.</summary>
    public async Task<List<(int Row, string Name, string? Address)>> ReadListAsync(IFormFile? file, CancellationToken ct)
    {
        var (_, bytes) = await FileUploads.ReadContentAsync(file, MaxBytes, ct);
        var (names, errors) = Read(bytes);
        if (errors.Count > 0)
        {
            var lines = errors.Take(10).Select(e => localizer["Registers.SheetCell", e.Row, e.Column, localizer[e.Message].Value].Value);
            throw DomainException.Invalid("Registers.SheetRefused", string.Join(" ", lines));
        }
        return names;
    }

    /// <summary>The people of the list, or the wrong cells (message keys): a header that is not the template's, a row without a name, a text too long.</summary>
    public static (List<(int Row, string Name, string? Address)> Names, List<SheetError> Errors) Read(byte[] bytes)
    {
        var names = new List<(int, string, string?)>();
        var errors = new List<SheetError>();
        List<IDictionary<string, object?>> rows;
        try
        {
            if (!ZipPackages.IsZip(bytes))
            {
                return (names, [new SheetError(1, "A", "Registers.SheetNotWorkbook")]);
            }
            using var stream = new MemoryStream(bytes, writable: false);
            rows = [.. MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (names, [new SheetError(1, "A", "Registers.SheetNotWorkbook")]);
        }
        var header = rows.FindIndex(r => r.Values.Any(v => !string.IsNullOrWhiteSpace(v?.ToString())));
        if (header < 0)
        {
            return (names, [new SheetError(1, "A", "Registers.SheetEmpty")]);
        }
        foreach (var (column, _, folded) in Columns)
        {
            var cell = rows[header].TryGetValue(column, out var v) ? v?.ToString() : null;
            if (Text.Fold(cell).Trim() != folded)
            {
                errors.Add(new SheetError(header + 1, column, $"Registers.SheetHeader.{column}"));
            }
        }
        if (errors.Count > 0)
        {
            return (names, errors);
        }
        for (var i = header + 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var name = Text.Clean(row.TryGetValue("B", out var n) ? n?.ToString() : null);
            var address = Text.CleanOrNull(row.TryGetValue("C", out var a) ? a?.ToString() : null);
            var number = Text.CleanOrNull(row.TryGetValue("A", out var s) ? s?.ToString() : null);
            if (name.Length == 0 && address is null && number is null)
            {
                continue; // a blank line
            }
            if (name.Length == 0)
            {
                errors.Add(new SheetError(i + 1, "B", "Registers.SheetNameMissing"));
            }
            else if (name.Length > FieldLength.PersonName || Text.HasControlCharacters(name))
            {
                errors.Add(new SheetError(i + 1, "B", "Registers.SheetNameInvalid"));
            }
            if (address is not null && (address.Length > FieldLength.Name || Text.HasControlCharacters(address)))
            {
                errors.Add(new SheetError(i + 1, "C", "Registers.SheetAddressInvalid"));
            }
            names.Add((i + 1, name, address));
        }
        if (names.Count > MaxRows)
        {
            errors.Add(new SheetError(header + 1 + MaxRows, "B", "Registers.SheetTooLong"));
        }
        return (names, errors);
    }
}
