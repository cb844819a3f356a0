using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Steering;

namespace Grassroots.Tests.Steering;

/// <summary>The unit-scope cases of the Steering module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class SteeringScopeCases : ScopeCases
{
    private const string Secret = "Việc riêng của Ban Chỉ đạo bên B";

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var unit = b.HolderCode;
        var decision = await (await b.Admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = unit, issuingBody = "SteeringCommittee", kind = "Decision", summary = "Về việc kiện toàn Ban Chỉ đạo — " + Secret, issueNow = true, issuedOn = "2026-11-02" }))
            .ReadAsync<DocumentDto>();
        (await b.Admin.PutAsJsonAsync($"/api/v1/steering/committees/{unit}", new
        {
            name = "Ban Chỉ đạo — " + Secret, decisionId = decision.Id, effectiveOn = "2026-11-02",
            members = new[] { new { personName = "Trưởng ban bên B", role = "Head" } },
        })).EnsureSuccessStatusCode();
        var draft = await (await b.Admin.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = unit, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Dự thảo kế hoạch — " + Secret })).ReadAsync<DocumentDto>();
        (await b.Admin.PostAsync($"/api/v1/steering/documents/{draft.Id}/file", Pdf("du-thao.pdf"))).EnsureSuccessStatusCode();
        var plan = await (await b.Admin.PostAsJsonAsync("/api/v1/steering/plans",
            new { unitCode = unit, title = "Kế hoạch — " + Secret, kind = "Thematic", from = "2026-11-01", to = "2026-12-31" })).ReadAsync<PlanDto>();
        var task = await (await b.Admin.PostAsJsonAsync($"/api/v1/steering/plans/{plan.Id}/tasks",
            new { assigneeUnitCode = unit, title = "Nhiệm vụ — " + Secret, assignedOn = "2026-11-02", dueOn = "2026-12-15" })).ReadAsync<TaskDto>();
        using var form = new MultipartFormDataContent { { new StringContent("2026-11-10"), "reportedOn" }, { new StringContent("Đang thực hiện"), "note" } };
        var file = new ByteArrayContent(SampleFiles.Pdf());
        file.Headers.ContentType = new("application/pdf");
        form.Add(file, "file", "minh-chung.pdf");
        var progressed = await (await b.Admin.PostAsync($"/api/v1/steering/tasks/{task.Id}/progress", form)).ReadAsync<TaskDto>();
        var inspection = await (await b.Admin.PostAsJsonAsync("/api/v1/steering/inspections", new
        {
            unitCode = unit, title = "Kiểm tra — " + Secret, team = "Đoàn bên B", from = "2026-11-09", to = "2026-11-10", notifiedOn = "2026-11-02", unitCodes = new[] { unit },
        })).ReadAsync<InspectionDto>();
        var notice = await (await b.Admin.PostAsJsonAsync($"/api/v1/steering/inspections/{inspection.Id}/notice", new
        {
            issuingBody = "SteeringCommittee", issuedOn = "2026-11-16", signerName = "Trưởng ban bên B", signerTitle = "Trưởng ban", summary = "Kết luận — " + Secret,
            conclusions = "Kết luận chung", items = new[] { new { text = "Khắc phục — " + Secret, assigneeUnitCode = unit, dueOn = "2026-12-20" } },
        })).ReadAsync<DocumentDto>();
        b.Set("steeringDraft", draft.Id);
        b.Set("steeringPlan", plan.Id);
        b.Set("steeringTask", task.Id);
        b.Set("steeringProgress", progressed.Progress.Single().Id);
        b.Set("steeringInspection", inspection.Id);
        b.Set("steeringNotice", notice.Id);
    }

    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"/steering/documents/{b.Id("steeringDraft")}?handler=Issue",
            new() { ["IssuedOn"] = "2026-11-20" }, "/steering/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"/steering/tasks/{b.Id("steeringTask")}",
            new() { ["ReportedOn"] = "2026-11-20", ["Note"] = "Báo cáo hộ" }, "/steering/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"/steering/plans/{b.Id("steeringPlan")}",
            new() { ["AssigneeUnitCode"] = b.HolderCode, ["Title"] = "Giao hộ", ["AssignedOn"] = "2026-11-20", ["DueOn"] = "2026-11-30" }, "/steering/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/steering/documents/{b.Id("steeringNotice")}?handler=notice")).StatusCode);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/steering/committees"] = (c, b) => HidesB(c.GetAsync("/api/v1/steering/committees"), Secret),
        ["GET /api/v1/steering/committees/{unitCode}"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/committees/{b.HolderCode}")),
        ["PUT /api/v1/steering/committees/{unitCode}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/steering/committees/{b.HolderCode}", new
        {
            name = "Chiếm quyền", decisionId = Guid.NewGuid(), effectiveOn = "2026-11-20", members = new[] { new { personName = "Người lạ", role = "Head" } },
        })),
        ["POST /api/v1/steering/committees/{unitCode}/meetings"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/steering/committees/{b.HolderCode}/meetings",
            new { heldOn = "2026-11-20", place = "Hội trường", chair = "Người lạ", minutes = "Họp hộ" })),
        ["GET /api/v1/steering/documents"] = (c, b) => HidesB(c.GetAsync("/api/v1/steering/documents"), Secret),
        ["POST /api/v1/steering/documents"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/steering/documents",
            new { unitCode = b.HolderCode, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Ban hành hộ", issueNow = true, issuedOn = "2026-11-20" })),
        ["GET /api/v1/steering/documents/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/documents/{b.Id("steeringDraft")}")),
        ["POST /api/v1/steering/documents/{id:guid}/issue"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/steering/documents/{b.Id("steeringDraft")}/issue", new { issuedOn = "2026-11-20" })),
        ["POST /api/v1/steering/documents/{id:guid}/file"] = (c, b) => Denied(c.PostAsync($"/api/v1/steering/documents/{b.Id("steeringDraft")}/file", Pdf())),
        ["GET /api/v1/steering/documents/{id:guid}/file"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/documents/{b.Id("steeringDraft")}/file")),
        ["GET /api/v1/steering/documents/{id:guid}/notice.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/documents/{b.Id("steeringNotice")}/notice.docx")),
        ["GET /api/v1/steering/plans"] = (c, b) => HidesB(c.GetAsync("/api/v1/steering/plans"), Secret),
        ["POST /api/v1/steering/plans"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/steering/plans",
            new { unitCode = b.HolderCode, title = "Kế hoạch hộ", kind = "Thematic", from = "2026-11-01", to = "2026-12-31" })),
        ["GET /api/v1/steering/plans/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/plans/{b.Id("steeringPlan")}")),
        ["POST /api/v1/steering/plans/{id:guid}/tasks"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/steering/plans/{b.Id("steeringPlan")}/tasks",
            new { assigneeUnitCode = b.HolderCode, title = "Giao hộ", assignedOn = "2026-11-20", dueOn = "2026-11-30" })),
        ["GET /api/v1/steering/tasks"] = (c, b) => HidesB(c.GetAsync("/api/v1/steering/tasks"), Secret),
        ["GET /api/v1/steering/tasks/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/tasks/{b.Id("steeringTask")}")),
        ["POST /api/v1/steering/tasks/{id:guid}/progress"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/steering/tasks/{b.Id("steeringTask")}/progress",
            new { reportedOn = "2026-11-20", note = "Báo cáo hộ", completes = true })),
        ["GET /api/v1/steering/tasks/{id:guid}/progress/{progressId:guid}/file"] = (c, b) =>
            Denied(c.GetAsync($"/api/v1/steering/tasks/{b.Id("steeringTask")}/progress/{b.Id("steeringProgress")}/file")),
        ["GET /api/v1/steering/completion"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/completion?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/steering/inspections"] = (c, b) => HidesB(c.GetAsync("/api/v1/steering/inspections"), Secret),
        ["POST /api/v1/steering/inspections"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/steering/inspections", new
        {
            unitCode = b.HolderCode, title = "Kiểm tra hộ", team = "Người lạ", from = "2026-11-25", to = "2026-11-26", notifiedOn = "2026-11-20", unitCodes = new[] { b.HolderCode },
        })),
        ["GET /api/v1/steering/inspections/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/steering/inspections/{b.Id("steeringInspection")}")),
        ["PUT /api/v1/steering/inspections/{id:guid}/units/{unitCode}/findings"] = (c, b) =>
            Denied(c.PutAsJsonAsync($"/api/v1/steering/inspections/{b.Id("steeringInspection")}/units/{b.HolderCode}/findings", new { findings = "Ghi hộ" })),
        ["POST /api/v1/steering/inspections/{id:guid}/notice"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/steering/inspections/{b.Id("steeringInspection")}/notice", new
        {
            issuingBody = "SteeringCommittee", issuedOn = "2026-11-20", signerName = "Người lạ", signerTitle = "Trưởng ban", summary = "Kết luận hộ", conclusions = "Hộ",
            items = new[] { new { text = "Hộ", assigneeUnitCode = b.HolderCode, dueOn = "2026-12-20" } },
        })),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/steering"] = PageCase.Hides(b => $"/steering?unit={b.HolderCode}", _ => Secret), // falls back to the caller's own unit
        ["/steering/documents"] = PageCase.Hides(_ => "/steering/documents", _ => Secret),
        ["/steering/documents/{id:guid}"] = PageCase.Refused(b => $"/steering/documents/{b.Id("steeringDraft")}"),
        ["/steering/plans"] = PageCase.Hides(_ => "/steering/plans", _ => Secret),
        ["/steering/plans/{id:guid}"] = PageCase.Refused(b => $"/steering/plans/{b.Id("steeringPlan")}"),
        ["/steering/tasks"] = PageCase.Hides(_ => "/steering/tasks", _ => Secret),
        ["/steering/tasks/{id:guid}"] = PageCase.Refused(b => $"/steering/tasks/{b.Id("steeringTask")}"),
        ["/steering/inspections"] = PageCase.Hides(_ => "/steering/inspections", _ => Secret),
        ["/steering/inspections/{id:guid}"] = PageCase.Refused(b => $"/steering/inspections/{b.Id("steeringInspection")}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<SteeringCommittee>().CountAsync(), await db.Set<CommitteeMember>().CountAsync(), await db.Set<CommitteeMeeting>().CountAsync(),
            await db.Set<SteeringDocument>().CountAsync(), await db.Set<SteeringDocument>().CountAsync(d => d.Status == DocumentStatus.Draft),
            await db.Set<SteeringPlan>().CountAsync(), await db.Set<SteeringTask>().CountAsync(), await db.Set<SteeringTask>().CountAsync(t => t.State == TaskState.Done),
            await db.Set<TaskProgress>().CountAsync(), await db.Set<SteeringInspection>().CountAsync(),
            string.Join(",", await db.Set<InspectedUnit>().OrderBy(u => u.Id).Select(u => u.Findings ?? "").ToListAsync()));
}
