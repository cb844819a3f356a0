using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Disclosures;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Modules.Disclosure;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Platform.Files;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Archives are judged by what they inflate to before anything is stored or read: a Word or Excel file of about 1 MiB
/// that inflates to 1 GiB (a "zip bomb") is refused on every path that takes files — a citizen's and an officer's
/// attachment to a letter, a disclosure's file (API and form), the indicators' spreadsheet import (API and form; a report
/// period's import is the same use case) — with a message naming the file, and nothing of it is kept; genuine documents,
/// long ones included, still pass.
/// </summary>
public sealed class ZipBombTests
{
    private const string BombMessage = "khi giải nén, nội dung vượt quá 100 MB, không phải một tài liệu Word hay Excel thông thường.";

    private static MultipartFormDataContent File(string name, byte[] content, string field = "file") =>
        new() { { new ByteArrayContent(content), field, name } };

    // ------------------------------------------------------------------ the inspection itself

    [Fact]
    public void Genuine_Word_and_Excel_files_pass_the_inspection_long_ones_included()
    {
        var longReport = SampleFiles.LongDocx();
        Assert.True(longReport.Length > 4 * 1024 * 1024, $"{longReport.Length} bytes");
        foreach (var (name, content) in new[] { ("Tờ trình.docx", SampleFiles.Docx()), ("Dự toán.xlsx", SampleFiles.Xlsx()), ("Báo cáo năm.docx", longReport) })
        {
            ZipPackages.Inspect(content, name); // no refusal
            Assert.Contains(DisclosureFiles.Policy.Kinds, k => k.Matches(Path.GetExtension(name), content));
        }
    }

    [Fact]
    public void A_bomb_is_refused_as_too_large_without_being_inflated()
    {
        var bomb = SampleFiles.ZipBomb();
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes"); // about 1 MiB on the wire
        var refused = Assert.Throws<DomainException>(() => ZipPackages.Inspect(bomb, "bom.docx"));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
        Assert.Equal("Attachment.PackageTooLarge", refused.MessageKey);
        Assert.Equal("bom.docx", refused.Arguments[0]);
    }

    [Fact]
    public void An_entry_that_inflates_a_thousand_times_is_refused_even_under_the_total_limit()
    {
        var refused = Assert.Throws<DomainException>(() => ZipPackages.Inspect(SampleFiles.ZipBomb(SampleFiles.Docx(), inflatedMiB: 50), "nen.docx"));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
        Assert.Equal("Attachment.PackageRatio", refused.MessageKey);
    }

