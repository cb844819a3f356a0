using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Assessment;

namespace Grassroots.Tests.Assessments;

/// <summary>The unit-scope cases of the Assessment module (Platform/UnitScopeEveryEndpointTests): B issues a set for its own agency and sets a target.</summary>
public sealed class AssessmentScopeCases : ScopeCases
{
    private const string Secret = "Bộ tiêu chí riêng của B";
    private const string Standard = "Chuẩn riêng của B";
    private const string TargetDocument = "Kế hoạch riêng của B";

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var agency = $"{b.HolderCode}.ASM";
        (await b.Admin.PostAsJsonAsync("/api/v1/units", new { code = agency, name = "Trạm Y tế của B", kind = "Agency", parentCode = b.HolderCode, validFrom = "2025-07-01" }))
            .EnsureSuccessStatusCode();
        var draft = await (await b.Admin.PostAsJsonAsync("/api/v1/assessment/sets", new
        {
            issuerCode = b.HolderCode, year = 2026, title = Secret, purpose = "Classification", assessed = "Agencies", issuingDocument = "QĐ của B",
            excellentFrom = 90, goodFrom = 75, completedFrom = 50, selfAssessmentDays = 15, appealDays = 10,
            criteria = new object[] { new { number = "1", title = "Nhiệm vụ của B", maxPoints = 100, scoring = "Scale", evidenceRequired = true } },
        })).ReadAsync<SetDto>();
        var set = await (await b.Admin.PostAsync($"/api/v1/assessment/sets/{draft.Summary.Id}/publish", null)).ReadAsync<SetDto>();
        b.Set("asm.set", set.Summary.Id);
        var id = set.Assessments.Single().Id;
        b.Set("asm.assessment", id);
        b.Set("asm.criterion", set.Criteria[0].Id);
        var evidence = await (await b.Admin.PostAsync($"/api/v1/assessment/assessments/{id}/criteria/{set.Criteria[0].Id}/evidence", Pdf("kiem-chung-B.pdf")))
            .ReadAsync<EvidenceDto>();
        b.Set("asm.evidence", evidence.Id);
        (await b.Admin.PutAsJsonAsync("/api/v1/assessment/targets",
            new { unitCode = b.HolderCode, standardName = Standard, year = 2026, share = 60, issuingDocument = TargetDocument })).EnsureSuccessStatusCode();
    }

    private static string A(ScopeTarget b, string tail = "") => $"/api/v1/assessment/assessments/{b.Id("asm.assessment")}{tail}";

    private static string S(ScopeTarget b, string tail = "") => $"/api/v1/assessment/sets/{b.Id("asm.set")}{tail}";

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/assessment/sets"] = (c, b) => HidesB(c.GetAsync("/api/v1/assessment/sets"), Secret),
        ["POST /api/v1/assessment/sets"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/assessment/sets", new
        {
            issuerCode = b.HolderCode, year = 2026, title = "Lạ", purpose = "Classification", assessed = "Agencies", issuingDocument = "Lạ",
            excellentFrom = 90, goodFrom = 75, completedFrom = 50, selfAssessmentDays = 15, appealDays = 10,
            criteria = new object[] { new { number = "1", title = "Lạ", maxPoints = 100, scoring = "Scale" } },
        })),
        ["GET /api/v1/assessment/sets/{id:guid}"] = (c, b) => Denied(c.GetAsync(S(b))),
        ["PUT /api/v1/assessment/sets/{id:guid}"] = (c, b) => Denied(c.PutAsJsonAsync(S(b), new
        {
            title = "Lạ", purpose = "Classification", assessed = "Agencies", issuingDocument = "Lạ", excellentFrom = 90, goodFrom = 75, completedFrom = 50,
            selfAssessmentDays = 15, appealDays = 10, criteria = new object[] { new { number = "1", title = "Lạ", maxPoints = 100, scoring = "Scale" } },
        })),
        ["POST /api/v1/assessment/sets/{id:guid}/publish"] = (c, b) => Denied(c.PostAsync(S(b, "/publish"), null)),
        ["POST /api/v1/assessment/sets/{id:guid}/versions"] = (c, b) => Denied(c.PostAsync(S(b, "/versions"), null)),
        ["POST /api/v1/assessment/sets/{id:guid}/prefill"] = (c, b) => Denied(c.PostAsync(S(b, "/prefill"), null)),
        ["POST /api/v1/assessment/sets/{id:guid}/results"] = (c, b) => Denied(c.PostAsync(S(b, "/results"), null)),
        ["GET /api/v1/assessment/sets/{id:guid}/ranking"] = (c, b) => Denied(c.GetAsync(S(b, "/ranking"))),
        ["GET /api/v1/assessment/sets/{id:guid}/decision.docx"] = (c, b) => Denied(c.GetAsync(S(b, "/decision.docx"))),
        ["GET /api/v1/assessment/assessments"] = (c, b) => HidesB(c.GetAsync("/api/v1/assessment/assessments"), b.Id("asm.assessment").ToString()),
        ["GET /api/v1/assessment/assessments/{id:guid}"] = (c, b) => Denied(c.GetAsync(A(b))),
        ["PUT /api/v1/assessment/assessments/{id:guid}/self"] = (c, b) => Denied(c.PutAsJsonAsync(A(b, "/self"),
            new { scores = new[] { new { criterionId = b.Id("asm.criterion"), points = 100m } } })),
        ["POST /api/v1/assessment/assessments/{id:guid}/criteria/{criterionId:guid}/evidence"] = (c, b) =>
            Denied(c.PostAsync(A(b, $"/criteria/{b.Id("asm.criterion")}/evidence"), Pdf())),
        ["GET /api/v1/assessment/assessments/{id:guid}/evidence/{evidenceId:guid}"] = (c, b) => Denied(c.GetAsync(A(b, $"/evidence/{b.Id("asm.evidence")}"))),
        ["DELETE /api/v1/assessment/assessments/{id:guid}/evidence/{evidenceId:guid}"] = (c, b) => Denied(c.DeleteAsync(A(b, $"/evidence/{b.Id("asm.evidence")}"))),
        ["POST /api/v1/assessment/assessments/{id:guid}/submit"] = (c, b) => Denied(c.PostAsync(A(b, "/submit"), null)),
        ["POST /api/v1/assessment/assessments/{id:guid}/extension"] = (c, b) => Denied(c.PostAsJsonAsync(A(b, "/extension"), new { until = "2027-03-01", reason = "Lạ" })),
        ["PUT /api/v1/assessment/assessments/{id:guid}/appraisal"] = (c, b) => Denied(c.PutAsJsonAsync(A(b, "/appraisal"), new { scores = Array.Empty<object>() })),
        ["POST /api/v1/assessment/assessments/{id:guid}/return"] = (c, b) => Denied(c.PostAsJsonAsync(A(b, "/return"), new { note = "Lạ" })),
        ["POST /api/v1/assessment/assessments/{id:guid}/decision"] = (c, b) => Denied(c.PostAsJsonAsync(A(b, "/decision"), new { decisionNumber = "1", decidedOn = "2026-11-20" })),
        ["POST /api/v1/assessment/assessments/{id:guid}/appeal"] = (c, b) => Denied(c.PostAsJsonAsync(A(b, "/appeal"), new { appeal = "Lạ" })),
        ["POST /api/v1/assessment/assessments/{id:guid}/appeal/answer"] = (c, b) => Denied(c.PostAsJsonAsync(A(b, "/appeal/answer"), new { answer = "Lạ" })),
        ["GET /api/v1/assessment/assessments/{id:guid}/record.docx"] = (c, b) => Denied(c.GetAsync(A(b, "/record.docx"))),
        ["GET /api/v1/assessment/targets"] = (c, b) => Denied(c.GetAsync($"/api/v1/assessment/targets?unit={b.HolderCode}&standard={Standard}&year=2026")),
        ["PUT /api/v1/assessment/targets"] = (c, b) => Denied(c.PutAsJsonAsync("/api/v1/assessment/targets",
            new { unitCode = b.HolderCode, standardName = Standard, year = 2026, share = 10, issuingDocument = "Lạ" })),
        ["GET /api/v1/public/assessment/sets/{id:guid}/ranking"] = async (c, b) =>
            // Public by design, but only once published: B's results are not.
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/api/v1/public/assessment/sets/{b.Id("asm.set")}/ranking")).StatusCode),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/assessment"] = PageCase.Hides(_ => "/assessment?year=2026", _ => Secret),
        ["/assessment/sets/{id:guid}"] = PageCase.Refused(b => $"/assessment/sets/{b.Id("asm.set")}"),
        ["/assessment/sets/{id:guid}/ranking"] = PageCase.Refused(b => $"/assessment/sets/{b.Id("asm.set")}/ranking"),
        ["/assessment/{id:guid}"] = PageCase.Refused(b => $"/assessment/{b.Id("asm.assessment")}"),
        ["/assessment/targets"] = PageCase.Hides(b => $"/assessment/targets?unit={b.HolderCode}&standard={Standard}&year=2026", _ => TargetDocument),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<CriteriaSet>().CountAsync(), await db.Set<CriteriaSet>().CountAsync(s => s.Status == SetStatus.Published),
            await db.Set<CriteriaSet>().CountAsync(s => s.ResultsPublishedOn != null), await db.Set<UnitAssessment>().CountAsync(),
            await db.Set<UnitAssessment>().CountAsync(a => a.Status != AssessmentStatus.Open || a.ExtendedTo != null || a.AppealedOn != null),
            await db.Set<AssessmentScore>().Select(s => (double)(s.SelfPoints ?? 0)).SumAsync(), await db.Set<AssessmentEvidence>().CountAsync(),
            await db.Set<StandardTarget>().Select(t => (double)t.Share).SumAsync());
}
