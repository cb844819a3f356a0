using System.Net;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Files;
using MiniExcelLibs;

namespace Grassroots.Tests.Indicators;

/// <summary>The template the app writes, filled as a commune would, uploaded back; bad files refused cell by cell, whole.</summary>
public sealed class ImportTests
{
    /// <summary>The sheet as rows of cells by column letter (row 1 first).</summary>
    internal static List<Dictionary<string, object?>> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: false, sheetName: IndicatorWorkbook.Sheet).Cast<IDictionary<string, object?>>()
            .Select(r => new Dictionary<string, object?>(r))];
    }

    internal static byte[] Write(List<Dictionary<string, object?>> rows, string sheet = IndicatorWorkbook.Sheet)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, sheetName: sheet);
        return stream.ToArray();
    }

    /// <summary>Sets the cell of the indicator's row in the unit's column.</summary>
    internal static void Set(List<Dictionary<string, object?>> rows, string key, string unitCode, object? value)
    {
        var column = rows[3].First(c => Equals(c.Value, unitCode)).Key;
        var row = rows.First(r => Equals(r["A"], key));
        row[column] = value;
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient api, byte[] file, string url = "/api/v1/indicators/import")
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new(FileKind.Xlsx.ContentType);
        content.Add(part, "file", "so-lieu.xlsx");
        return await api.PostAsync(url, content);
    }

    [Theory, Providers]
    public async Task A_filled_template_is_imported_for_the_district_and_its_communes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var template = await api.GetByteArrayAsync("/api/v1/indicators/template?unit=675&from=2019-01-01&to=2019-06-30");
        var rows = Read(template);
        Assert.Equal(IndicatorWorkbook.Marker, rows[0]["A"]);
        Assert.Equal("2019-01-01", rows[1]["B"]);
        Assert.Contains(rows[3].Values, v => Equals(v, "24901"));
        Assert.Contains(rows[4].Values, v => Equals(v, "Xã Rô Men"));
        Assert.Contains(rows, r => Equals(r["A"], "feedback.national_portal") && Equals(r["B"], "Phản ánh, kiến nghị qua Cổng Dịch vụ công quốc gia") && Equals(r["C"], "phản ánh"));
        Assert.DoesNotContain(rows, r => Equals(r["A"], "reception.visits")); // computed, not entered
        Assert.DoesNotContain(rows, r => Equals(r["A"], "petitions.complex_rate")); // a rate is recomputed, never entered

        Set(rows, "feedback.national_portal", "675", 3000d);
        Set(rows, "feedback.national_portal", "24901", 2554d);
        Set(rows, "feedback.national_portal", "24907", "2.000"); // typed as text, Vietnamese thousands
        Set(rows, "petitions.complex_cases", "675", 2900d);
        Set(rows, "petitions.complex_resolved", "675", 2880d);
        var response = await UploadAsync(api, Write(rows));
        var result = await response.ReadAsync<ImportResult>();
        Assert.Equal(5, result.Saved);
        var district = await IndicatorsApiTests.ValuesAsync(api, "675", "2019-01-01", "2019-06-30");
        Assert.Equal(7554m, district["feedback.national_portal"]);
        Assert.Equal(99.31m, district["petitions.complex_rate"]);
    }

    [Theory, Providers]
    public async Task Every_wrong_cell_is_named_and_nothing_of_a_refused_file_is_stored(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var count = await app.DbAsync(db => db.Set<IndicatorValue>().CountAsync());
        var rows = Read(await api.GetByteArrayAsync("/api/v1/indicators/template?unit=675&from=2019-01-01&to=2019-06-30"));
        Set(rows, "feedback.national_portal", "675", 100d);                 // fine on its own
        Set(rows, "feedback.national_portal", "24901", "nhiều");            // wrong type
        Set(rows, "security.teams", "24904", -3d);                          // negative count
        Set(rows, "petitions.complex_cases", "24907", 10d);
        Set(rows, "petitions.complex_resolved", "24907", 12d);              // rate over 100 %
        Set(rows, "security.teams", "24910", 2.5d);                         // not a whole number
        // A commune that did not exist yet in 2019 (created after the 2025 reform), added as a column by hand.
        var last = rows[3].Keys.Where(k => rows[3][k] is not null).Max(k => (k.Length, k))!.k;
        var extra = ((char)(last[^1] + 1)).ToString();
        foreach (var row in rows)
        {
            row[extra] = null;
        }
        rows[3][extra] = "24971";
        var file = Write(rows);

        var response = await UploadAsync(api, file);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("không số liệu nào được lưu", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors").Deserialize<List<ImportError>>(GrassrootsApp.Json)!;
        int RowOf(string key) => rows.FindIndex(r => Equals(r["A"], key)) + 1;
        string ColumnOf(string code) => rows[3].First(c => Equals(c.Value, code)).Key;
        void Has(int row, string column, string words) =>
            Assert.True(errors.Any(e => e.Sheet == "SoLieu" && e.Row == row && e.Column == column && e.Message.Contains(words, StringComparison.Ordinal)),
                $"no error at {column}{row} with “{words}”: {string.Join(" | ", errors.Select(e => $"{e.Column}{e.Row} {e.Message}"))}");
        Has(RowOf("feedback.national_portal"), ColumnOf("24901"), "không phải là số");
        Has(RowOf("security.teams"), ColumnOf("24904"), "không được âm");
        Has(RowOf("petitions.complex_resolved"), ColumnOf("24907"), "100%");
        Has(RowOf("security.teams"), ColumnOf("24910"), "số nguyên");
        Has(4, extra, "không thuộc kỳ báo cáo");
        Assert.Equal(5, errors.Count);
        Assert.Equal(count, await app.DbAsync(db => db.Set<IndicatorValue>().CountAsync()));

        // Not the template: another workbook, or not a workbook at all.
        foreach (var other in new[] { Write([new() { ["A"] = "Bảng kê", ["B"] = 1d }], "Sheet1"), "PK not really a zip"u8.ToArray() })
        {
            var refused = await UploadAsync(api, other);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var e = (await refused.ProblemAsync()).GetProperty("errors").Deserialize<List<ImportError>>(GrassrootsApp.Json)!.Single();
            Assert.Equal((1, "A"), (e.Row, e.Column));
            Assert.Contains("không phải mẫu", e.Message);
        }
        // A unit out of the uploader's reach.
        using var commune = await app.ApiAsync("cb.romen");
        var outOfReach = await UploadAsync(commune, Write(Read(await api.GetByteArrayAsync("/api/v1/indicators/template?unit=675&from=2019-01-01&to=2019-06-30"))));
        Assert.Equal(HttpStatusCode.BadRequest, outOfReach.StatusCode);
        Assert.Contains("không có quyền", await outOfReach.Content.ReadAsStringAsync());
        Assert.Equal(count, await app.DbAsync(db => db.Set<IndicatorValue>().CountAsync()));
    }
}
