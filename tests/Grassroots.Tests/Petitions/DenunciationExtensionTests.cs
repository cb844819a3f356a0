using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Handle;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// LTC Điều 30 khoản 1: "Trường hợp vụ việc phức tạp thì có thể gia hạn giải quyết một lần nhưng không quá 30 ngày.
/// Trường hợp vụ việc đặc biệt phức tạp thì có thể gia hạn giải quyết hai lần, mỗi lần không quá 30 ngày." (which cases
/// are: Nghị định 31/2019/NĐ-CP Điều 3). Before, any denunciation got two extensions.
/// </summary>
public sealed class DenunciationExtensionTests
{
    [Theory, Providers]
    public async Task A_second_extension_needs_the_case_found_particularly_complex(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            channel = "InPerson",
            receivedOn = "2026-11-16",
            content = "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm ven sông.",
            petitionerName = "Người tố cáo",
        });
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
        var accepted = await (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).ReadAsync<PetitionDto>();
        DateOnly Due(PetitionDto p) => p.Deadlines.Single(d => d.Rule == DeadlineRuleId.SettleDenunciation).DueOn!.Value;

        var once = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend", new { reason = "Vụ việc phức tạp, cần xác minh thêm" })).ReadAsync<PetitionDto>();
        Assert.Equal(1, once.Extensions);
        Assert.True(Due(once) > Due(accepted));

        var refused = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend", new { reason = "Cần thêm thời gian" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("vụ việc đặc biệt phức tạp", await refused.Content.ReadAsStringAsync());

        var twice = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend",
            new { reason = "Nhiều đối tượng, nhiều địa điểm", particularlyComplex = true })).ReadAsync<PetitionDto>();
        Assert.Equal(2, twice.Extensions);
        Assert.True(Due(twice) > Due(once));
        Assert.Contains(twice.History, e => e.Kind == PetitionEventKind.Extended && e.Note!.Contains(ExtendPetition.ParticularlyComplexNote, StringComparison.Ordinal));

        var third = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/extend", new { reason = "Thêm nữa", particularlyComplex = true });
        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        Assert.Contains("hết số lần gia hạn", await third.Content.ReadAsStringAsync());
    }

    [Theory, Providers]
    public async Task A_denunciation_outside_the_units_competence_is_passed_on_within_5_working_days(DatabaseProvider provider)
    {
        // LTC Điều 24 khoản 2: "Trường hợp tố cáo không thuộc thẩm quyền giải quyết của mình thì trong thời hạn 05 ngày làm
        // việc kể từ ngày nhận được đơn tố cáo, phải chuyển đến cơ quan, tổ chức, cá nhân có thẩm quyền giải quyết".
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            channel = "InPerson",
            receivedOn = "2026-11-16",
            content = "Tố cáo cán bộ công an huyện nhận hối lộ.",
            petitionerName = "Người tố cáo",
        });
        var outside = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = false })).ReadAsync<PetitionDto>();
        var transfer = outside.Deadlines.Single(d => d.Rule == DeadlineRuleId.TransferDenunciation);
        // From Mon 16/11/2026: 17, 18, 19, 20, 23.
        Assert.Equal((DeadlineState.Running, new DateOnly(2026, 11, 23)), (transfer.State, transfer.DueOn));
        Assert.Contains("5 ngày làm việc kể từ ngày nhận được đơn 16/11/2026 theo Điều 24 Luật Tố cáo", transfer.Explanation);

        var moved = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { externalBody = "Công an tỉnh Quảng Ngãi", note = "Không thuộc thẩm quyền của xã" })).ReadAsync<PetitionDto>();
        Assert.Equal(DeadlineState.Met, moved.Deadlines.Single(d => d.Rule == DeadlineRuleId.TransferDenunciation).State);
    }
}
