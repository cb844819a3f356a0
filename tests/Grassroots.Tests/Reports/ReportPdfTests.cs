using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reports;

namespace Grassroots.Tests.Reports;

/// <summary>
/// The PDF path: the exported Word report goes through LibreOffice (<see cref="ReportPdf"/>, installed by test.sh) and the
/// PDF reads back (pdftotext, poppler-utils) as the signed report: header, number, place and date, title, body, signer.
/// </summary>
public sealed class ReportPdfTests
{
    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("grassroots-pdf-test-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", input, "-"]) { RedirectStandardOutput = true })
                ?? throw new InvalidOperationException("pdftotext (poppler-utils) is not installed: run ./test.sh, which installs it");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory, Providers]
    public async Task The_consolidated_report_converts_to_a_pdf_that_reads_as_the_signed_report(DatabaseProvider provider)
    {
        Assert.True(ReportPdf.Soffice() is not null, "LibreOffice (soffice) is not installed: run ./test.sh, which installs it");
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        using var bcd = await app.ApiAsync("bcd.lamdong");
        var period = await ReportWorkflowTests.OpenAsync(bcd, "68", "2026-01-01", "2026-06-30", "2026-12-15", BuiltInTemplates.SteeringSixMonths, ["24971", "24974"]);
        var url = $"/api/v1/reports/periods/{period.Id}/units/68";
        (await bcd.PutAsJsonAsync(url, new
        {
            number = "05",
            issuedOn = "2026-07-10",
            signerTitle = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
            signerName = "Nguyễn Thị Hòa",
            prose = new Dictionary<string, string>
            {
                ["situation"] = "Trong 6 tháng đầu năm 2026, tình hình kinh tế - xã hội của Tỉnh Lâm Đồng ổn định sau sắp xếp đơn vị hành chính.",
                ["next_tasks"] = "1. Tiếp tục chỉ đạo thực hiện quy chế dân chủ ở cơ sở tại các xã sau sắp xếp.",
            },
        })).EnsureSuccessStatusCode();

        // Before export, the drafter is told which sentences print "—" for want of a figure (no workplace conference recorded).
        var composed = await (await bcd.GetAsync(url)).ReadAsync<UnitReportDto>();
        var noFigures = Assert.Single(composed.Report.Missing, g => g.Key == "NoFigures" && g.Section!.StartsWith("III.2.", StringComparison.Ordinal));
        Assert.Contains("Tỷ lệ cơ quan tổ chức hội nghị CBCCVC", noFigures.Section);

        // The API's PDF is ReportPdf's conversion of the exported Word file, named like it.
        var response = await bcd.GetAsync($"{url}/document.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("05-BC-BCD-ket-qua-xay-dung-va-thuc-hien-QCDC-6-thang-dau-nam-2026.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = await PdfTextAsync(await response.Content.ReadAsByteArrayAsync());
        // The letters as they read, whatever the line breaks and the justified spacing (pdftotext splits justified words).
        static string Letters(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        var flat = Letters(text);

        Assert.Contains(Letters("TỈNH ỦY LÂM ĐỒNG"), flat);
        Assert.Contains(Letters("ĐẢNG CỘNG SẢN VIỆT NAM"), flat);
        Assert.Contains(Letters("Số 05-BC/BCĐ"), flat);
        Assert.Contains(Letters("Lâm Đồng, ngày 10 tháng 7 năm 2026"), flat);
        Assert.Contains(Letters("BÁO CÁO"), flat);
        Assert.Contains(Letters("I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH"), flat);
        Assert.Contains(Letters("tình hình kinh tế - xã hội của Tỉnh Lâm Đồng ổn định"), flat);
        Assert.Contains(Letters("Nơi nhận:"), flat);
        Assert.Contains(Letters("Ban chỉ đạo QCDC Trung ương"), flat);
        Assert.Contains(Letters("Nguyễn Thị Hòa"), flat);
        Assert.DoesNotContain(Letters("HUYỆN ỦY"), flat);
        // The header comes before the title, the title before the body, the body before the signer.
        int At(string s) => flat.IndexOf(Letters(s), StringComparison.Ordinal);
        Assert.True(At("Số 05-BC/BCĐ") < At("BÁO CÁO") && At("BÁO CÁO") < At("I. KHÁI QUÁT") && At("I. KHÁI QUÁT") < At("Nguyễn Thị Hòa"));
    }
}
