using System.Net.Http.Json;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Reports;

namespace Grassroots.Tests.Registers;

/// <summary>
/// Done means: the figures the seed reports print for the four registers are rebuilt from records entered through the API
/// and come out of the indicators under the keys the units used to type — "nhận 112 đơn … hòa giải thành 107 đơn, đạt
/// 95,5%"; "tuyên truyền được 52 cuộc có 2.641 lượt"; "01 lớp bồi dưỡng … 161 người"; "cử 30 người gồm 04 công chức, viên chức
/// các cơ quan huyện và 26 cán bộ, công chức cấp xã"; "nhân rộng 04 mô hình"; "100% cơ quan hành chính … hội nghị cán bộ công
/// chức", "doanh nghiệp tư nhân đạt 50% … doanh nghiệp nhà nước đạt 100%".
/// </summary>
public sealed class RegisterSeedFiguresTests
{
    [Theory, Providers]
    public async Task The_seeds_figures_come_from_records_entered_through_the_API(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var (district, communes) = await DamRongSeedReportTests.CreateDistrictAsync(admin, "T701");

        // Mediation: 112 cases received by the communes' teams in 2023, 107 settled, 3 not settled, 2 still being mediated.
        var teams = new[] { await RegisterRecords.TeamAsync(admin, communes[0]), await RegisterRecords.TeamAsync(admin, communes[1], "Tổ hòa giải thôn 2") };
        for (var i = 0; i < 112; i++)
        {
            var received = new DateOnly(2023, 1 + i % 12, 1 + i % 27);
            var c = await RegisterRecords.CaseAsync(admin, teams[i % 2].Id, received.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                i % 3 == 0 ? "Neighbours" : "Land");
            if (i < 110)
            {
                await RegisterRecords.SettleAsync(admin, c.Id, received.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), successful: i < 107);
            }
        }
        // Propaganda: 52 sessions with 2.641 attendances in all (one of 91, 51 of 50).
        for (var i = 0; i < 52; i++)
        {
            await RegisterRecords.SessionAsync(admin, communes[i % 2], $"2023-{1 + i % 12:00}-{1 + i % 25:00}", 40, i == 0 ? 91 : 50);
        }
        // Training: the district held one class of 161 people and sent 30 people to the province's (4 district, 26 commune officials).
        await RegisterRecords.ClassAsync(admin, district, "2023-09-12", organised: true, 40, 110, 11);
        await RegisterRecords.ClassAsync(admin, district, "2023-05-20", organised: false, 4, 26);
        // Models: "Tổ tự quản" registered in a commune, recognised by the district, replicated in four units.
        var model = await RegisterRecords.ModelAsync(admin, communes[0], "Tổ tự quản", "DefenceSecurity", 2022);
        (await admin.PostAsJsonAsync($"/api/v1/models/{model.Model.Id}/recognitions", new { level = "District", year = 2023, decisionNumber = "145/QĐ-UBND", decidedOn = "2023-12-20" }))
            .EnsureSuccessStatusCode();
        foreach (var (unit, i) in new[] { communes[1], district, "T701.X1", "T701.X2" }.Select((u, i) => (u, i)))
        {
            if (i >= 2)
            {
                (await admin.PostAsJsonAsync("/api/v1/units", new { code = unit, name = $"Xã Mới {i}", kind = "Commune", parentCode = district, validFrom = "2021-01-01" }))
                    .EnsureSuccessStatusCode();
            }
            (await admin.PostAsJsonAsync($"/api/v1/models/{model.Model.Id}/replications", new { unitCode = unit, startedOn = $"2023-0{3 + i}-01" })).EnsureSuccessStatusCode();
        }
        // Democracy at work, in the first half of 2022 (the Đam Rông report's figures).
        await RegisterRecords.EnterDamRongWorkplacesAsync(admin, district);

        var year = await IndicatorsApiTests.ValuesAsync(admin, district, "2023-01-01", "2023-12-31");
        Assert.Equal(112, year["mediation.received"]);
        Assert.Equal(107, year["mediation.successful"]);
        Assert.Equal(3, year["mediation.failed"]);
        Assert.Equal(2, year["mediation.pending"]);
        Assert.Equal(95.54m, year["mediation.success_rate"]);   // "đạt 95,5%"
        Assert.Equal(2, year["mediation.teams"]);
        Assert.Equal(52, year["training.propaganda_sessions"]);
        Assert.Equal(2641, year["training.propaganda_attendances"]);
        Assert.Equal(1, year["training.classes"]);
        Assert.Equal(161, year["training.participants"]);
        Assert.Equal(30, year["training.people_sent"]);
        Assert.Equal(4, year["training.district_officials"]);
        Assert.Equal(26, year["training.commune_officials"]);
        Assert.Equal(1, year["models.dan_van_kheo"]);
        Assert.Equal(4, year["models.replications"]);

        var half = await IndicatorsApiTests.ValuesAsync(admin, district, "2022-01-01", "2022-06-30");
        Assert.Equal(12, half["workplace.agencies"]);
        Assert.Equal(100m, half["workplace.agencies_rate"]);
        Assert.Equal(50m, half["workplace.private_rate"]);
        Assert.Equal(100m, half["workplace.state_rate"]);
        // A commune counts only its own records; the district counts its communes'.
        var commune = await IndicatorsApiTests.ValuesAsync(admin, communes[0], "2023-01-01", "2023-12-31");
        Assert.Equal(56, commune["mediation.received"]);
        Assert.Equal(0, commune["training.classes"]);
    }
}
