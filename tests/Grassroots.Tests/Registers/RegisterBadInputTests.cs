using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Reports;
using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Tests.Registers;

/// <summary>
/// Bad input: each refusal is a clear message in Vietnamese (English with ?lang=en), naming the row and column of a
/// spreadsheet where there is one, and nothing is changed.
/// </summary>
public sealed class RegisterBadInputTests
{
    private static async Task<string> RefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var response = await call;
        Assert.Equal(status, response.StatusCode);
        var problem = await response.ProblemAsync();
        return problem.GetProperty("title").GetString() + " " + (problem.TryGetProperty("errors", out var e) ? e.ToString() : "");
    }

    private static Task<string> SnapshotAsync(GrassrootsApp app) => app.DbAsync(async db => string.Join("|",
        await db.Set<MediationTeam>().CountAsync(), await db.Set<MediationMember>().CountAsync(), await db.Set<MediationCase>().CountAsync(),
        await db.Set<MediationSession>().CountAsync(), await db.Set<OutreachSession>().CountAsync(), await db.Set<OutreachAttendee>().CountAsync(),
        await db.Set<TrainingClass>().CountAsync(), await db.Set<DanVanModel>().CountAsync(), await db.Set<Workplace>().CountAsync(),
        await db.Set<WorkplaceConference>().CountAsync(),
        string.Join(",", await db.Set<MediationCase>().OrderBy(c => c.Id).Select(c => c.Status.ToString() + c.Version).ToListAsync())));

    [Theory, Providers]
    public async Task Every_bad_input_is_refused_with_a_clear_message_and_nothing_changes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T706");
        var team = await RegisterRecords.TeamAsync(admin, communes[0]);
        var open = await RegisterRecords.CaseAsync(admin, team.Id, "2026-11-02");
        var session = await RegisterRecords.SessionAsync(admin, communes[0], "2026-11-03", 10, 12);
        var agency = await RegisterRecords.WorkplaceAsync(admin, district, "Phòng Tư pháp", "Agency", 8);
        var before = await SnapshotAsync(app);

        // A mediation team below the law's minimum (LHGCS Điều 12 khoản 1: "từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ").
        Assert.Contains("mới có 2 hòa giải viên; tổ phải có từ 3 hòa giải viên trở lên", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/mediation/teams", new
        {
            unitCode = communes[0], name = "Tổ hòa giải thôn 9", recognisedOn = "2026-01-05",
            members = new[] { new { fullName = "A", isWoman = true, isLeader = true }, new { fullName = "B", isWoman = false, isLeader = false } },
        })));
        Assert.Contains("hòa giải viên nữ", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/mediation/teams", new
        {
            unitCode = communes[0], name = "Tổ hòa giải thôn 9", recognisedOn = "2026-01-05",
            members = new[] { new { fullName = "A", isWoman = false, isLeader = true }, new { fullName = "B", isWoman = false, isLeader = false }, new { fullName = "C", isWoman = false, isLeader = false } },
        })));
        // A case outside mediation's scope (LHGCS Điều 3 khoản 1 điểm c: "phải bị truy cứu trách nhiệm hình sự hoặc bị xử lý vi phạm hành chính").
        Assert.Contains("điểm c khoản 1 Điều 3 Luật Hòa giải ở cơ sở", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/mediation/cases", new
        {
            teamId = team.Id, receivedOn = "2026-11-05", partyA = "Ông A", partyB = "Ông B", kind = "Criminal", source = "PartiesRequest", summary = "Đánh nhau gây thương tích",
        })));
        Assert.Contains("Article 3(1)(a)", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/mediation/cases?lang=en", new
        {
            teamId = team.Id, receivedOn = "2026-11-05", partyA = "Ông A", partyB = "Ông B", kind = "PublicInterest", source = "PartiesRequest", summary = "Lấn chiếm đất công",
        })));
        // An undefined kind.
        Assert.Contains("kind", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/mediation/cases", new
        {
            teamId = team.Id, receivedOn = "2026-11-05", partyA = "Ông A", partyB = "Ông B", kind = 99, source = "PartiesRequest", summary = "X",
        })));
        // An agreement without both parties.
        Assert.Contains("cả hai bên ký", await RefusedAsync(admin.PostAsJsonAsync($"/api/v1/mediation/cases/{open.Id}/outcome", new
        {
            status = "Successful", on = "2026-11-10", agreement = "Thống nhất", partyASigned = true, partyBSigned = false, mediators = "Nguyễn Văn Tổ",
        })));
        // A training with negative or impossible attendance.
        Assert.Contains("âm", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/outreach/classes", new
        {
            unitCode = district, topic = "Bồi dưỡng", startsOn = "2026-10-01", endsOn = "2026-10-02", trainers = "GV", organised = true, districtOfficials = -4, communeOfficials = 10,
        })));
        Assert.Contains("lượt", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/outreach/sessions", new
        {
            unitCode = communes[0], kind = "Propaganda", heldOn = "2026-11-03", topic = "T", law = "L", form = "Leaflet", place = "P", people = 300, attendances = 120,
        })));
        Assert.Contains("kết thúc trước ngày bắt đầu", await RefusedAsync(admin.PostAsJsonAsync("/api/v1/outreach/classes", new
        {
            unitCode = district, topic = "Bồi dưỡng", startsOn = "2026-10-05", endsOn = "2026-10-02", trainers = "GV", organised = true, others = 10,
        })));
        // A conference dated before the year it reports on.
        Assert.Contains("không được diễn ra trước năm nó báo cáo", await RefusedAsync(RegisterRecords.ConferenceAsync(admin, agency.Workplace.Id, 2026, "2025-12-20", 8)));
        // A spreadsheet with a wrong column: named by row and column.
        var wrong = AttendeeSheets.Write([[1, "Nguyễn Văn An", "Thôn 1"]], ["STT", "Tên", "Địa chỉ"]);
        Assert.Contains("Dòng 1, cột B: tiêu đề cột phải là “Họ và tên”", await RefusedAsync(admin.PostAsync($"/api/v1/outreach/sessions/{session.Session.Id}/attendees", ScopeCases.Sheet(wrong))));
        var missing = AttendeeSheets.Write([[1, "Nguyễn Văn An", "Thôn 1"], [2, null, "Thôn 2"], [3, "Lê C", "Thôn 3"]]);
        Assert.Contains("Dòng 3, cột B: thiếu họ và tên", await RefusedAsync(admin.PostAsync($"/api/v1/outreach/sessions/{session.Session.Id}/attendees", ScopeCases.Sheet(missing))));
        Assert.Contains("Excel", await RefusedAsync(admin.PostAsync($"/api/v1/outreach/sessions/{session.Session.Id}/attendees", ScopeCases.Sheet("không phải bảng tính"u8.ToArray()))));
        // A stale change loses: 409.
        var stale = await admin.PostAsJsonAsync($"/api/v1/mediation/cases/{open.Id}/outcome", new { status = "Withdrawn", on = "2026-11-10", version = open.Version + 7 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(before, await SnapshotAsync(app));
    }

    /// <summary>Two officers settle the same case at once from the same copy: one wins, the other gets 409.</summary>
    [Theory, Providers]
    public async Task Two_outcomes_of_the_same_case_from_the_same_copy_one_wins_the_other_is_refused(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (_, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T707");
        var team = await RegisterRecords.TeamAsync(admin, communes[0]);
        var c = await RegisterRecords.CaseAsync(admin, team.Id, "2026-11-02");
        var first = await admin.PostAsJsonAsync($"/api/v1/mediation/cases/{c.Id}/outcome", new { status = "Withdrawn", on = "2026-11-10", version = c.Version });
        var second = await admin.PostAsJsonAsync($"/api/v1/mediation/cases/{c.Id}/outcome",
            new { status = "Failed", on = "2026-11-10", nextStep = "Tòa án", mediators = "A", version = c.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(CaseStatus.Withdrawn, (await (await admin.GetAsync($"/api/v1/mediation/cases/{c.Id}")).ReadAsync<CaseDto>()).Status);
    }
}
