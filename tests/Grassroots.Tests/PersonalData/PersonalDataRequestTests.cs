using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.PersonalData;
using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reception;
using MiniExcelLibs;

namespace Grassroots.Tests.PersonalData;

/// <summary>
/// A person's data on request (docs/personal-data.md): the commune's officer finds the letters and reception visits of
/// a citizen by phone and ID number, on screen, as JSON and as a workbook; a denunciation by the same person stays
/// sealed (LTC-IDENTITY); an officer of another commune is refused; each search leaves one audit row without the data.
/// </summary>
public sealed class PersonalDataRequestTests
{
    private const string Commune = "20611"; // Xã Bình Sơn
    private const string Name = "Lương Thị Dữ Liệu";
    private const string Address = "Thôn Phước Hòa, xã Bình Sơn";
    private const string Phone = "0912555666";
    private const string IdNumber = "051188004321";
    private const string SealedContent = "Tố cáo cán bộ thu tiền trái phép khi cấp giấy phép xây dựng nhà ở";

    [Theory, Providers]
    public async Task An_officer_finds_a_citizens_letters_and_visits_and_exports_them_without_a_sealed_denunciation(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var (complaint, denunciation, visit) = await PlantAsync(app, officer);
        var audits = await AuditCountAsync(app);

        // By phone: the complaint, not the denunciation sent with the same phone and name.
        var byPhone = await (await officer.GetAsync($"/api/v1/personal-data?unit={Commune}&phone={Phone}")).ReadAsync<PersonalDataResult>();
        Assert.Equal(Commune, byPhone.UnitCode);
        var letter = Assert.Single(byPhone.Records);
        Assert.Equal((PersonalRecordKind.Letter, complaint, Name, Phone, Address), (letter.Kind, letter.Reference, letter.Name, letter.Phone, letter.Address));
        Assert.Equal(PersonalKey.Phone, letter.MatchedBy);

        // By phone and ID number: the letter and the visit (a visit records the ID number, not the phone).
        var both = await officer.GetAsync($"/api/v1/personal-data?unit={Commune}&phone={Phone}&idNumber={IdNumber}");
        var body = await both.Content.ReadAsStringAsync();
        var result = await both.ReadAsync<PersonalDataResult>();
        Assert.Equal(new[] { PersonalRecordKind.Letter, PersonalRecordKind.ReceptionVisit }, result.Records.Select(r => r.Kind).ToArray());
        Assert.Equal(visit, Guid.Parse(result.Records[1].Reference));
        Assert.Equal(IdNumber, result.Records[1].IdNumber);
        Assert.DoesNotContain(denunciation, body);
        Assert.DoesNotContain(SealedContent, body);

        // The workbook holds the same records, and nothing of the denunciation.
        var xlsx = await officer.GetAsync($"/api/v1/personal-data/export.xlsx?unit={Commune}&phone={Phone}&idNumber={IdNumber}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var cells = Cells(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Contains(complaint, cells);
        Assert.Contains(IdNumber, cells);
        Assert.Contains(cells, c => c.Contains("Hỏi thủ tục đăng ký", StringComparison.Ordinal));
        Assert.DoesNotContain(denunciation, cells);
        Assert.DoesNotContain(cells, c => c.Contains(SealedContent, StringComparison.Ordinal));

        // The page shows them too, with the download.
        using var browser = await PageClient.SignInAsync(app, "cb.binhson");
        var page = await browser.Client.GetAsync($"/personal-data?unit={Commune}&phone={Phone}&idNumber={IdNumber}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(complaint, html);
        Assert.Contains("personal-data-xlsx", html);
        Assert.DoesNotContain(denunciation, html);

        // Four searches (phone, phone+ID, the workbook, the page): four audit rows.
        Assert.Equal(audits + 4, await AuditCountAsync(app));
    }

    [Theory, Providers]
    public async Task An_officer_of_another_commune_is_refused_and_leaves_no_search_in_the_log(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        await PlantAsync(app, officer);
        var audits = await AuditCountAsync(app);

        using var other = await app.ApiAsync("cb.binhan");
        var json = await other.GetAsync($"/api/v1/personal-data?unit={Commune}&phone={Phone}");
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.DoesNotContain(Name, await json.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/personal-data/export.xlsx?unit={Commune}&phone={Phone}")).StatusCode);
        using var browser = await PageClient.SignInAsync(app, "cb.binhan");
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync($"/personal-data?unit={Commune}&phone={Phone}")).StatusCode);

        // A report clerk or a supervisor of the commune itself holds no such permission.
        using var supervisor = await app.ApiAsync("gs.binhson");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync($"/api/v1/personal-data?unit={Commune}&phone={Phone}")).StatusCode);

