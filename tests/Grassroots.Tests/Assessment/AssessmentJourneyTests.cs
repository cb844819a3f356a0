using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Modules.Assessment;
using static Grassroots.Tests.Assessments.AssessmentRecords;

namespace Grassroots.Tests.Assessments;

/// <summary>
/// Done means (issue 17): the district publishes a criteria set, two communes self-assess with evidence ("tự chấm điểm … kèm
/// theo các tài liệu kiểm chứng", Bình Sơn 2024) — one with its computed criteria pre-filled from its petitions and disclosures —,
/// the district appraises, changes one score with a reason, and publishes the ranking; the province sees the share of communes
/// meeting the friendly-government standard against its 60 % target ("phấn đấu đến năm 2024 có 60% số xã đạt chuẩn", Bắc Giang).
/// </summary>
public sealed class AssessmentJourneyTests
{
    internal sealed record Province(string Code, string District, string A, string B, string Other);

    /// <summary>A fresh province with a district of two communes and a third commune, and their officers, so the demo's records do not mix in.</summary>
    internal static async Task<Province> ArrangeAsync(GrassrootsApp app, HttpClient admin, string p = "T99")
    {
        await UnitAsync(admin, p, "Tỉnh Thử Nghiệm", "Province", "VN");
        await UnitAsync(admin, $"{p}.D", "Huyện Thử Nghiệm", "District", p);
        await UnitAsync(admin, $"{p}.D.A", "Xã An Phú", "Commune", $"{p}.D");
        await UnitAsync(admin, $"{p}.D.B", "Xã Bình Minh", "Commune", $"{p}.D");
        await UnitAsync(admin, $"{p}.X", "Xã Xuân Hòa", "Commune", p);
        await AccountAsync(admin, $"nv.{p}", p, "ReportClerk");
        await AccountAsync(admin, $"nv.{p}.d", $"{p}.D", "ReportClerk");
        await AccountAsync(admin, $"cb.{p}.a", $"{p}.D.A", "Officer");
        await AccountAsync(admin, $"cb.{p}.b", $"{p}.D.B", "Officer");
        return new Province(p, $"{p}.D", $"{p}.D.A", $"{p}.D.B", $"{p}.X");
    }

    private static string Url(Guid id, string tail = "") => $"/api/v1/assessment/assessments/{id}{tail}";

