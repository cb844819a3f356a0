using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Tests.Registers;

/// <summary>Records of the four registers entered through the API, as the tests and the seed reports need them.</summary>
internal static class RegisterRecords
{
    public static object[] Members(string leader = "Nguyễn Văn Tổ") =>
    [
        new { fullName = leader, isWoman = false, isLeader = true },
        new { fullName = "Trần Thị Hòa", isWoman = true, isLeader = false },
        new { fullName = "Lê Văn Giải", isWoman = false, isLeader = false },
    ];

    public static async Task<TeamDto> TeamAsync(HttpClient api, string unit, string name = "Tổ hòa giải thôn 1", string recognisedOn = "2021-03-01") =>
        await (await api.PostAsJsonAsync("/api/v1/mediation/teams", new { unitCode = unit, name, recognisedOn, decisionNumber = "12/QĐ-UBND", members = Members() }))
            .ReadAsync<TeamDto>();

    public static async Task<CaseDto> CaseAsync(HttpClient api, Guid team, string receivedOn, string kind = "Land", string partyA = "Ông Nguyễn Văn A",
        string partyB = "Bà Trần Thị B") =>
        await (await api.PostAsJsonAsync("/api/v1/mediation/cases", new
        {
            teamId = team, receivedOn, partyA, partyB, kind, source = "PartiesRequest", summary = "Tranh chấp ranh giới đất vườn giữa hai hộ liền kề",
        })).ReadAsync<CaseDto>();

    public static async Task<CaseDto> SettleAsync(HttpClient api, Guid id, string on, bool successful = true) =>
        await (await api.PostAsJsonAsync($"/api/v1/mediation/cases/{id}/outcome", successful
            ? new { status = "Successful", on, agreement = "Hai bên thống nhất cắm lại mốc ranh giới theo bản đồ địa chính năm 2015.", partyASigned = true, partyBSigned = true, mediators = "Nguyễn Văn Tổ, Trần Thị Hòa" }
            : (object)new { status = "Failed", on, nextStep = "Hướng dẫn các bên gửi đơn đến UBND xã hòa giải tranh chấp đất đai", mediators = "Nguyễn Văn Tổ" }))
            .ReadAsync<CaseDto>();

    public static async Task<OutreachDetail> SessionAsync(HttpClient api, string unit, string heldOn, int people, int attendances, string kind = "Propaganda",
        string topic = "Phổ biến Luật Đất đai 2024") =>
        await (await api.PostAsJsonAsync("/api/v1/outreach/sessions", new
        {
            unitCode = unit, kind, heldOn, topic, law = "Luật Đất đai số 31/2024/QH15", form = "Conference",
            place = "Nhà văn hóa thôn", people, attendances,
        })).ReadAsync<OutreachDetail>();

    public static async Task<TrainingDto> ClassAsync(HttpClient api, string unit, string startsOn, bool organised, int district, int commune, int others = 0) =>
        await (await api.PostAsJsonAsync("/api/v1/outreach/classes", new
        {
            unitCode = unit, topic = "Bồi dưỡng thực hiện quy chế dân chủ ở cơ sở và công tác dân vận chính quyền", startsOn, endsOn = startsOn,
            trainers = "Trường Chính trị tỉnh", organised, organiser = organised ? null : "Ban Dân vận Tỉnh ủy",
            districtOfficials = district, communeOfficials = commune, others,
        })).ReadAsync<TrainingDto>();

    public static async Task<ModelDetail> ModelAsync(HttpClient api, string unit, string name, string field = "Economy", int year = 2022) =>
        await (await api.PostAsJsonAsync("/api/v1/models", new
        {
            unitCode = unit, name, field, description = "Các hộ tự quản giữ gìn vệ sinh, an ninh trật tự trên tuyến đường", startedBy = "Hội Liên hiệp Phụ nữ xã",
            yearRegistered = year,
        })).ReadAsync<ModelDetail>();

    public static async Task<WorkplaceDetail> WorkplaceAsync(HttpClient api, string unit, string name, string kind, int staff = 30, string since = "2021-01-01") =>
        await (await api.PostAsJsonAsync("/api/v1/workplaces", new { unitCode = unit, name, kind, staff, since })).ReadAsync<WorkplaceDetail>();

    public static Task<HttpResponseMessage> ConferenceAsync(HttpClient api, Guid workplace, int year, string heldOn, int attendees = 20) =>
        api.PostAsJsonAsync($"/api/v1/workplaces/{workplace}/conferences", new
        {
            year, heldOn, form = "Plenary", attendees, chairedBy = "Nguyễn Văn Thủ Trưởng",
            minutes = "Hội nghị thông qua báo cáo kết quả năm trước và phương hướng năm nay.\nBiểu quyết thông qua quy chế chi tiêu nội bộ.",
        });

    /// <summary>
    /// The Đam Rông report's democracy-at-work figures as records: 12 agencies that all held their conference, 6 private
    /// enterprises of which 3 held one, 1 state enterprise that held one — in the first half of 2022.
    /// </summary>
    public static async Task EnterDamRongWorkplacesAsync(HttpClient api, string district)
    {
        for (var i = 0; i < 12; i++)
        {
            var w = await WorkplaceAsync(api, district, $"Phòng chuyên môn số {i + 1}", i < 10 ? "Agency" : "PublicServiceUnit");
            (await ConferenceAsync(api, w.Workplace.Id, 2021, $"2022-01-{10 + i}")).EnsureSuccessStatusCode();
        }
        for (var i = 0; i < 6; i++)
        {
            var w = await WorkplaceAsync(api, district, $"Công ty TNHH số {i + 1}", "PrivateEnterprise", 40);
            if (i < 3)
            {
                (await ConferenceAsync(api, w.Workplace.Id, 2022, $"2022-03-{10 + i}")).EnsureSuccessStatusCode();
            }
        }
        var state = await WorkplaceAsync(api, district, "Công ty TNHH MTV Lâm nghiệp Đam Rông", "StateEnterprise", 120);
        (await ConferenceAsync(api, state.Workplace.Id, 2022, "2022-02-15", 100)).EnsureSuccessStatusCode();
    }
}
