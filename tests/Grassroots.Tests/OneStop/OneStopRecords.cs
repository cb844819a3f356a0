using System.Text;
using MiniExcelLibs;

namespace Grassroots.Tests.OneStop;

/// <summary>Files in the one-stop layouts, and their upload through the API.</summary>
public static class OneStopRecords
{
    /// <summary>The statistics layout's single-row header, as the README documents it (Tháng = the month of the row).</summary>
    public static readonly string[] Header =
    [
        "Mã đơn vị", "Tên đơn vị", "Từ ngày", "Đến ngày", "Kỳ trước chuyển qua", "Tiếp nhận trực tuyến", "Tiếp nhận qua bưu chính", "Tiếp nhận trực tiếp",
        "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn",
        "Trả lại, bổ sung, từ chối", "Số hóa hồ sơ", "Số hóa kết quả", "Phát sinh phí, lệ phí", "Thanh toán trực tuyến",
    ];

    /// <summary>A row of the statistics layout: unit, period and the 14 counts in <see cref="Header"/>'s order.</summary>
    public sealed record Row(string Unit, string From, string To, params int[] Counts);

    /// <summary>The rows as a CSV file (semicolon-separated, Vietnamese thousands "29.264", a title line above the header).</summary>
    public static byte[] Csv(IEnumerable<Row> rows, string[]? header = null)
    {
        var text = new StringBuilder("THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT TTHC;;;\n");
        text.AppendLine(string.Join(';', header ?? Header));
        foreach (var r in rows)
        {
            text.AppendLine(string.Join(';', new[] { r.Unit, "", r.From, r.To }.Concat(r.Counts.Select(c => c.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))))));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Rows of cells as a one-sheet workbook (row 1 first; a null cell stays empty).</summary>
    public static byte[] Xlsx(IEnumerable<object?[]> rows, string sheet = "Thống kê")
    {
        var table = rows.Select(r => (IDictionary<string, object?>)r.Select((v, i) => (Key: Column(i), v)).ToDictionary(x => x.Key, x => x.v)).ToList();
        var width = table.Max(r => r.Count);
        foreach (var r in table)
        {
            for (var i = 0; i < width; i++)
            {
                r.TryAdd(Column(i), null);
            }
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table.Select(r => new Dictionary<string, object?>(r.OrderBy(kv => kv.Key.Length).ThenBy(kv => kv.Key))).ToList(), printHeader: false, sheetName: sheet);
        return stream.ToArray();
    }

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + (i - 1) % 26) + name;
        }
        return name;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string unitCode, byte[] file, string name, string route = "statistics")
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(unitCode), "unitCode");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", name);
        return await api.PostAsync($"/api/v1/onestop/{route}", content);
    }

    /// <summary>
    /// The Đam Rông district's six months of 2022 as the seed reports them ("tiếp nhận là 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ ...
    /// đúng hạn 7029 hồ sơ (tỷ lệ 99,17%), quá hạn 59 hồ sơ (tỷ lệ 0,83%), hồ sơ chưa giải quyết 216 hồ sơ (250 hồ sơ không đủ điều
    /// kiện giải quyết ...)"), split over the district and two communes, imported as the one-stop software's statistics.
    /// </summary>
    public static async Task ImportDamRongAsync(HttpClient api, string district, IReadOnlyList<string> communes, string from = "01/01/2022", string to = "30/06/2022")
    {
        // received (at the counter), on time, late, pending, returned — early is merged into "on time" by the seed.
        var rows = new[] { (district, 3300, 3080, 20, 100, 100), (communes[0], 2554, 2370, 18, 66, 100), (communes[1], 1700, 1579, 21, 50, 50) }
            .Select(x => new Row(x.Item1, from, to, 0, 0, 0, x.Item2, 0, x.Item3, x.Item4, x.Item5, 0, x.Item6, 0, 0, 0, 0));
        (await UploadAsync(api, district, Csv(rows), "thong-ke-6-thang-2022.csv")).EnsureSuccessStatusCode();
    }
}
