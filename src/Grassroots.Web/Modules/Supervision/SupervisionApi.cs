using Grassroots.Web.Modules.Supervision.Boards;
using Grassroots.Web.Modules.Supervision.Dialogues;
using Grassroots.Web.Modules.Supervision.Recommendations;
using Grassroots.Web.Modules.Supervision.Sessions;
using Grassroots.Web.Modules.Supervision.Voters;

namespace Grassroots.Web.Modules.Supervision;

public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/supervision").WithTags("Supervision");
        g.MapGet("/boards", Boards).Requires(Permission.View, "scope+query:unit").WithSummary("Inspection and investment boards in reach (?unit, ?kind).");
        g.MapPost("/boards", RecordBoard).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Record a board in place: at least five members; no commune official on an inspection board; no investor, contractor, consultant or relative on an investment board.");
        g.MapPost("/boards/elections", Elect).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Put the candidates for the commune's People's Inspection Board to a village's households' meeting (a community decision, matter 5).");
        g.MapGet("/boards/{id:guid}", Board).Requires(Permission.View, "board").WithSummary("A board with its members and plans.");
        g.MapPost("/boards/{id:guid}/confirm-election", Confirm).Requires(Permission.Edit, "board")
            .WithSummary("The vote closed: the board is in place if the households elected it; the Front's recognition is recorded.");
        g.MapPost("/boards/{id:guid}/members", ByElection).Requires(Permission.Edit, "board").WithSummary("A by-election: one member added.");
        g.MapPost("/boards/{id:guid}/members/{memberId:guid}/leave", Leave).Requires(Permission.Edit, "board").WithSummary("A member leaves (never below five).");
        g.MapPost("/boards/{id:guid}/dissolve", Dissolve).Requires(Permission.Edit, "board").WithSummary("The board ends (the project ended, the term ended).");
        g.MapPost("/boards/{id:guid}/plans", Plan).Requires(Permission.Edit, "board")
            .WithSummary("A plan: quarterly, half-yearly, yearly, or an inspection's plan sent at least 5 working days ahead (working calendar).");
        g.MapGet("/boards/{id:guid}/plans/{planId:guid}/plan.docx", PlanDocument).Requires(Permission.View, "board").WithSummary("The plan as a Word document (NĐ 30/2020 format).");
        g.MapGet("/sessions", Sessions).Requires(Permission.View, "scope+query:unit").WithSummary("Supervisions, checks, criticisms and comments (?unit, ?kind, ?from, ?to).");
        g.MapPost("/sessions", RecordSession).Requires(Permission.Edit, "body:unitCode").WithSummary("A session with its findings and recommendations, each with its addressee.");
        g.MapGet("/sessions/{id:guid}", Session).Requires(Permission.View, "session");
        g.MapGet("/sessions/{id:guid}/record.docx", FindingsDocument).Requires(Permission.View, "session").WithSummary("The findings record (biên bản) as a Word document.");
        g.MapGet("/voters-meetings", Meetings).Requires(Permission.View, "scope+query:unit").WithSummary("Voters' meetings (?unit, ?from, ?to).");
        g.MapPost("/voters-meetings", RecordMeeting).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("A voters' meeting with its petitions, grouped and forwarded in one request; earlier unanswered petitions of the constituency are carried to it.");
        g.MapGet("/voters-meetings/{id:guid}", Meeting).Requires(Permission.View, "meeting");
        g.MapGet("/voters-meetings/record", Constituency).Requires(Permission.View, "query:unit").WithSummary("The term's record of a constituency (?unit, ?constituency, ?from, ?to).");
        g.MapGet("/dialogues", Dialogues).Requires(Permission.View, "scope+query:unit").WithSummary("Dialogues (?unit, ?from, ?to).");
        g.MapPost("/dialogues", RecordDialogue).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("A dialogue: announced at least 7 days ahead at commune level; its issues and the head's commitments to the tracker.");
        g.MapGet("/dialogues/{id:guid}", Dialogue).Requires(Permission.View, "dialogue");
        g.MapPost("/dialogues/{id:guid}/results", PublishResults).Requires(Permission.Edit, "dialogue").WithSummary("The results were published (within 10 days).");
        g.MapGet("/recommendations", Tracker).Requires(Permission.View, "scope+query:unit")
            .WithSummary("The one tracker (?unit, ?status=Open|Overdue|Answered|AnsweredLate|Escalated|NotAccepted, ?addressee, ?source, ?dueFrom, ?dueTo, ?page, ?toAnswer=true: those the caller may answer).");
        g.MapGet("/recommendations/{id:guid}", Recommendation).Requires(Permission.View, "recommendation");
        g.MapGet("/recommendations/{id:guid}/letter.docx", LetterDocument).Requires(Permission.View, "recommendation").WithSummary("The recommendation letter (kiến nghị) as a Word document.");
        g.MapPost("/recommendations/{id:guid}/answer", Answer).Requires(Permission.Edit, "body:unitCode").WithSummary("The addressed body's answer (or the body it was escalated to).");
        g.MapPost("/recommendations/{id:guid}/judgement", Judge).Requires(Permission.Edit, "recommendation").WithSummary("Whether the recommender accepts the answer.");
        g.MapPost("/recommendations/{id:guid}/escalate", Escalate).Requires(Permission.Edit, "recommendation").WithSummary("An overdue recommendation goes to the body above.");
        api.MapGet("/public/units/{unitCode}/recommendations", Public).WithTags("Public").AllowAnonymous()
            .WithSummary("The recommendations and petitions a unit's portal shows, with their answers (never who raised them; no sign-in).");
        return api;
    }

    private static async Task<Ok<List<BoardDto>>> Boards(string? unit, BoardKind? kind, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.BoardsAsync(unit, kind, ct));

    private static async Task<Created<BoardDto>> RecordBoard(RecordBoardRequest r, RecordBoard h, SupervisionReader reader, CancellationToken ct)
    {
        var b = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/supervision/boards/{b.Id}", await reader.BoardAsync(b.Id, ct));
    }

    private static async Task<Created<BoardDto>> Elect(ElectBoardRequest r, ElectInspectionBoard h, SupervisionReader reader, CancellationToken ct)
    {
        var b = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/supervision/boards/{b.Id}", await reader.BoardAsync(b.Id, ct));
    }

    private static async Task<Ok<BoardDto>> Board(Guid id, SupervisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.BoardAsync(id, ct));

    private static async Task<Ok<BoardDto>> Confirm(Guid id, ConfirmElectionRequest r, ConfirmElection h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.BoardAsync(id, ct));
    }

    private static async Task<Ok<BoardDto>> ByElection(Guid id, ByElectionRequest r, ElectMember h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.BoardAsync(id, ct));
    }

    private static async Task<Ok<BoardDto>> Leave(Guid id, Guid memberId, MemberLeavesRequest r, MemberLeaves h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, memberId, r, ct);
        return TypedResults.Ok(await reader.BoardAsync(id, ct));
    }

    private static async Task<Ok<BoardDto>> Dissolve(Guid id, DissolveRequest r, DissolveBoard h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.BoardAsync(id, ct));
    }

    private static async Task<Created<PlanDto>> Plan(Guid id, AddPlanRequest r, AddPlan h, SupervisionReader reader, CancellationToken ct)
    {
        var p = await h.HandleAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/supervision/boards/{id}/plans/{p.Id}", await reader.PlanAsync(id, p.Id, ct));
    }

    private static async Task<FileContentHttpResult> PlanDocument(Guid id, Guid planId, SupervisionDocuments documents, CancellationToken ct)
    {
        var (bytes, name) = await documents.PlanAsync(id, planId, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Ok<List<SessionDto>>> Sessions(string? unit, SessionKind? kind, DateOnly? from, DateOnly? to, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SessionsAsync(unit, kind, from, to, ct));

    private static async Task<Created<SessionDto>> RecordSession(RecordSessionRequest r, RecordSession h, SupervisionReader reader, CancellationToken ct)
    {
        var s = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/supervision/sessions/{s.Id}", await reader.SessionAsync(s.Id, ct));
    }

    private static async Task<Ok<SessionDto>> Session(Guid id, SupervisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.SessionAsync(id, ct));

    private static async Task<FileContentHttpResult> FindingsDocument(Guid id, SupervisionDocuments documents, CancellationToken ct)
    {
        var (bytes, name) = await documents.FindingsAsync(id, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Ok<List<VotersMeetingDto>>> Meetings(string? unit, DateOnly? from, DateOnly? to, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.MeetingsAsync(unit, from, to, ct));

    private static async Task<Created<VotersMeetingDto>> RecordMeeting(RecordVotersMeetingRequest r, RecordVotersMeeting h, SupervisionReader reader, CancellationToken ct)
    {
        var m = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/supervision/voters-meetings/{m.Id}", await reader.MeetingAsync(m.Id, ct));
    }

    private static async Task<Ok<VotersMeetingDto>> Meeting(Guid id, SupervisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.MeetingAsync(id, ct));

    private static async Task<Ok<ConstituencyRecord>> Constituency(string? unit, string? constituency, DateOnly? from, DateOnly? to, UnitScope scope,
        SupervisionReader reader, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        new Validation().Text(constituency, "constituency", FieldLength.Name).ThrowIfInvalid();
        return TypedResults.Ok(await reader.ConstituencyAsync(u.Code, constituency!, f, t, ct));
    }

    private static async Task<Ok<List<DialogueDto>>> Dialogues(string? unit, DateOnly? from, DateOnly? to, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.DialoguesAsync(unit, from, to, ct));

    private static async Task<Created<DialogueDto>> RecordDialogue(RecordDialogueRequest r, RecordDialogue h, SupervisionReader reader, CancellationToken ct)
    {
        var d = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/supervision/dialogues/{d.Id}", await reader.DialogueAsync(d.Id, ct));
    }

    private static async Task<Ok<DialogueDto>> Dialogue(Guid id, SupervisionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.DialogueAsync(id, ct));

    private static async Task<Ok<DialogueDto>> PublishResults(Guid id, PublishResultsRequest r, PublishDialogueResults h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.DialogueAsync(id, ct));
    }

    private static async Task<Ok<TrackerPage>> Tracker(string? unit, TrackerStatus? status, string? addressee, RecommendationSource? source, DateOnly? dueFrom,
        DateOnly? dueTo, int? page, bool? toAnswer, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.TrackerAsync(new TrackerFilter(unit, status, addressee, source, dueFrom, dueTo, page ?? 1, toAnswer == true), ct));

    private static async Task<Ok<RecommendationDto>> Recommendation(Guid id, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.RecommendationAsync(id, ct));

    private static async Task<FileContentHttpResult> LetterDocument(Guid id, SupervisionDocuments documents, CancellationToken ct)
    {
        var (bytes, name) = await documents.LetterAsync(id, ct);
        return TypedResults.File(bytes, FileKind.Docx.ContentType, name);
    }

    private static async Task<Ok<RecommendationDto>> Answer(Guid id, AnswerRequest r, AnswerRecommendation h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.RecommendationAsync(id, ct));
    }

    private static async Task<Ok<RecommendationDto>> Judge(Guid id, JudgeAnswerRequest r, JudgeAnswer h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.RecommendationAsync(id, ct));
    }

    private static async Task<Ok<RecommendationDto>> Escalate(Guid id, EscalateRequest r, EscalateRecommendation h, SupervisionReader reader, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.Ok(await reader.RecommendationAsync(id, ct));
    }

    private static async Task<Ok<List<PortalRecommendation>>> Public(string unitCode, SupervisionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.PublicAsync(Text.Clean(unitCode), 100, ct));
}
