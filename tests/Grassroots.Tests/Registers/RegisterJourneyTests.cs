using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Tests.Reports;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Tests.Registers;

/// <summary>The journeys through the API, on both databases.</summary>
public sealed class RegisterJourneyTests
{
    /// <summary>
    /// A letter about a boundary dispute between neighbours is handed to the village's mediation team (LHGCS Điều 16: a case
    /// comes at the parties' request or a body's proposal), mediated, and ends in a written agreement both parties signed
    /// (Điều 24); the letter leaves the commune's queue as transferred, and the agreement is a Word document.
    /// </summary>
    [Theory, Providers]
    public async Task A_petition_about_a_boundary_dispute_goes_to_the_village_team_and_ends_in_a_written_agreement(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (_, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T702");
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = "T702.RM.T3", name = "Thôn 3", kind = "ResidentialCommunity", parentCode = communes[0], validFrom = "2021-01-01" }))
            .EnsureSuccessStatusCode();
        var team = await RegisterRecords.TeamAsync(admin, "T702.RM.T3", "Tổ hòa giải thôn 3");
        var letter = await PetitionJourneyTests.RegisterAsync(admin, new
        {
            unitCode = communes[0], kind = "Recommendation", channel = "InPerson", receivedOn = "2026-11-16",
            content = "Đề nghị giải quyết tranh chấp ranh giới đất vườn với hộ ông Điểu Brềm, hàng rào lấn sang 1,5 m", petitionerName = "Bà Ka Hoa",
        });

        var response = await admin.PostAsJsonAsync("/api/v1/mediation/cases", new
        {
            teamId = team.Id, receivedOn = "2026-11-17", partyB = "Ông Điểu Brềm", kind = "Land", source = "Petition", petitionId = letter.Id,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var mediation = await response.ReadAsync<CaseDto>();
        Assert.Equal("Bà Ka Hoa", mediation.PartyA);
        Assert.Equal(letter.TrackingCode, mediation.PetitionCode);
        Assert.Contains("ranh giới đất vườn", mediation.Summary);
        var moved = await (await admin.GetAsync($"/api/v1/petitions/{letter.Id}")).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Transferred, moved.Status);
        Assert.Equal("Tổ hòa giải thôn 3", moved.ExternalBody);
        // The same letter cannot go to a team twice.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/v1/mediation/cases", new
        {
            teamId = team.Id, receivedOn = "2026-11-17", partyB = "Ông Điểu Brềm", kind = "Land", source = "Petition", petitionId = letter.Id,
        })).StatusCode);

        (await admin.PostAsJsonAsync($"/api/v1/mediation/cases/{mediation.Id}/sessions", new { heldOn = "2026-11-19", mediators = "Nguyễn Văn Tổ, Trần Thị Hòa" }))
            .EnsureSuccessStatusCode();
        var settled = await RegisterRecords.SettleAsync(admin, mediation.Id, "2026-11-20");
        Assert.Equal(CaseStatus.Successful, settled.Status);
        Assert.Single(settled.Sessions);

        var docx = await admin.GetAsync($"/api/v1/mediation/cases/{mediation.Id}/agreement.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Hòa giải thành", text);
        Assert.Contains("Bà Ka Hoa", text);
        Assert.Contains("Ông Điểu Brềm", text);
        Assert.Contains("cắm lại mốc ranh giới", text);
        Assert.Contains(letter.TrackingCode, text);

        var values = await IndicatorsApiTests.ValuesAsync(admin, communes[0], "2026-11-01", "2026-11-30");
        Assert.Equal(1, values["mediation.received"]);
        Assert.Equal(100m, values["mediation.success_rate"]);
        // The follow-up of the agreement.
        (await admin.PostAsJsonAsync($"/api/v1/mediation/cases/{mediation.Id}/follow-up", new { compliance = "Honoured", on = "2026-11-22" })).EnsureSuccessStatusCode();
    }

    /// <summary>A commune records a propaganda session, then its attendance list from a spreadsheet; the list sets its people.</summary>
    [Theory, Providers]
    public async Task A_commune_records_a_propaganda_session_from_a_spreadsheet_of_attendees(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T703");
        var session = await RegisterRecords.SessionAsync(admin, communes[0], "2026-11-10", 0, 0);
        var rows = Enumerable.Range(1, 120).Select(i => new object?[] { i, $"Người dân số {i}", $"Thôn {1 + i % 5}" }).ToList();
        var response = await admin.PostAsync($"/api/v1/outreach/sessions/{session.Session.Id}/attendees", ScopeCases.Sheet(AttendeeSheets.Write(rows)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.ReadAsync<OutreachDetail>();
        Assert.Equal(120, detail.Session.People);
        Assert.Equal(120, detail.Session.Attendances);
        Assert.Equal(120, detail.Session.Listed);
        Assert.Equal("Người dân số 1", detail.Attendees[0].FullName);

        // The district sees which of its communes held none.
        var activity = await (await admin.GetAsync($"/api/v1/outreach/communes?unit={district}&from=2026-11-01&to=2026-11-30")).ReadAsync<List<CommuneActivity>>();
        Assert.Equal([(communes[1], 0), (communes[0], 1)], activity.Select(a => (a.Code, a.Sessions)));
        var values = await IndicatorsApiTests.ValuesAsync(admin, district, "2026-11-01", "2026-11-30");
        Assert.Equal(1, values["training.propaganda_sessions"]);
        Assert.Equal(120, values["training.propaganda_attendances"]);

        var register = await admin.GetAsync($"/api/v1/outreach/register.xlsx?unit={district}&from=2026-01-01&to=2026-12-31");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        using var stream = new MemoryStream(await register.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("HUYỆN ĐAM RÔNG", sheet[0]["A"]?.ToString());
        Assert.Contains(sheet, r => r.Values.Any(v => v?.ToString() == "Phổ biến Luật Đất đai 2024"));
    }

    /// <summary>A model is registered by a commune, recognised by the district, replicated in two communes; its portal page is public.</summary>
    [Theory, Providers]
    public async Task A_model_is_registered_recognised_by_the_district_and_replicated_in_two_communes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T704");
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = "T704.DL", name = "Xã Đạ Long", kind = "Commune", parentCode = district, validFrom = "2021-01-01" }))
            .EnsureSuccessStatusCode();
        var model = (await RegisterRecords.ModelAsync(admin, communes[0], "2 giảm, 4 giữ", "CultureSociety", 2025)).Model;
        (await admin.PostAsJsonAsync($"/api/v1/models/{model.Id}/recognitions", new { level = "District", year = 2026, decisionNumber = "88/QĐ-UBND", decidedOn = "2026-06-15" }))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/models/{model.Id}/replications", new { unitCode = communes[1], startedOn = "2026-07-01" })).EnsureSuccessStatusCode();
        var detail = await (await admin.PostAsJsonAsync($"/api/v1/models/{model.Id}/replications", new { unitCode = "T704.DL", startedOn = "2026-08-01" }))
            .ReadAsync<ModelDetail>();
        Assert.Equal(RecognitionLevel.District, detail.Model.HighestLevel);
        Assert.Equal(["Xã Phi Liêng", "Xã Đạ Long"], detail.Replications.Select(r => r.UnitName));
        var values = await IndicatorsApiTests.ValuesAsync(admin, district, "2026-01-01", "2026-12-31");
        Assert.Equal(1, values["models.dan_van_kheo"]);
        Assert.Equal(2, values["models.replications"]);

        using var anonymous = app.CreateClient();
        var page = await anonymous.GetAsync($"/api/v1/public/units/{communes[0]}/models/{model.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/units/{communes[1]}/models/{model.Id}")).StatusCode);
        var html = await anonymous.GetStringAsync($"/p/{communes[0]}/models/{model.Id}");
        Assert.Contains("2 giảm, 4 giữ", html);
        Assert.Contains("Cấp huyện", html);
    }

    /// <summary>A private enterprise's workers' conference is recorded and the district's rate moves (NĐ145; BLLĐ Điều 63).</summary>
    [Theory, Providers]
    public async Task A_private_enterprises_workers_conference_moves_the_districts_rate(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T705");
        var first = await RegisterRecords.WorkplaceAsync(admin, communes[0], "Công ty TNHH Cà phê Rô Men", "PrivateEnterprise", 45);
        await RegisterRecords.WorkplaceAsync(admin, communes[1], "Hợp tác xã Dệt thổ cẩm", "PrivateEnterprise", 20);
        var unknown = await RegisterRecords.WorkplaceAsync(admin, district, "Công ty Chưa Rõ", "UnknownOwnership", 10);
        var before = await (await admin.GetAsync($"/api/v1/workplaces/rates?unit={district}&from=2026-01-01&to=2026-12-31")).ReadAsync<WorkplaceRates>();
        Assert.Equal(0m, before.Rows.Single(r => r.Kind == WorkplaceKind.PrivateEnterprise).Rate);
        Assert.Equal(1, before.UnknownOwnership);

        var response = await RegisterRecords.ConferenceAsync(admin, first.Workplace.Id, 2026, "2026-03-20", 40);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await (await admin.GetAsync($"/api/v1/workplaces/rates?unit={district}&from=2026-01-01&to=2026-12-31")).ReadAsync<WorkplaceRates>();
        Assert.Equal(50m, after.Rows.Single(r => r.Kind == WorkplaceKind.PrivateEnterprise).Rate);
        var values = await IndicatorsApiTests.ValuesAsync(admin, district, "2026-01-01", "2026-12-31");
        Assert.Equal(50m, values["workplace.private_rate"]);
        Assert.Equal(2, values["workplace.private_enterprises"]);

        var detail = await (await admin.GetAsync($"/api/v1/workplaces/{first.Workplace.Id}")).ReadAsync<WorkplaceDetail>();
        var minutes = await admin.GetAsync($"/api/v1/workplaces/{first.Workplace.Id}/conferences/{detail.Conferences[0].Id}/minutes.docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await minutes.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Hội nghị người lao động năm 2026", word.MainDocumentPart!.Document!.Body!.InnerText);

        // The enterprise of unknown ownership records nothing a rate would count until its ownership is set; then it does.
        var refused = await RegisterRecords.ConferenceAsync(admin, unknown.Workplace.Id, 2026, "2026-04-01", 8);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chưa xác định loại hình sở hữu của Công ty Chưa Rõ", (await refused.ProblemAsync()).GetProperty("title").GetString());
        (await admin.PutAsJsonAsync($"/api/v1/workplaces/{unknown.Workplace.Id}/kind", new { kind = "PrivateEnterprise" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await RegisterRecords.ConferenceAsync(admin, unknown.Workplace.Id, 2026, "2026-04-01", 8)).StatusCode);
        var last = await IndicatorsApiTests.ValuesAsync(admin, district, "2026-01-01", "2026-12-31");
        Assert.Equal(66.67m, last["workplace.private_rate"]);
    }
}

/// <summary>Attendance lists as an officer fills them in Excel: the template's header row, then one person a row.</summary>
internal static class AttendeeSheets
{
    public static byte[] Write(IEnumerable<object?[]> rows, string[]? header = null) =>
        new Web.Platform.Documents.Spreadsheet().Sheet("Danh sách", [], [.. (header ?? ["STT", "Họ và tên", "Địa chỉ"]).Select(h => new Web.Platform.Documents.SheetColumn(h))],
            rows.Select(r => (IReadOnlyList<object?>)r)).ToBytes();
}
