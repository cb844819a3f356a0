using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Surveys;
using static Grassroots.Tests.Surveys.SurveyRecords;

namespace Grassroots.Tests.Surveys;

/// <summary>
/// A satisfaction survey from opening to the published index. The index as SIPAS applies it (QĐ 2640/QĐ-BNV of 2017 set
/// the five elements, docs/legal.md SIPAS-ELEMENTS; SIPAS-INDEX, unverified): "an element's index is the share of
/// 'satisfied' and 'very satisfied' answers among all answers to that element's questions, and the overall index is the
/// mean of the five".
/// </summary>
public sealed class SurveyCampaignTests
{
    [Theory, Providers]
    public async Task A_campaign_at_Ro_Men_takes_anonymous_answers_refuses_bad_ones_closes_and_publishes_its_index_with_intervals(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        var campaign = await OpenAsync(officer);
        Assert.Contains($"/p/s/{campaign.PublicCode}", campaign.PublicLink);
        using var phone = app.CreateClient();

        // Four "very satisfied", one neutral, one satisfied except access (2: unsatisfied): access 8/12, the others 10/12.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(phone, campaign.PublicCode, Answers(5))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(phone, campaign.PublicCode, Answers(3), channel: "Portal")).StatusCode);
        const string device = "thiet-bi-cua-nguoi-dan-01";
        Assert.Equal(HttpStatusCode.NoContent, (await AnswerAsync(phone, campaign.PublicCode, Answers(4, new() { [0] = 2 }), device)).StatusCode);

        // Refused, nothing stored: the same device again; a point off the scale; a required answer missing; an unknown question.
        var again = await AnswerAsync(phone, campaign.PublicCode, Answers(5), device);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("mỗi thiết bị chỉ gửi một phiếu", (await again.ProblemAsync()).GetProperty("detail").GetString());
        var offScale = await AnswerAsync(phone, campaign.PublicCode, Answers(6));
        Assert.Equal(HttpStatusCode.BadRequest, offScale.StatusCode);
        Assert.Contains("từ 1 đến 5", (await offScale.ProblemAsync()).GetProperty("detail").GetString());
        var missing = Answers(5);
        missing.Remove(2);
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(phone, campaign.PublicCode, missing)).StatusCode);
        var unknown = Answers(5);
        unknown[99] = "5";
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(phone, campaign.PublicCode, unknown)).StatusCode);
        var english = await phone.PostAsJsonAsync($"/api/v1/public/surveys/{campaign.PublicCode}/responses?lang=en",
            new { answers = Answers(0), deviceToken = Guid.NewGuid().ToString("N") }, GrassrootsApp.Json);
        Assert.Contains("from 1 to 5", (await english.ProblemAsync()).GetProperty("detail").GetString());

        // Anonymous: the day only, no token; the devices table holds hashes with the campaign and nothing else.
        var stored = await app.DbAsync(db => db.Set<SurveyResponse>().Where(r => r.CampaignId == campaign.Id).ToListAsync());
        Assert.Equal(6, stored.Count);
        Assert.All(stored, r => Assert.Equal(new DateOnly(2026, 11, 23), r.SubmittedOn));
        Assert.Equal(5, stored.Count(r => r.Channel == ResponseChannel.Qr));
        var devices = await app.DbAsync(db => db.Set<SurveyDevice>().Where(d => d.CampaignId == campaign.Id).ToListAsync());
        Assert.Equal(6, devices.Count);
        Assert.DoesNotContain(devices, d => d.TokenHash.Contains(device, StringComparison.Ordinal));
        Assert.Contains(devices, d => d.TokenHash == Web.Modules.Surveys.Responses.SubmitSurveyResponse.Hash(campaign.Id, device));

        // Results are not public while the campaign is open.
        Assert.Equal(HttpStatusCode.Conflict, (await phone.GetAsync($"/api/v1/public/surveys/{campaign.PublicCode}/results")).StatusCode);

        var closed = await officer.PostAsJsonAsync($"/api/v1/surveys/campaigns/{campaign.Id}/close", new { }, GrassrootsApp.Json);
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var late = await AnswerAsync(phone, campaign.PublicCode, Answers(5));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("đã khóa", (await late.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(6, await app.DbAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.CampaignId == campaign.Id)));

        var results = await (await phone.GetAsync($"/api/v1/public/surveys/{campaign.PublicCode}/results")).ReadAsync<PublicSurveyResults>();
        var index = results.Index;
        Assert.Equal(6, index.Responses);
        var access = index.Factors[0].Value;
        Assert.Equal((8, 12), (access.Satisfied, access.Answers));
        Assert.Equal(66.67m, access.Percent);
        Assert.Equal((39.06m, 86.19m), (access.Low!.Value, access.High!.Value)); // Wilson at 95 %
        Assert.Equal(83.33m, index.Factors[1].Value.Percent);
        // The feedback element also counts the letters' verdicts of Rô Men over November (the demo's), one answer each.
        var letters = await app.DbAsync(db => db.Set<Web.Modules.Petitions.PetitionEvent>().Where(e => e.Kind == Web.Modules.Petitions.PetitionEventKind.SatisfactionGiven
            && e.On >= new DateOnly(2026, 11, 1) && e.On <= new DateOnly(2026, 11, 30)).Join(db.Units.Where(u => u.Code == RoMen || u.Path.Contains("/24971/")),
            e => e.UnitId, u => u.Id, (e, u) => e.Note).ToListAsync());
        var feedback = index.Factors[4];
        Assert.Equal(letters.Count, feedback.PetitionAnswers);
        Assert.Equal(letters.Count(n => n == "Satisfied"), feedback.PetitionSatisfied);
        Assert.Equal((10 + feedback.PetitionSatisfied, 12 + feedback.PetitionAnswers), (feedback.Value.Satisfied, feedback.Value.Answers));
        if (letters.Count == 0)
        {
            Assert.Equal(80.00m, index.Overall.Percent);
            Assert.Equal((70.02m, 89.98m), (index.Overall.Low!.Value, index.Overall.High!.Value));
        }
        // The report in the national format and the workbook.
        var report = await officer.GetAsync($"/api/v1/surveys/campaigns/{campaign.Id}/report.docx");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await report.Content.ReadAsByteArrayAsync())))
        {
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            var xml = await reader.ReadToEndAsync();
            Assert.Contains("Chỉ số hài lòng chung", xml);
            Assert.Contains("66,67%", xml);
        }
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/surveys/campaigns/{campaign.Id}/results.xlsx")).StatusCode);
        // Published on the portal of Rô Men.
        var portal = await (await phone.GetAsync($"/p/{RoMen}")).Content.ReadAsStringAsync();
        Assert.Contains("Khảo sát tại Bộ phận Một cửa tháng 11", portal);
        Assert.Contains($"/p/s/{campaign.PublicCode}/results", portal);
    }

    [Theory, Providers]
    public async Task A_published_questionnaire_is_never_edited_a_new_version_is_and_bad_questions_are_refused(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        object Question(string kind, string? factor = null, string? aspect = null, string? choices = null) =>
            new { section = "1. Tiếp cận", text = "Ông/Bà có hài lòng?", kind, factor, aspect, choices, required = true };
        var created = await officer.PostAsJsonAsync("/api/v1/surveys/questionnaires", new
        {
            unitCode = RoMen, title = "Phiếu của xã",
            questions = new[] { Question("Scale", "Access", "Satisfaction"), Question("Choice", choices: "Có\nKhông"), Question("Text") },
        }, GrassrootsApp.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var q = await created.ReadAsync<QuestionnaireView>();
        Assert.Equal(QuestionnaireStatus.Draft, q.Status);
        // Two officers edit the same draft from the same version: one wins, the other gets 409 and nothing of it is saved.
        var edit = new { title = "Phiếu của xã (sửa)", questions = new[] { Question("Scale", "Result", "Satisfaction") }, version = q.Version };
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{q.Id}", edit, GrassrootsApp.Json)).StatusCode);
        var stale = await officer.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{q.Id}",
            new { title = "Sửa cùng lúc", questions = new[] { Question("Text") }, version = q.Version }, GrassrootsApp.Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        // A draft cannot be used by a campaign yet.
        var early = await officer.PostAsJsonAsync("/api/v1/surveys/campaigns",
            new { unitCode = RoMen, title = "x", questionnaireId = q.Id, from = "2026-11-01", to = "2026-11-30", targetSample = 5 }, GrassrootsApp.Json);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/surveys/questionnaires/{q.Id}/publish", new { }, GrassrootsApp.Json)).StatusCode);
        var refused = await officer.PutAsJsonAsync($"/api/v1/surveys/questionnaires/{q.Id}", new { title = "Đổi sau khi công bố", questions = new[] { Question("Text") } },
            GrassrootsApp.Json);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("không được sửa", (await refused.ProblemAsync()).GetProperty("detail").GetString());
        var after = await (await officer.GetAsync($"/api/v1/surveys/questionnaires/{q.Id}")).ReadAsync<QuestionnaireView>();
        Assert.Equal("Phiếu của xã (sửa)", after.Title);
        Assert.Equal(SurveyFactor.Result, Assert.Single(after.Questions).Factor);

        var next = await officer.PostAsJsonAsync($"/api/v1/surveys/questionnaires/{q.Id}/versions", new { }, GrassrootsApp.Json);
        var v2 = await next.ReadAsync<QuestionnaireView>();
        Assert.Equal((2, QuestionnaireStatus.Draft, q.Code), (v2.Number, v2.Status, v2.Code));

        // Undefined enum values, a satisfaction question that is not a scale, too few choices: 400, nothing saved.
        var count = await app.DbAsync(db => db.Set<Questionnaire>().CountAsync());
        foreach (var bad in new object[]
        {
            new { unitCode = RoMen, title = "x", questions = new object[] { new { section = "a", text = "b", kind = 99 } } },
            new { unitCode = RoMen, title = "x", questions = new[] { Question("Scale", "Access", "Bogus") } },
            new { unitCode = RoMen, title = "x", questions = new[] { Question("Text", "Access", "Satisfaction") } },
            new { unitCode = RoMen, title = "x", questions = new[] { Question("Choice", choices: "Chỉ một") } },
            new { unitCode = RoMen, title = "x", questions = Array.Empty<object>() },
        })
        {
            var response = await officer.PostAsJsonAsync("/api/v1/surveys/questionnaires", bad, GrassrootsApp.Json);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal(count, await app.DbAsync(db => db.Set<Questionnaire>().CountAsync()));
    }

    [Theory, Providers]
    public async Task The_index_rolls_up_as_a_ratio_of_sums_through_the_tree_and_the_2025_lineage(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // 2019: the old communes Rô Men (24901) and Liêng S'rônh (24904), merged into Rô Men (24971) in 2025. Paper forms.
        var a = await OpenAsync(admin, "24901", "2019-03-01", "2019-03-31", 3, "Khảo sát quý I/2019");
        var b = await OpenAsync(admin, "24904", "2019-03-01", "2019-03-31", 2, "Khảo sát quý I/2019");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PaperAsync(admin, a.Id, Answers(5))).StatusCode);
        }
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await PaperAsync(admin, b.Id, Answers(2))).StatusCode);
        }
        // Typed in after the campaign's end, a paper form is dated the campaign's last day: it counts in March 2019.
        var romen = await IndicatorsApiTests.ValuesAsync(admin, "24901", "2019-01-01", "2019-12-31");
        Assert.Equal(3m, romen["sipas.responses"]);
        Assert.Equal(100m, romen["sipas.access_index"]);
        var liengSronh = await IndicatorsApiTests.ValuesAsync(admin, "24904", "2019-01-01", "2019-12-31");
        Assert.Equal(0m, liengSronh["sipas.access_index"]);
        // Rô Men of today holds both old communes' forms: 6 satisfied of 10 answers = 60 %, not the mean of 100 % and 0 %.
        var merged = await IndicatorsApiTests.ValuesAsync(admin, RoMen, "2019-01-01", "2019-12-31");
        Assert.Equal(5m, merged["sipas.responses"]);
        Assert.Equal((6m, 10m, 60m), (merged["sipas.access_satisfied"]!.Value, merged["sipas.access_answers"]!.Value, merged["sipas.access_index"]!.Value));
        var district = await IndicatorsApiTests.ValuesAsync(admin, "675", "2019-01-01", "2019-12-31");
        Assert.Equal(60m, district["sipas.procedure_index"]);
        var unit = await (await admin.GetAsync("/api/v1/surveys/index?unit=675&from=2019-01-01&to=2019-12-31")).ReadAsync<UnitSurveyIndex>();
        Assert.Equal(5, unit.Index.Responses);
        Assert.Equal(60m, unit.Index.Overall.Percent);
    }
}
