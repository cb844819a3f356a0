using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Reception;
using Grassroots.Web.Platform.Documents;
using MiniExcelLibs;

namespace Grassroots.Tests.Petitions;

/// <summary>The reception log and the petitions register as workbooks: every visit and letter, and never a denouncer's name.</summary>
public sealed class ExportTests
{
    private const string Denouncer = "Hồ Văn Kiên";
    private const string Complainant = "Đặng Thị Mai";

    private static List<IDictionary<string, object?>> Rows(byte[] xlsx) => MiniExcel.Query(new MemoryStream(xlsx)).Cast<IDictionary<string, object?>>().ToList();

    /// <summary>The registers open with three title lines (unit, register, period): their cells from the header row on.</summary>
    internal static List<string> Cells(byte[] xlsx) => Rows(xlsx).Skip(Spreadsheet.HeaderRow(3) - 1)
        .SelectMany(r => r.Values).Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();

    [Theory, Providers]
    public async Task A_denunciation_handed_over_at_a_reception_leaves_no_name_in_the_session_the_log_or_the_register(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var session = (await (await officer.PostAsJsonAsync("/api/v1/reception/sessions", new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Periodic",
            heldOn = "2026-11-19",
            place = "Trụ sở UBND xã",
            receivedBy = "Chủ tịch UBND xã",
        })).ReadAsync<SessionDto>()).Id;
        var denunciation = await (await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits", new
        {
            people = 1,
            visitorName = Denouncer,
            visitorAddress = "Thôn Phú Lộc",
            visitorIdNumber = "051090007777",
            content = "Tố cáo trưởng thôn thu tiền làm đường không công khai",
            outcome = "LetterReceived",
            letterKind = "Denunciation",
        })).ReadAsync<VisitDto>();
        var complaint = await (await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits", new
        {
            people = 6,
            visitorName = Complainant,
            visitorAddress = "Thôn An Điềm",
            visitorIdNumber = "051085001234",
            content = "Khiếu nại giá bồi thường đất lúa dự án khu tái định cư",
            outcome = "LetterReceived",
            letterKind = "Complaint",
        })).ReadAsync<VisitDto>();

        Assert.True(denunciation.IdentityProtected);
        Assert.Equal("", denunciation.VisitorName);
        Assert.NotNull(denunciation.PetitionId);
        var stored = await app.DbAsync(db => db.Set<ReceptionVisit>().AsNoTracking().Where(v => v.SessionId == session).ToListAsync());
        Assert.DoesNotContain(stored, v => v.VisitorName.Contains(Denouncer, StringComparison.Ordinal) || (v.VisitorAddress ?? "").Contains("Phú Lộc", StringComparison.Ordinal)
            || v.VisitorIdNumber is not null && v.VisitorIdNumber != "051085001234");
        Assert.Equal("051085001234", complaint.VisitorIdNumber);

        // An ID card number is 12 digits (9 for an old card): anything else is refused, and nothing is added.
        var badId = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits?lang=en", new
        {
            people = 1, visitorName = "Lê Văn Tám", visitorIdNumber = "05108500123", content = "Hỏi về hồ sơ đất", outcome = "AnsweredOnSpot",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Contains("12 digits", (await badId.ProblemAsync()).GetProperty("errors").GetProperty("visitorIdNumber")[0].GetString());
        Assert.Equal(2, await app.DbAsync(db => db.Set<ReceptionVisit>().CountAsync(v => v.SessionId == session)));
        var sessionJson = await (await officer.GetAsync($"/api/v1/reception/sessions/{session}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Denouncer, sessionJson);
        Assert.Contains(Complainant, sessionJson);

        var log = await officer.GetAsync($"/api/v1/reception/log.xlsx?unit={PetitionJourneyTests.Commune}&from=2026-11-01&to=2026-11-30");
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", log.Content.Headers.ContentType?.MediaType);
        var logBook = await log.Content.ReadAsByteArrayAsync();
        var logCells = Cells(logBook);
        Assert.Contains("Họ tên, địa chỉ, số CCCD/CMND", logCells); // the header row of mẫu 03
        Assert.Contains($"{Complainant}, Thôn An Điềm, CCCD/CMND: 051085001234", logCells);
        Assert.Contains("Người tố cáo (thông tin được giữ bí mật)", logCells);
        Assert.Contains("Đoàn đông người", logCells.Skip(11)); // six people on one matter
        Assert.Contains(logCells, c => c.StartsWith("DT-", StringComparison.Ordinal) && c.EndsWith(": Đã tiếp nhận", StringComparison.Ordinal));
        Assert.DoesNotContain(logCells, c => c.Contains(Denouncer, StringComparison.Ordinal) || c.Contains("Phú Lộc", StringComparison.Ordinal)
            || c.Contains("051090007777", StringComparison.Ordinal));
        // Under its title, a visit's day is a date and its people a number, for the officer to sort and sum.
        var logRows = Rows(logBook);
        Assert.Equal(["XÃ BÌNH SƠN", "SỔ TIẾP CÔNG DÂN", "Từ ngày 1/11/2026 đến ngày 30/11/2026"], logRows.Take(3).Select(r => r["A"]));
        var crowd = logRows.Skip(Spreadsheet.HeaderRow(3)).Single(r => Equals(r["G"], "Đoàn đông người"));
        Assert.Equal(new DateTime(2026, 11, 19), crowd["B"]);
        Assert.Equal(6d, crowd["F"]);

        // The head may reveal the identity in the app, with a reason; the register still never carries it.
        using var head = await app.ApiAsync("ct.binhson");
        var registerBook = await (await head.GetAsync($"/api/v1/petitions/register.xlsx?unit={PetitionJourneyTests.Commune}&from=2026-11-19&to=2026-11-19")).Content.ReadAsByteArrayAsync();
        var register = Cells(registerBook);
        Assert.Equal(["XÃ BÌNH SƠN", "SỔ THEO DÕI XỬ LÝ ĐƠN", "Đơn nhận từ ngày 19/11/2026 đến ngày 19/11/2026"], Rows(registerBook).Take(3).Select(r => r["A"]));
        Assert.All(Rows(registerBook).Skip(Spreadsheet.HeaderRow(3)), r => Assert.Equal(new DateTime(2026, 11, 19), r["B"]));
        Assert.Contains("Thông tin người tố cáo được giữ bí mật.", register);
        Assert.Contains(Complainant, register);
        Assert.Contains("Khiếu nại", register);
        Assert.Contains("Tố cáo", register);
        Assert.DoesNotContain(register, c => c.Contains(Denouncer, StringComparison.Ordinal) || c.Contains("Phú Lộc", StringComparison.Ordinal));

        var badPeriod = await officer.GetAsync($"/api/v1/petitions/register.xlsx?unit={PetitionJourneyTests.Commune}&from=2026-12-01&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
    }
}
