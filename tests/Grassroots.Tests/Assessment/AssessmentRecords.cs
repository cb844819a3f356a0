using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Assessment;

namespace Grassroots.Tests.Assessments;

/// <summary>Records of the Assessment module laid through its API, for its tests and the seed report's.</summary>
internal static class AssessmentRecords
{
    public const string Friendly = "Chính quyền thân thiện";

    public static async Task UnitAsync(HttpClient admin, string code, string name, string kind, string parent) =>
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code, name, kind, parentCode = parent, validFrom = "2021-01-01" })).StatusCode);

    public static async Task AccountAsync(HttpClient admin, string userName, string unitCode, string role)
    {
        var r = await admin.PostAsJsonAsync("/api/v1/accounts",
            new { userName, fullName = "Cán bộ " + unitCode, password = DemoAccounts.DemoPassword, homeUnitCode = unitCode, role });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
    }

    /// <summary>The friendly-government standard of the issue: computed criteria from petitions and disclosures, evidence where it matters.</summary>
    public static object StandardSet(string issuer, int year = 2026, string? title = null) => new
    {
        issuerCode = issuer, year, title = title ?? $"Bộ tiêu chí đánh giá {Friendly} năm {year}", purpose = "Standard", assessed = "Communes",
        standardName = Friendly, issuingDocument = "Quyết định số 120/QĐ-UBND ngày 02/11/2026", passFrom = 70, selfAssessmentDays = 15, appealDays = 10,
        criteria = new object[]
        {
            new { number = "1", title = "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị" },
            new { number = "1.1", title = "Tỷ lệ giải quyết đơn thuộc thẩm quyền", maxPoints = 20, scoring = "Indicator", indicatorKey = "petitions.resolution_rate", fullAt = 100 },
            new { number = "1.2", title = "Tổ chức tiếp công dân định kỳ theo quy định", maxPoints = 10, scoring = "YesNo", evidenceRequired = true },
            new { number = "2", title = "Công khai, minh bạch" },
            new { number = "2.1", title = "Số thông tin được công khai trong năm", maxPoints = 20, scoring = "Indicator", indicatorKey = "disclosure.posted", fullAt = 12 },
            new { number = "2.2", title = "Niêm yết công khai tại trụ sở, nhà văn hóa", maxPoints = 20, scoring = "Scale", evidenceRequired = true },
            new { number = "3", title = "Thái độ phục vụ, sự hài lòng của người dân", maxPoints = 30, scoring = "Scale", evidenceRequired = true },
        },
    };

    /// <summary>A small classification set (one criterion on a scale of 100).</summary>
    public static object ClassificationSet(string issuer, int year, string assessed = "CommunesAndAgencies") => new
    {
        issuerCode = issuer, year, title = $"Bộ tiêu chí đánh giá, xếp loại năm {year}", purpose = "Classification", assessed,
        issuingDocument = $"Quyết định số 05/QĐ-UBND ngày 05/01/{year + 1}", excellentFrom = 90, goodFrom = 75, completedFrom = 50, selfAssessmentDays = 20, appealDays = 10,
        criteria = new object[] { new { number = "1", title = "Kết quả thực hiện nhiệm vụ được giao", maxPoints = 100, scoring = "Scale" } },
    };

    public static async Task<SetDto> CreateAndPublishAsync(HttpClient api, object set)
    {
        var draft = await (await api.PostAsJsonAsync("/api/v1/assessment/sets", set)).ReadAsync<SetDto>();
        return await (await api.PostAsync($"/api/v1/assessment/sets/{draft.Summary.Id}/publish", null)).ReadAsync<SetDto>();
    }

    /// <summary>A unit scored, submitted, appraised as it scored itself and decided, in four calls.</summary>
    public static async Task<AssessmentDto> DecideAsync(HttpClient unit, HttpClient above, Guid assessmentId, decimal points, string decidedOn)
    {
        var a = await (await unit.GetAsync($"/api/v1/assessment/assessments/{assessmentId}")).ReadAsync<AssessmentDto>();
        (await unit.PutAsJsonAsync($"/api/v1/assessment/assessments/{assessmentId}/self",
            new { scores = a.Scores.Where(s => !s.IsGroup).Select(s => new { criterionId = s.CriterionId, points }) })).EnsureSuccessStatusCode();
        (await unit.PostAsync($"/api/v1/assessment/assessments/{assessmentId}/submit", null)).EnsureSuccessStatusCode();
        return await (await above.PostAsJsonAsync($"/api/v1/assessment/assessments/{assessmentId}/decision",
            new { decisionNumber = "05/QĐ-UBND", decidedOn, council = "Hội đồng Thi đua - Khen thưởng" })).ReadAsync<AssessmentDto>();
    }

    /// <summary>The seed's classification (6 excellent, 16 good, 5 completed) of a district's 27 agencies and communes for 2021, decided on 20/1/2022.</summary>
    public static async Task DamRongClassificationAsync(HttpClient api, string district, string[] communes)
    {
        for (var i = 1; i <= 25; i++)
        {
            await UnitAsync(api, $"{district}.CQ{i:00}", $"Cơ quan chuyên môn số {i:00}", "Agency", district);
        }
        var set = await CreateAndPublishAsync(api, ClassificationSet(district, 2021));
        Assert.Equal(27, set.Assessments.Count);
        var points = Enumerable.Repeat(95m, 6).Concat(Enumerable.Repeat(80m, 16)).Concat(Enumerable.Repeat(60m, 5)).ToList();
        foreach (var (row, p) in set.Assessments.Zip(points))
        {
            await DecideAsync(api, api, row.Id, p, "2022-01-20");
        }
    }
}
