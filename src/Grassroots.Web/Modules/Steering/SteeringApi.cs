namespace Grassroots.Web.Modules.Steering;

public static class SteeringApi
{
    public static RouteGroupBuilder MapSteeringApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/steering").WithTags("Steering");
        g.MapGet("/committees", Committees).Requires(Permission.View, "scope").WithSummary("The steering committees in reach, with their current number of members.");
        g.MapGet("/committees/{unitCode}", Committee).Requires(Permission.View, "path:unitCode")
            .WithSummary("A unit's steering committee: current and former members with their roles and assignments, each re-organisation with its decision, meetings.");
        g.MapPut("/committees/{unitCode}", Reorganise).Requires(Permission.Steer, "path:unitCode")
            .WithSummary("Set the committee up or re-organise it (kiện toàn) by an issued decision (QĐ) of the unit's register: the members listed stay or join, the others leave that day. One head; no person twice in one role.");
        g.MapPost("/committees/{unitCode}/meetings", Meeting).Requires(Permission.Steer, "path:unitCode").WithSummary("Record a meeting of the committee, with minutes and conclusions.");
        g.MapGet("/documents", Documents).Requires(Permission.View, "scope+query:unit")
            .WithSummary("The register of directive documents in reach, newest first (?unit, ?year, ?kind, ?status, ?page; 50 a page).");
        g.MapPost("/documents", Register).Requires(Permission.Steer, "body:unitCode")
            .WithSummary("Register a document: a draft of the unit's body (numbered when issued, or at once with issueNow), or one received from above with its number and sender.");
        g.MapGet("/documents/{id:guid}", Document).Requires(Permission.View, "steeringDocument");
        g.MapPost("/documents/{id:guid}/issue", Issue).Requires(Permission.Steer, "steeringDocument")
            .WithSummary("Issue a draft: it takes the next number of its body's series for its year (from 01 each year, Nghị định 30/2020), never a number given before.");
        g.MapPost("/documents/{id:guid}/file", AttachFile).Requires(Permission.Steer, "steeringDocument").DisableAntiforgery()
            .WithSummary("Attach the document's file (multipart field 'file'): PDF, Word, Excel, JPEG or PNG, at most 20 MB.");
        g.MapGet("/documents/{id:guid}/file", DocumentFile).Requires(Permission.View, "steeringDocument");
        g.MapGet("/documents/{id:guid}/notice.docx", NoticeDocx).Requires(Permission.View, "steeringDocument")
            .WithSummary("A concluding notice as a Word document in the national format (the State's header or the Party's), its items with the unit in charge and the due day.");
        g.MapGet("/plans", Plans).Requires(Permission.View, "scope+query:unit").WithSummary("Plans in reach with their tasks done and overdue (?unit).");
        g.MapPost("/plans", CreatePlan).Requires(Permission.Steer, "body:unitCode").WithSummary("Create a yearly, six-monthly or thematic plan, issued by a plan (KH) of the register.");
        g.MapGet("/plans/{id:guid}", Plan).Requires(Permission.View, "steeringPlan");
        g.MapPost("/plans/{id:guid}/tasks", AddTask).Requires(Permission.Steer, "steeringPlan")
            .WithSummary("Add a task for a unit of the committee's subtree, due on a working day (a day off moves to the next working day) and not before it was assigned.");
        g.MapGet("/tasks", Tasks).Requires(Permission.View, "scope+query:unit")
            .WithSummary("Tasks in reach by the unit in charge (?unit, ?state, ?overdue, ?dueFrom, ?dueTo; at most 500, earliest due first).");
        g.MapGet("/tasks/{id:guid}", Task).Requires(Permission.View, "steeringTask");
        g.MapPost("/tasks/{id:guid}/progress", Progress).Requires(Permission.Edit, "steeringTask").DisableAntiforgery()
            .WithSummary("Report progress on a task (JSON, or multipart with fields reportedOn, note, completes and an evidence 'file'); 'completes' closes it. A closed task takes no more reports.");
        g.MapGet("/tasks/{id:guid}/progress/{progressId:guid}/file", Evidence).Requires(Permission.View, "steeringTask");
        g.MapGet("/completion", Completion).Requires(Permission.View, "query:unit")
            .WithSummary("The completion of the tasks given to a unit and to each unit under it, due in a period (?unit, ?from, ?to).");
        g.MapGet("/inspections", Inspections).Requires(Permission.View, "scope+query:unit").WithSummary("Inspections and thematic supervisions in reach (?unit).");
        g.MapPost("/inspections", PlanInspection).Requires(Permission.Steer, "body:unitCode")
            .WithSummary("Plan an inspection: the team, the units of the subtree it visits, the dates, and the day the units were told (before the first day).");
        g.MapGet("/inspections/{id:guid}", Inspection).Requires(Permission.View, "steeringInspection");
        g.MapPut("/inspections/{id:guid}/units/{unitCode}/findings", Findings).Requires(Permission.Steer, "steeringInspection")
            .WithSummary("Record what the team found at one unit it inspected.");
        g.MapPost("/inspections/{id:guid}/notice", Conclude).Requires(Permission.Steer, "steeringInspection")
            .WithSummary("Issue the concluding notice (Thông báo kết luận): numbered like every issued document; each item becomes a task for the unit it names.");
        return api;
    }

    private static async Task<Ok<List<CommitteeSummary>>> Committees(SteeringReader reader, CancellationToken ct) =>
        TypedResults.Ok((await reader.CommitteesAsync(ct)).Select(c => new CommitteeSummary(c.Code, c.UnitName, c.Name, c.Members)).ToList());

    private static async Task<Results<Ok<CommitteeDto>, NotFound>> Committee(string unitCode, SteeringReader reader, CancellationToken ct) =>
        await reader.CommitteeAsync(unitCode, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound();

    private static async Task<Ok<CommitteeDto>> Reorganise(string unitCode, ReorganiseCommitteeRequest r, ReorganiseCommittee h, SteeringReader reader, CancellationToken ct)
    {
        await h.HandleAsync(unitCode, r, ct);
        return TypedResults.Ok((await reader.CommitteeAsync(unitCode, ct))!);
    }

    private static async Task<Created<MeetingDto>> Meeting(string unitCode, RecordCommitteeMeetingRequest r, RecordCommitteeMeeting h, CancellationToken ct)
    {
        var m = await h.HandleAsync(unitCode, r, ct);
        return TypedResults.Created($"/api/v1/steering/committees/{unitCode}", new MeetingDto(m.Id, m.HeldOn, m.Place, m.Chair, m.Minutes, m.Conclusions));
    }

    private static async Task<Ok<DocumentPage>> Documents(string? unit, int? year, DocumentKind? kind, DocumentStatus? status, int? page, SteeringReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.DocumentsAsync(unit, year, kind, status, page ?? 1, ct));

    private static async Task<Created<DocumentDto>> Register(RegisterDocumentRequest r, RegisterDocument h, SteeringReader reader, CancellationToken ct)
    {
        var d = await h.HandleAsync(r, null, ct);
        return TypedResults.Created($"/api/v1/steering/documents/{d.Id}", await reader.DocumentAsync(d.Id, ct));
    }

    private static async Task<Ok<DocumentDto>> Document(Guid id, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.DocumentAsync(id, ct));

    private static async Task<Ok<DocumentDto>> Issue(Guid id, IssueDocumentRequest r, IssueDocument h, SteeringReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.DocumentAsync(id, ct));
    }

    private static async Task<Ok<DocumentDto>> AttachFile(Guid id, IFormFile? file, AttachDocumentFile h, SteeringReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, file, ct);
        return TypedResults.Ok(await reader.DocumentAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> DocumentFile(Guid id, SteeringReader reader, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await reader.DocumentFileAsync(id, ct));

    private static async Task<FileContentHttpResult> NoticeDocx(Guid id, ConcludingNoticeDocument document, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await document.HandleAsync(id, ct));

    private static async Task<Ok<List<PlanDto>>> Plans(string? unit, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.PlansAsync(unit, ct));

    private static async Task<Created<PlanDto>> CreatePlan(CreatePlanRequest r, CreatePlan h, SteeringReader reader, CancellationToken ct)
    {
        var p = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/steering/plans/{p.Id}", await reader.PlanAsync(p.Id, ct));
    }

    private static async Task<Ok<PlanDto>> Plan(Guid id, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.PlanAsync(id, ct));

    private static async Task<Created<TaskDto>> AddTask(Guid id, AssignTaskRequest r, AssignTask h, SteeringReader reader, CancellationToken ct)
    {
        var t = await h.HandleAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/steering/tasks/{t.Id}", await reader.TaskAsync(t.Id, ct));
    }

    private static async Task<Ok<List<TaskDto>>> Tasks(string? unit, TaskState? state, bool? overdue, DateOnly? dueFrom, DateOnly? dueTo, SteeringReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.TasksAsync(new TaskFilter(unit, state, overdue == true, dueFrom, dueTo), ct: ct));

    private static async Task<Ok<TaskDto>> Task(Guid id, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.TaskAsync(id, ct));

    private static async Task<Created<TaskDto>> Progress(Guid id, HttpRequest request, ReportTaskProgress h, SteeringReader reader,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        ReportTaskProgressRequest r;
        IFormFile? file = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            file = form.Files.GetFile("file");
            r = new ReportTaskProgressRequest(FormDate(form["reportedOn"]), form["note"], form["completes"].ToString() is "true" or "on" or "True");
        }
        else
        {
            // Read as the framework binds a body (the app's converters refuse undefined values and control characters); a body
            // that is not such JSON is the caller's mistake, answered as any unreadable body.
            try
            {
                r = await request.ReadFromJsonAsync<ReportTaskProgressRequest>(json.Value.SerializerOptions, ct)
                    ?? throw new BadHttpRequestException("An empty body.", StatusCodes.Status400BadRequest);
            }
            catch (System.Text.Json.JsonException e)
            {
                throw new BadHttpRequestException("Failed to read parameter from the request body as JSON.", StatusCodes.Status400BadRequest, e);
            }
            catch (InvalidOperationException e) when (!request.HasJsonContentType())
            {
                throw new BadHttpRequestException("The body is not JSON.", StatusCodes.Status415UnsupportedMediaType, e);
            }
        }
        await h.HandleAsync(id, r, file, ct);
        return TypedResults.Created($"/api/v1/steering/tasks/{id}", await reader.TaskAsync(id, ct));
    }

    private static DateOnly? FormDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    private static async Task<FileContentHttpResult> Evidence(Guid id, Guid progressId, SteeringReader reader, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await reader.EvidenceAsync(id, progressId, ct));

    private static async Task<Ok<List<CompletionRow>>> Completion(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, SteeringReader reader, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await reader.CompletionAsync(u.Code, f, t, ct));
    }

    private static async Task<Ok<List<InspectionDto>>> Inspections(string? unit, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.InspectionsAsync(unit, ct));

    private static async Task<Created<InspectionDto>> PlanInspection(PlanInspectionRequest r, PlanInspection h, SteeringReader reader, CancellationToken ct)
    {
        var i = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/steering/inspections/{i.Id}", await reader.InspectionAsync(i.Id, ct));
    }

    private static async Task<Ok<InspectionDto>> Inspection(Guid id, SteeringReader reader, CancellationToken ct) => TypedResults.Ok(await reader.InspectionAsync(id, ct));

    private static async Task<Ok<InspectionDto>> Findings(Guid id, string unitCode, RecordFindingsRequest r, RecordFindings h, SteeringReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, unitCode, r, ct);
        return TypedResults.Ok(await reader.InspectionAsync(id, ct));
    }

    private static async Task<Created<DocumentDto>> Conclude(Guid id, IssueConcludingNoticeRequest r, IssueConcludingNotice h, SteeringReader reader, CancellationToken ct)
    {
        var d = await h.HandleAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/steering/documents/{d.Id}", await reader.DocumentAsync(d.Id, ct));
    }
}

public sealed record CommitteeSummary(string UnitCode, string UnitName, string Name, int Members);
