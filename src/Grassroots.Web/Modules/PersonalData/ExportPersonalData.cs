using System.Globalization;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.PersonalData;

/// <summary>A person's data on request as a workbook: the same search (audited the same way), one row a record.</summary>
public sealed class ExportPersonalData(FindPersonalData find, IStringLocalizer<SharedResource> t)
{
    public async Task<FileContent> HandleAsync(PersonalDataRequest r, CancellationToken ct = default)
    {
        var result = await find.HandleAsync(r, ct);
        SheetColumn[] columns =
        [
            new(t["Export.No"], 6), new(t["PersonalData.Kind"], 18), new(t["PersonalData.Reference"], 16), new(t["Field.unit"], 24),
            new(t["Field.date"], 12), new(t["Field.name"], 24), new(t["Field.address"], 30), new(t["Field.phone"], 14),
            new(t["Field.email"], 24), new(t["Field.idNumber"], 14), new(t["Field.subject"], 40), new(t["PersonalData.Status"], 20),
        ];
        var rows = result.Records.Select((x, i) => (IReadOnlyList<object?>)new object?[]
        {
            i + 1, t[$"PersonalRecordKind.{x.Kind}"].Value, x.Reference, x.UnitName, x.On, x.Name, x.Address, x.Phone, x.Email, x.IdNumber, x.Subject, x.Status,
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add([null, null, null, null, null, null, null, null, null, null, t["PersonalData.None"].Value, null]);
        }
        var day = Clock.VietnamDay(result.SearchedAt);
        string[] title = [result.UnitName.ToUpper(CultureInfo.GetCultureInfo("vi")), t["PersonalData.Title"], t["PersonalData.SearchedOn", Text.Date(day)]];
        var bytes = new Spreadsheet().Sheet(t["PersonalData.Sheet"], title, columns, rows).ToBytes();
        return FileContent.Xlsx(string.Create(CultureInfo.InvariantCulture, $"du-lieu-ca-nhan-{result.UnitCode}-{day:yyyyMMdd}.xlsx"), bytes);
    }
}