        // A search with no key is refused before anything is read.
        var empty = await officer.GetAsync($"/api/v1/personal-data?unit={Commune}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(audits, await AuditCountAsync(app));
    }

    [Theory, Providers]
    public async Task Each_search_leaves_one_audit_row_naming_the_keys_but_not_the_person(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        await PlantAsync(app, officer);
        var before = await app.DbAsync(db => db.AuditEntries.MaxAsync(e => e.Id));

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/personal-data?unit={Commune}&phone={Phone}&name={Uri.EscapeDataString(Name)}")).StatusCode);

        var rows = await app.DbAsync(db => db.AuditEntries.Where(e => e.Id > before).ToListAsync());
        var row = Assert.Single(rows);
        var unitId = await app.DbAsync(db => db.Units.Where(u => u.Code == Commune).Select(u => u.Id).SingleAsync());
        Assert.Equal((FindPersonalData.AuditEntity, "cb.binhson", unitId, "Phone, Name"), (row.EntityType, row.UserName, row.UnitId!.Value, row.EntityId));
        Assert.Equal(FindPersonalData.AuditReason, row.Reason);
        var written = string.Join("|", row.EntityId, row.Before, row.After, row.Reason);
        Assert.All(new[] { Name, Phone, Address, IdNumber }, s => Assert.DoesNotContain(s, written, StringComparison.Ordinal));
        Assert.Contains("\"records\":", row.After, StringComparison.Ordinal);
    }

    /// <summary>A complaint and a denunciation from the same person, and their visit to the commune's reception.</summary>
    private static async Task<(string Complaint, string Denunciation, Guid Visit)> PlantAsync(GrassrootsApp app, HttpClient officer)
    {
        var complaint = await officer.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = Commune, kind = "Complaint", channel = "InPerson", receivedOn = "2026-11-20",
            content = "Khiếu nại quyết định thu hồi đất làm đường liên thôn", petitionerName = Name, petitionerAddress = Address, petitionerPhone = Phone,
        });
        Assert.True(complaint.IsSuccessStatusCode, await complaint.Content.ReadAsStringAsync());
        var complaintCode = (await complaint.ReadAsync<RegisteredDto>()).Petition.TrackingCode;

        using var citizen = app.CreateClient();
        var sealedLetter = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = Commune, kind = "Denunciation", content = SealedContent, petitionerName = Name, petitionerAddress = Address, petitionerPhone = Phone,
        })).ReadAsync<PublicPetitionCreated>();

        var session = (await (await officer.PostAsJsonAsync("/api/v1/reception/sessions", new
        {
            unitCode = Commune, kind = "Regular", heldOn = "2026-11-19", place = "Trụ sở UBND xã", receivedBy = "Cán bộ tiếp công dân",
        })).ReadAsync<SessionDto>()).Id;
        var visit = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits", new
        {
            people = 1, visitorName = Name, visitorAddress = Address, visitorIdNumber = IdNumber,
            content = "Hỏi thủ tục đăng ký biến động đất đai", outcome = "AnsweredOnSpot",
        });
        Assert.True(visit.IsSuccessStatusCode, await visit.Content.ReadAsStringAsync());
        var visitId = await app.DbAsync(db => db.Set<ReceptionVisit>().Where(v => v.SessionId == session && v.VisitorIdNumber == IdNumber).Select(v => v.Id).SingleAsync());
        return (complaintCode, sealedLetter.TrackingCode, visitId);
    }

    private static Task<int> AuditCountAsync(GrassrootsApp app) =>
        app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == FindPersonalData.AuditEntity));

    private static List<string> Cells(byte[] xlsx) => MiniExcel.Query(new MemoryStream(xlsx)).Cast<IDictionary<string, object?>>()
        .SelectMany(r => r.Values).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
}