    [Theory, Providers]
    public async Task The_district_publishes_two_communes_self_assess_the_district_appraises_and_ranks_and_the_province_sees_its_target(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var t = await ArrangeAsync(app, admin);
        using var district = await app.ApiAsync($"nv.{t.Code}.d");
        using var a = await app.ApiAsync($"cb.{t.Code}.a");
        using var b = await app.ApiAsync($"cb.{t.Code}.b");

        // Commune A's records this year: four letters, three settled (75 %), and six disclosures posted.
        for (var i = 0; i < 4; i++)
        {
            var letter = await PetitionJourneyTests.RegisterAsync(a, new
            {
                unitCode = t.A, kind = "Recommendation", channel = "InPerson", receivedOn = $"2026-0{i + 3}-10", content = $"Kiến nghị sửa đường thôn số {i}",
                petitionerName = $"Người dân {i}", petitionerPhone = $"09120000{i:00}",
            });
            (await a.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).EnsureSuccessStatusCode();
            (await a.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).EnsureSuccessStatusCode();
            if (i < 3)
            {
                (await a.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/answer", new { answeredOn = $"2026-0{i + 4}-01", summary = "Đã trả lời" })).EnsureSuccessStatusCode();
            }
        }
        for (var i = 0; i < 6; i++)
        {
            (await a.PostAsJsonAsync("/api/v1/disclosures", new
            {
                unitCode = t.A, categoryId = 2, title = $"Công khai dự toán số {i}", body = "Chi tiết", forms = "OfficeNoticeBoard", postedFrom = $"2026-0{i + 1}-05", postedTo = $"2026-0{i + 2}-20",
            })).EnsureSuccessStatusCode();
        }

        // The district issues the standard's criteria set and publishes it: one assessment per commune, due on the working calendar.
        var draft = await (await district.PostAsJsonAsync("/api/v1/assessment/sets", StandardSet(t.District))).ReadAsync<SetDto>();
        Assert.Equal((SetStatus.Draft, 100m, 7), (draft.Summary.Status, draft.Summary.MaxPoints, draft.Criteria.Count));
        var set = await (await district.PostAsync($"/api/v1/assessment/sets/{draft.Summary.Id}/publish", null)).ReadAsync<SetDto>();
        Assert.Equal(SetStatus.Published, set.Summary.Status);
        Assert.Equal([t.A, t.B], set.Assessments.Select(x => x.UnitCode).Order());
        // 15 working days from Monday 23/11/2026 (not counted): Monday 14/12/2026.
        Assert.Equal(new DateOnly(2026, 12, 14), set.Summary.DueOn);
        Assert.Contains("Quyết định số 120/QĐ-UBND", set.DueExplanation);

        // A published set is never edited: a clear message, nothing changed.
        var edit = await district.PutAsJsonAsync($"/api/v1/assessment/sets/{set.Summary.Id}", StandardSet(t.District, title: "Sửa lại"));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("không được sửa", (await edit.ProblemAsync()).GetProperty("title").GetString());

        // Commune A: its computed criteria are pre-filled with the figure and its source.
        var idA = set.Assessments.Single(x => x.UnitCode == t.A).Id;
        var idB = set.Assessments.Single(x => x.UnitCode == t.B).Id;
        var mine = await (await a.GetAsync(Url(idA))).ReadAsync<AssessmentDto>();
        ScoreDto S(AssessmentDto d, string n) => d.Scores.Single(s => s.Number == n);
        Assert.Equal((15m, 75m), (S(mine, "1.1").SelfPoints, S(mine, "1.1").Figure));
        Assert.Contains("75%", S(mine, "1.1").FigureSource);
        Assert.Equal((10m, 6m), (S(mine, "2.1").SelfPoints, S(mine, "2.1").Figure));
        Assert.Contains("Thông tin được công khai", S(mine, "2.1").FigureSource);

        // Points over a criterion's maximum: refused, nothing changed.
        var over = await a.PutAsJsonAsync(Url(idA, "/self"), new { scores = new[] { new { criterionId = S(mine, "2.2").CriterionId, points = 25m } } });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("vượt điểm tối đa", (await over.ProblemAsync()).GetProperty("title").GetString());
        (await a.PutAsJsonAsync(Url(idA, "/self"), new
        {
            scores = new[] { ("1.2", 10m), ("2.2", 18m), ("3", 25m) }.Select(x => new { criterionId = S(mine, x.Item1).CriterionId, points = x.Item2, note = "Theo báo cáo năm" }),
        })).EnsureSuccessStatusCode();
        // A criterion needing evidence submitted without it: refused, still open.
        var bare = await a.PostAsync(Url(idA, "/submit"), null);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("cần tài liệu kiểm chứng", (await bare.ProblemAsync()).GetProperty("title").GetString());
        foreach (var n in new[] { "1.2", "2.2", "3" })
        {
            Assert.Equal(HttpStatusCode.Created, (await a.PostAsync(Url(idA, $"/criteria/{S(mine, n).CriterionId}/evidence"), ScopeCases.Pdf($"kiem-chung-{n}.pdf"))).StatusCode);
        }
        var submitted = await (await a.PostAsync(Url(idA, "/submit"), null)).ReadAsync<AssessmentDto>();
        Assert.Equal((AssessmentStatus.Submitted, 78m), (submitted.Status, submitted.SelfTotal));

        // Commune B has no letters: it scores the petitions criterion itself; its disclosures count none.
        var theirs = await (await b.GetAsync(Url(idB))).ReadAsync<AssessmentDto>();
        Assert.Null(S(theirs, "1.1").Figure);
        Assert.Equal((0m, 0m), (S(theirs, "2.1").Figure, S(theirs, "2.1").SelfPoints));
        (await b.PutAsJsonAsync(Url(idB, "/self"), new
        {
            scores = new[] { ("1.1", 18m), ("1.2", 10m), ("2.2", 15m), ("3", 30m) }.Select(x => new { criterionId = S(theirs, x.Item1).CriterionId, points = x.Item2 }),
        })).EnsureSuccessStatusCode();
        foreach (var n in new[] { "1.2", "2.2", "3" })
        {
            (await b.PostAsync(Url(idB, $"/criteria/{S(theirs, n).CriterionId}/evidence"), ScopeCases.Pdf())).EnsureSuccessStatusCode();
        }
        Assert.Equal(73m, (await (await b.PostAsync(Url(idB, "/submit"), null)).ReadAsync<AssessmentDto>()).SelfTotal);

        // A commune cannot appraise itself; a district of another province cannot appraise it.
        var self = await a.PutAsJsonAsync(Url(idA, "/appraisal"), new { scores = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        using var outsider = await app.ApiAsync("vp.binhson");
        var outside = await outsider.PutAsJsonAsync(Url(idA, "/appraisal"), new { scores = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Contains("quyền", (await outside.ProblemAsync()).GetProperty("title").GetString());

        // The district changes one score: without a reason refused; with it, the total follows.
        var change = new { criterionId = S(mine, "2.2").CriterionId, points = 16m, reason = (string?)null };
        var noReason = await district.PutAsJsonAsync(Url(idA, "/appraisal"), new { scores = new[] { change } });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("phải ghi lý do", (await noReason.ProblemAsync()).GetProperty("title").GetString());
        var appraised = await (await district.PutAsJsonAsync(Url(idA, "/appraisal"),
            new { scores = new[] { change with { reason = "Chưa niêm yết tại nhà văn hóa thôn 3" } } })).ReadAsync<AssessmentDto>();
        Assert.Equal((AssessmentStatus.Appraised, 76m), (appraised.Status, appraised.AppraisedTotal));
        Assert.Equal("Chưa niêm yết tại nhà văn hóa thôn 3", S(appraised, "2.2").AppraisalReason);

        // The council decides both (B as it scored itself); appeals are open ten working days.
        foreach (var id in new[] { idA, idB })
        {
            var decided = await (await district.PostAsJsonAsync(Url(id, "/decision"), new { decisionNumber = "150/QĐ-UBND", decidedOn = "2026-11-23" })).ReadAsync<AssessmentDto>();
            Assert.Equal((AssessmentStatus.Decided, true), (decided.Status, decided.Passed));
            Assert.Equal(new DateOnly(2026, 12, 7), decided.AppealDueOn);
        }
        var ranking = await (await district.PostAsync($"/api/v1/assessment/sets/{set.Summary.Id}/results", null)).ReadAsync<RankingDto>();
        Assert.Equal([(1, t.A, 76m), (2, t.B, 73m)], ranking.Rows.Select(r => (r.Rank, r.UnitCode, r.Total)));
        // Published: anyone may read it on the portal's API, without signing in.
        using var citizen = app.CreateClient();
        Assert.Equal(2, (await (await citizen.GetAsync($"/api/v1/public/assessment/sets/{set.Summary.Id}/ranking")).ReadAsync<RankingDto>()).Rows.Count);

        // The record and the decision in Word.
        string Words(byte[] docx)
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
            return doc.MainDocumentPart!.Document.InnerText;
        }
        var record = Words(await district.GetByteArrayAsync(Url(idA, "/record.docx")));
        Assert.Contains("Chưa niêm yết tại nhà văn hóa thôn 3", record);
        Assert.Contains("BIÊN BẢN", record);
        var decision = Words(await district.GetByteArrayAsync($"/api/v1/assessment/sets/{set.Summary.Id}/decision.docx"));
        Assert.Contains("Xã An Phú", decision);
        Assert.Contains("Đạt chuẩn", decision);

        // The province's target: 60 % of its communes; two of its three pass.
        using var province = await app.ApiAsync($"nv.{t.Code}");
        var progress = await (await province.PutAsJsonAsync("/api/v1/assessment/targets", new
        {
            unitCode = t.Code, standardName = Friendly, year = 2026, share = 60, issuingDocument = "Kế hoạch số 45/KH-UBND ngày 10/3/2026",
        })).ReadAsync<TargetProgressDto>();
        Assert.Equal((3, 2, 66.67m, 60m, true), (progress.Communes, progress.Passed, progress.Share, progress.Target, progress.Met));
        Assert.Equal([t.A, t.B], progress.PassingUnits.Select(u => u.Code));
    }

    [Theory, Providers]
    public async Task Late_submissions_new_versions_undefined_values_and_appeals_out_of_time_are_refused_in_Vietnamese(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var t = await ArrangeAsync(app, admin, "T98");
        using var district = await app.ApiAsync($"nv.{t.Code}.d");
        using var a = await app.ApiAsync($"cb.{t.Code}.a");

        // Undefined values at the edge.
        var bogus = await district.PostAsJsonAsync("/api/v1/assessment/sets", new { issuerCode = t.District, year = 2026, purpose = "Bogus" });
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        var badTree = await district.PostAsJsonAsync("/api/v1/assessment/sets", new
        {
            issuerCode = t.District, year = 2026, title = "Thử", purpose = "Classification", assessed = "Communes", issuingDocument = "QĐ 1",
            excellentFrom = 90, goodFrom = 75, completedFrom = 50, selfAssessmentDays = 5, appealDays = 5,
            criteria = new object[] { new { number = "1.1", title = "Con không có nhóm", maxPoints = 100, scoring = "Scale" } },
        });
        Assert.Contains("cần nhóm 1", (await badTree.ProblemAsync()).GetProperty("title").GetString());
        // The commune cannot issue a set for itself.
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/v1/assessment/sets", ClassificationSet(t.A, 2026))).StatusCode);

        var set = await CreateAndPublishAsync(district, ClassificationSet(t.District, 2026, "Communes"));
        var id = set.Assessments.Single(x => x.UnitCode == t.A).Id;
        // A new version is a draft copy; the published one stays as it was.
        var v2 = await (await district.PostAsync($"/api/v1/assessment/sets/{set.Summary.Id}/versions", null)).ReadAsync<SetDto>();
        Assert.Equal((2, SetStatus.Draft, set.Summary.Id), (v2.Summary.Edition, v2.Summary.Status, v2.PreviousId));
        var put = await district.PutAsJsonAsync($"/api/v1/assessment/sets/{v2.Summary.Id}", ClassificationSet(t.District, 2026, "Communes"));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        // After the due day (14/12/2026 from 23/11, twenty working days: 21/12/2026) and no extension: refused, still open.
        var mine = await (await a.GetAsync(Url(id))).ReadAsync<AssessmentDto>();
        (await a.PutAsJsonAsync(Url(id, "/self"), new { scores = new[] { new { criterionId = mine.Scores[0].CriterionId, points = 80m } } })).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromDays(40));
        // Tokens do not outlive the weeks that passed: sign in again.
        using var a2 = await app.ApiAsync($"cb.{t.Code}.a");
        using var district2 = await app.ApiAsync($"nv.{t.Code}.d");
        var late = await a2.PostAsync(Url(id, "/submit"), null);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("quá hạn nộp", (await late.ProblemAsync()).GetProperty("title").GetString());
        Assert.Equal(AssessmentStatus.Open, (await (await a2.GetAsync(Url(id))).ReadAsync<AssessmentDto>()).Status);
        (await district2.PostAsJsonAsync(Url(id, "/extension"), new { until = "2027-01-15", reason = "Xã bị ảnh hưởng bão" })).EnsureSuccessStatusCode();
        Assert.Equal(AssessmentStatus.Submitted, (await (await a2.PostAsync(Url(id, "/submit"), null)).ReadAsync<AssessmentDto>()).Status);

        // Decided good (80 ≥ 75); the unit appeals once within ten working days; after them, refused.
        var decided = await (await district2.PostAsJsonAsync(Url(id, "/decision"), new { decisionNumber = "01/QĐ-UBND", decidedOn = "2026-12-31" })).ReadAsync<AssessmentDto>();
        Assert.Equal(Classification.Good, decided.Result);
        // Ten working days from Thursday 31/12/2026, New Year's Day off: Friday 15/1/2027.
        Assert.Equal(new DateOnly(2027, 1, 15), decided.AppealDueOn);
        app.Clock.Advance(TimeSpan.FromDays(30));
        using var a3 = await app.ApiAsync($"cb.{t.Code}.a");
        var tooLate = await a3.PostAsJsonAsync(Url(id, "/appeal"), new { appeal = "Đề nghị xem xét lại tiêu chí 1" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("quá hạn kiến nghị", (await tooLate.ProblemAsync()).GetProperty("title").GetString());

        // Heads' responsibility (docs/legal.md ASM-HEAD, after NĐ 90/2020 Điều 13: "100% đơn vị thuộc thẩm quyền phụ trách … hoàn
        // thành nhiệm vụ trở lên"): the chairman scores 95, yet is never rated above the commune's own "hoàn thành tốt".
        using var district3 = await app.ApiAsync($"nv.{t.Code}.d");
        var heads = await CreateAndPublishAsync(district3, new
        {
            issuerCode = t.District, year = 2026, title = "Đánh giá trách nhiệm người đứng đầu năm 2026", purpose = "HeadResponsibility", assessed = "Communes",
            issuingDocument = "Quyết định số 02/QĐ-UBND", excellentFrom = 90, goodFrom = 75, completedFrom = 50, selfAssessmentDays = 15, appealDays = 10,
            criteria = new object[] { new { number = "1", title = "Trách nhiệm người đứng đầu trong thực hiện dân chủ ở cơ sở", maxPoints = 100, scoring = "Scale" } },
        });
        var headId = heads.Assessments.Single(x => x.UnitCode == t.A).Id;
        var head = await (await a3.GetAsync(Url(headId))).ReadAsync<AssessmentDto>();
        (await a3.PutAsJsonAsync(Url(headId, "/self"), new { headName = "Nguyễn Văn Chủ Tịch", scores = new[] { new { criterionId = head.Scores[0].CriterionId, points = 95m } } }))
            .EnsureSuccessStatusCode();
        (await a3.PostAsync(Url(headId, "/submit"), null)).EnsureSuccessStatusCode();
        var headDecided = await (await district3.PostAsJsonAsync(Url(headId, "/decision"), new { decisionNumber = "03/QĐ-UBND", decidedOn = "2027-02-01" })).ReadAsync<AssessmentDto>();
        Assert.Equal(("Nguyễn Văn Chủ Tịch", 95m, Classification.Good), (headDecided.HeadName, headDecided.FinalTotal, headDecided.Result));
        Assert.Equal(Classification.Good, headDecided.UnitResult?.Result);
    }
}