    [Fact]
    public void An_archive_of_too_many_parts_is_refused()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i <= ZipPackages.MaxEntries; i++)
            {
                zip.CreateEntry($"p{i}.xml");
            }
        }
        var refused = Assert.Throws<DomainException>(() => ZipPackages.Inspect(output.ToArray(), "nhieu.xlsx"));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
        Assert.Equal("Attachment.PackageTooManyEntries", refused.MessageKey);
    }

    [Fact]
    public void An_archive_that_understates_its_sizes_is_judged_by_what_it_really_holds()
    {
        // 200 MiB of zeros declared as 1 MiB: a reader that trusts the header stops there, others inflate it all.
        var refused = Assert.Throws<DomainException>(() => ZipPackages.Inspect(Understated(new byte[200 * 1024 * 1024], 1024 * 1024), "noi-doi.docx"));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);

        // 3 MiB of text declared as 1 MiB: within every limit, but not what it says it is.
        var text = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(text);
        var damaged = Assert.Throws<DomainException>(() => ZipPackages.Inspect(Understated(text, 1024 * 1024), "sai.docx"));
        Assert.Equal(StatusCodes.Status400BadRequest, damaged.Status);
        Assert.Equal("Attachment.PackageDamaged", damaged.MessageKey);
    }

    [Fact]
    public void Bytes_that_only_begin_like_a_zip_are_refused_as_damaged()
    {
        var damaged = Assert.Throws<DomainException>(() => ZipPackages.Inspect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "hong.docx"));
        Assert.Equal(StatusCodes.Status400BadRequest, damaged.Status);
        Assert.Equal("Attachment.PackageDamaged", damaged.MessageKey);
    }

    /// <summary>One entry holding <paramref name="content"/>, whose local and central headers declare <paramref name="declared"/> bytes.</summary>
    private static byte[] Understated(byte[] content, uint declared)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            entry.Write(content);
        }
        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), declared); // the local header's uncompressed size
        for (var i = bytes.Length - 46; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == 0x02014B50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared); // the central directory's
                break;
            }
        }
        return bytes;
    }

    // ------------------------------------------------------------------ every path that takes files

    [Theory, Providers]
    public async Task A_bomb_is_refused_as_a_letters_file_from_the_portal_and_from_an_officer_and_a_long_report_is_taken(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var code = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Reflection",
            content = "Biên bản họp thôn về việc đóng góp làm đường gửi kèm.",
        })).ReadAsync<PublicPetitionCreated>()).TrackingCode;
        var url = $"/api/v1/public/petitions/{code}/attachments";

        var bomb = await citizen.PostAsync(url, File("Biên bản họp thôn.docx", SampleFiles.ZipBomb()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bomb.StatusCode);
        Assert.Equal($"Tệp “Biên bản họp thôn.docx” không được nhận: {BombMessage}", (await bomb.ProblemAsync()).GetProperty("detail").GetString());
        var english = await citizen.PostAsync(url + "?lang=en", File("Biên bản họp thôn.docx", SampleFiles.ZipBomb()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, english.StatusCode);
        Assert.StartsWith("The file “Biên bản họp thôn.docx” is refused: unpacked, its content exceeds 100 MB",
            (await english.ProblemAsync()).GetProperty("detail").GetString());
        // Dressed as a workbook, or as a Word file named .pdf: judged the same, by its bytes.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await citizen.PostAsync(url, File("bang-ke.xlsx", SampleFiles.ZipBomb(workbook: true)))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await citizen.PostAsync(url, File("anh.pdf", SampleFiles.ZipBomb()))).StatusCode);

        var longReport = await citizen.PostAsync(url, File("Báo cáo dài.docx", SampleFiles.LongDocx()));
        Assert.Equal(HttpStatusCode.Created, longReport.StatusCode);

        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Recommendation",
            channel = "Post",
            receivedOn = "2026-11-20",
            content = "Kiến nghị sửa cầu tràn, kèm bản vẽ.",
        });
        var officers = await officer.PostAsync($"/api/v1/petitions/{letter.Id}/attachments", File("Bản vẽ.docx", SampleFiles.ZipBomb()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, officers.StatusCode);
        Assert.Contains("“Bản vẽ.docx” không được nhận", (await officers.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/attachments", File("Bản vẽ.docx", SampleFiles.Docx()))).StatusCode);

        Assert.Equal(["Báo cáo dài.docx", "Bản vẽ.docx"],
            (await app.DbAsync(db => db.Set<PetitionAttachment>().Select(a => a.FileName).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Theory, Providers]
    public async Task A_bomb_is_refused_as_a_disclosures_file_on_the_API_and_the_form_and_a_genuine_workbook_is_published(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        var d = await DisclosureAttachmentTests.PublishAsync(officer);
        var url = $"/api/v1/disclosures/{d.Id}/attachments";

        var bomb = await officer.PostAsync(url, File("Dự toán chi tiết.xlsx", SampleFiles.ZipBomb(workbook: true)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bomb.StatusCode);
        Assert.Equal($"Tệp “Dự toán chi tiết.xlsx” không được nhận: {BombMessage}", (await bomb.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync(url, File("Dự toán chi tiết.xlsx", SampleFiles.Xlsx()))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync(url, File("Thuyết minh.docx", SampleFiles.LongDocx()))).StatusCode);

        // The publishing form: the page names the file and publishes nothing.
        using var browser = await PageClient.SignInAsync(app, "cb.romen");
        var before = await app.DbAsync(db => db.Set<Disclosure>().CountAsync());
        var refused = await browser.PostMultipartAsync("/disclosures",
        [
            new("UnitCode", "24971"), new("CategoryId", "9"), new("Title", "Danh sách hộ nghèo 2027"), new("Body", "Danh sách hộ nghèo năm 2027 (dự kiến)."),
            new("FormList", "Portal"), new("PostedFrom", "2026-11-23"), new("PostedTo", "2026-12-31"),
        ], [("Files", "Danh sách.xlsx", SampleFiles.ZipBomb(workbook: true))]);
        Assert.Contains($"Tệp “Danh sách.xlsx” không được nhận: {BombMessage}", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await app.DbAsync(db => db.Set<Disclosure>().CountAsync()));

        Assert.Equal(["Dự toán chi tiết.xlsx", "Thuyết minh.docx"],
            (await app.DbAsync(db => db.Set<DisclosureAttachment>().Where(a => a.DisclosureId == d.Id).Select(a => a.FileName).ToListAsync())).Order(StringComparer.Ordinal));
    }

    [Theory, Providers]
    public async Task A_bomb_is_refused_by_every_spreadsheet_import_before_it_is_read_and_a_filled_template_is_imported(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var bomb = SampleFiles.ZipBomb(workbook: true);

        var refused = await ImportTests.UploadAsync(api, bomb);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal($"Tệp “so-lieu.xlsx” không được nhận: {BombMessage}", (await refused.ProblemAsync()).GetProperty("detail").GetString());

        // The import page says the same on its form.
        using var browser = await PageClient.SignInAsync(app, "vp.damrong");
        var page = await browser.PostMultipartAsync("/indicators/import?unit=675&from=2019-01-01&to=2019-06-30", [], [("Upload", "Số liệu quý 2.xlsx", bomb)]);
        Assert.Contains($"Tệp “Số liệu quý 2.xlsx” không được nhận: {BombMessage}", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        // A genuine filled template still goes in.
        var rows = ImportTests.Read(await api.GetByteArrayAsync("/api/v1/indicators/template?unit=675&from=2019-01-01&to=2019-06-30"));
        ImportTests.Set(rows, "feedback.national_portal", "675", 3000d);
        var imported = await (await ImportTests.UploadAsync(api, ImportTests.Write(rows))).ReadAsync<Web.Modules.Indicators.Contracts.ImportResult>();
        Assert.Equal(1, imported.Saved);
        Assert.Equal(1, await app.DbAsync(db => db.Set<IndicatorValue>().CountAsync(v => v.Key == "feedback.national_portal" && v.From == new DateOnly(2019, 1, 1))));
    }
}
