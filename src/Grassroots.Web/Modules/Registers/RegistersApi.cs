using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers;

public static class RegistersApi
{
    public static RouteGroupBuilder MapRegistersApi(this RouteGroupBuilder api)
    {
        var m = api.MapGroup("/mediation").WithTags("Mediation");
        m.MapGet("/teams", Teams).Requires(Permission.View, "scope+query:unit").WithSummary("Grassroots mediation teams in reach (?unit), with their members.");
        m.MapPost("/teams", RegisterTeam).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Record a team of a village (or commune) as the commune recognised it: at least 3 mediators, one leader, a woman among them (LHGCS Điều 12).");
        m.MapGet("/cases", Cases).Requires(Permission.View, "scope+query:unit").WithSummary("Mediation cases in reach, newest first (?unit, ?from, ?to on the day received, ?status, ?page).");
        m.MapPost("/cases", Receive).Requires(Permission.Edit, "team")
            .WithSummary("A team takes up a case: parties, kind of dispute, source; a matter LHGCS Điều 3 excludes is refused. Source 'Petition' hands a letter of the petitions register over (petitionId).");
        m.MapGet("/cases/{id:guid}", Case).Requires(Permission.View, "case");
        m.MapPost("/cases/{id:guid}/sessions", Session).Requires(Permission.Edit, "case").WithSummary("A mediation session of the case: its day and mediators.");
        m.MapPost("/cases/{id:guid}/outcome", Outcome).Requires(Permission.Edit, "case")
            .WithSummary("The outcome: Successful (the agreement, signed by both parties), Failed (the next step) or Withdrawn; ?version refuses a stale change with 409.");
        m.MapPost("/cases/{id:guid}/follow-up", FollowUp).Requires(Permission.Edit, "case").WithSummary("Whether the parties kept their agreement (LHGCS Điều 25).");
        m.MapGet("/cases/{id:guid}/agreement.docx", Agreement).Requires(Permission.View, "case").WithSummary("The written agreement of a successful case, as a Word document.");
        m.MapGet("/register.xlsx", MediationRegister).Requires(Permission.View, "query:unit").WithSummary("The register of the cases received by a unit's teams in a period (?unit, ?from, ?to).");

        var o = api.MapGroup("/outreach").WithTags("Outreach");
        o.MapGet("/sessions", Sessions).Requires(Permission.View, "scope+query:unit").WithSummary("Propaganda, legal-education and legal-aid sessions in reach (?unit, ?from, ?to, ?kind, ?page).");
        o.MapPost("/sessions", RecordSession).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Record a session: topic, the law explained, form, place, people and attendances (lượt ≥ people).");
        o.MapGet("/sessions/{id:guid}", OutreachSession).Requires(Permission.View, "outreach");
        o.MapPost("/sessions/{id:guid}/attendees", Import).Requires(Permission.Edit, "outreach").DisableAntiforgery()
            .WithSummary("The attendance list from a spreadsheet (multipart field 'file', .xlsx; header STT | Họ và tên | Địa chỉ): replaces the list; a wrong cell refuses the whole file, named by row and column.");
        o.MapGet("/attendees-template.xlsx", Template).Requires(Permission.View, "none").WithSummary("The attendance list's template.");
        o.MapGet("/communes", Communes).Requires(Permission.View, "query:unit")
            .WithSummary("The communes of a unit's subtree with the sessions each held in a period, those that held none first (?unit, ?from, ?to).");
        o.MapGet("/register.xlsx", OutreachRegister).Requires(Permission.View, "query:unit");
        o.MapGet("/classes", Classes).Requires(Permission.View, "scope+query:unit").WithSummary("Training classes held or attended (?unit, ?from, ?to, ?page).");
        o.MapPost("/classes", RecordClass).Requires(Permission.Edit, "body:unitCode").WithSummary("Record a training class held by the unit, or one it sent people to, with participants by group.");
        o.MapGet("/classes/register.xlsx", ClassesRegister).Requires(Permission.View, "query:unit");

        var d = api.MapGroup("/models").WithTags("Models");
        d.MapGet("/", Models).Requires(Permission.View, "scope+query:unit").WithSummary("\"Dân vận khéo\" models in reach (?unit, ?from, ?to on the year registered, ?field, ?page).");
        d.MapPost("/", RegisterModel).Requires(Permission.Edit, "body:unitCode");
        d.MapGet("/{id:guid}", Model).Requires(Permission.View, "model");
        d.MapPost("/{id:guid}/recognitions", Recognise).Requires(Permission.Edit, "model").WithSummary("The year's emulation round recognised the model: level, year, decision.");
        d.MapPost("/{id:guid}/replications", Replicate).Requires(Permission.Edit, "body:unitCode").WithSummary("Another unit took the model up (nhân rộng).");
        d.MapPost("/{id:guid}/evidence", Attach).Requires(Permission.Edit, "model").DisableAntiforgery()
            .WithSummary("Photos and files of the model at work (multipart 'file'; JPEG, PNG or PDF, at most 10 MB each, 20 a model).");
        d.MapGet("/{id:guid}/evidence/{evidenceId:guid}", Evidence).Requires(Permission.View, "model");
        d.MapGet("/register.xlsx", ModelsRegister).Requires(Permission.View, "query:unit");
        api.MapGet("/public/units/{unitCode}/models/{id:guid}", PublicModel).WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimits.Portal)
            .WithSummary("A model on its unit's portal page (no sign-in).");

        var w = api.MapGroup("/workplaces").WithTags("Workplaces");
        w.MapGet("/", Workplaces).Requires(Permission.View, "scope+query:unit").WithSummary("Agencies, public service units and enterprises followed (?unit, ?kind, ?to, ?page).");
        w.MapPost("/", RegisterWorkplace).Requires(Permission.Edit, "body:unitCode").WithSummary("Follow a workplace: its kind (for an enterprise, its ownership), staff and since when.");
        w.MapGet("/{id:guid}", Workplace).Requires(Permission.View, "workplace");
        w.MapPut("/{id:guid}/kind", ChangeKind).Requires(Permission.Edit, "workplace").WithSummary("Set an enterprise's ownership once it is known (?version: 409 when stale).");
        w.MapPost("/{id:guid}/conferences", Conference).Requires(Permission.Edit, "workplace")
            .WithSummary("The yearly conference (of civil servants and employees, L10 Điều 51; of workers, BLLĐ/NĐ145): never dated before the year it reports on.");
        w.MapGet("/{id:guid}/conferences/{conferenceId:guid}/minutes.docx", Minutes).Requires(Permission.View, "workplace").WithSummary("The conference's minutes, as a Word document.");
        w.MapPost("/{id:guid}/dialogues", Dialogue).Requires(Permission.Edit, "workplace").WithSummary("A workplace dialogue (BLLĐ Điều 63): periodic, on request or on a listed event.");
        w.MapPost("/{id:guid}/regulation", Regulation).Requires(Permission.Edit, "workplace").WithSummary("The workplace's regulation on democracy at work: number and date.");
        w.MapGet("/rates", Rates).Requires(Permission.View, "query:unit")
            .WithSummary("Conferences held by kind of workplace in a period and their rates, from the records (?unit, ?from, ?to); enterprises of unknown ownership are counted apart.");
        w.MapGet("/register.xlsx", WorkplacesRegister).Requires(Permission.View, "query:unit");
        return api;
    }

    // Mediation
    private static async Task<Ok<List<TeamDto>>> Teams(string? unit, MediationReader r, CancellationToken ct) => TypedResults.Ok(await r.TeamsAsync(unit, ct));

    private static async Task<Created<TeamDto>> RegisterTeam(RegisterTeamRequest req, RegisterTeam h, MediationReader r, CancellationToken ct)
    {
        var t = await h.HandleAsync(req, ct);
        return TypedResults.Created($"/api/v1/mediation/teams/{t.Id}", (await r.TeamsAsync(req.UnitCode, ct)).First(x => x.Id == t.Id));
    }

    private static async Task<Ok<RegisterPage<CaseDto>>> Cases(string? unit, DateOnly? from, DateOnly? to, CaseStatus? status, int? page, MediationReader r, CancellationToken ct)
    {
        RequireDefined(status, "status");
        return TypedResults.Ok(await r.CasesAsync(new RegisterFilter(unit, from, to, page ?? 1), status, ct));
    }

    private static async Task<Created<CaseDto>> Receive(ReceiveCaseRequest req, ReceiveCase h, MediationReader r, CancellationToken ct)
    {
        var c = await h.HandleAsync(req, ct);
        return TypedResults.Created($"/api/v1/mediation/cases/{c.Id}", await r.CaseAsync(c.Id, ct));
    }

    private static async Task<Ok<CaseDto>> Case(Guid id, MediationReader r, CancellationToken ct) => TypedResults.Ok(await r.CaseAsync(id, ct));

    private static async Task<Ok<CaseDto>> Session(Guid id, RecordSessionRequest req, RecordMediation h, MediationReader r, CancellationToken ct)
    {
        await h.SessionAsync(id, req, ct);
        return TypedResults.Ok(await r.CaseAsync(id, ct));
    }

    private static async Task<Ok<CaseDto>> Outcome(Guid id, RecordOutcomeRequest req, RecordMediation h, MediationReader r, CancellationToken ct)
    {
        await h.OutcomeAsync(id, req, ct);
        return TypedResults.Ok(await r.CaseAsync(id, ct));
    }

    private static async Task<Ok<CaseDto>> FollowUp(Guid id, FollowUpRequest req, RecordMediation h, MediationReader r, CancellationToken ct)
    {
        await h.FollowUpAsync(id, req, ct);
        return TypedResults.Ok(await r.CaseAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> Agreement(Guid id, MediationReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.AgreementAsync(id, ct));

    private static async Task<FileContentHttpResult> MediationRegister(string? unit, DateOnly? from, DateOnly? to, MediationReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.RegisterAsync(unit, from, to, ct));

    // Outreach
    private static async Task<Ok<RegisterPage<OutreachDto>>> Sessions(string? unit, DateOnly? from, DateOnly? to, OutreachKind? kind, int? page, OutreachReader r,
        CancellationToken ct)
    {
        RequireDefined(kind, "kind");
        return TypedResults.Ok(await r.SessionsAsync(new RegisterFilter(unit, from, to, page ?? 1), kind, ct));
    }

    private static async Task<Created<OutreachDetail>> RecordSession(RecordOutreachRequest req, RecordOutreachSession h, OutreachReader r, CancellationToken ct)
    {
        var s = await h.HandleAsync(req, ct);
        return TypedResults.Created($"/api/v1/outreach/sessions/{s.Id}", await r.SessionAsync(s.Id, ct));
    }

    private static async Task<Ok<OutreachDetail>> OutreachSession(Guid id, OutreachReader r, CancellationToken ct) => TypedResults.Ok(await r.SessionAsync(id, ct));

    private static async Task<Ok<OutreachDetail>> Import(Guid id, IFormFile? file, ImportAttendees h, OutreachReader r, CancellationToken ct)
    {
        await h.HandleAsync(id, file, ct);
        return TypedResults.Ok(await r.SessionAsync(id, ct));
    }

    private static FileContentHttpResult Template(HttpContext http) => FileDownloads.Attachment(http, OutreachReader.AttendeeTemplate());

    private static async Task<Ok<List<CommuneActivity>>> Communes(string? unit, DateOnly? from, DateOnly? to, OutreachReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.CommunesAsync(unit, from, to, ct));

    private static async Task<FileContentHttpResult> OutreachRegister(string? unit, DateOnly? from, DateOnly? to, OutreachReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.RegisterAsync(unit, from, to, ct));

    private static async Task<Ok<RegisterPage<TrainingDto>>> Classes(string? unit, DateOnly? from, DateOnly? to, int? page, OutreachReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.ClassesAsync(new RegisterFilter(unit, from, to, page ?? 1), ct));

    private static async Task<Created<TrainingDto>> RecordClass(RecordTrainingRequest req, RecordTrainingClass h, OutreachReader r, CancellationToken ct)
    {
        var c = await h.HandleAsync(req, ct);
        var page = await r.ClassesAsync(new RegisterFilter(req.UnitCode, c.StartsOn, c.StartsOn), ct);
        return TypedResults.Created($"/api/v1/outreach/classes/{c.Id}", page.Rows.First(x => x.Id == c.Id));
    }

    private static async Task<FileContentHttpResult> ClassesRegister(string? unit, DateOnly? from, DateOnly? to, OutreachReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.ClassesRegisterAsync(unit, from, to, ct));

    // Models
    private static async Task<Ok<RegisterPage<ModelDto>>> Models(string? unit, DateOnly? from, DateOnly? to, ModelField? field, int? page, ModelReader r, CancellationToken ct)
    {
        RequireDefined(field, "field");
        return TypedResults.Ok(await r.ListAsync(new RegisterFilter(unit, from, to, page ?? 1), field, ct));
    }

    private static async Task<Created<ModelDetail>> RegisterModel(RegisterModelRequest req, RegisterModel h, ModelReader r, CancellationToken ct)
    {
        var m = await h.HandleAsync(req, ct);
        return TypedResults.Created($"/api/v1/models/{m.Id}", await r.GetAsync(m.Id, ct));
    }

    private static async Task<Ok<ModelDetail>> Model(Guid id, ModelReader r, CancellationToken ct) => TypedResults.Ok(await r.GetAsync(id, ct));

    private static async Task<Ok<ModelDetail>> Recognise(Guid id, RecogniseModelRequest req, RecordModelProgress h, ModelReader r, CancellationToken ct)
    {
        await h.RecogniseAsync(id, req, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Ok<ModelDetail>> Replicate(Guid id, ReplicateModelRequest req, RecordModelProgress h, ModelReader r, CancellationToken ct)
    {
        await h.ReplicateAsync(id, req, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Created<ModelDetail>> Attach(Guid id, IFormFileCollection file, RecordModelProgress h, ModelReader r, CancellationToken ct)
    {
        await h.AttachAsync(id, file, ct);
        return TypedResults.Created($"/api/v1/models/{id}", await r.GetAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> Evidence(Guid id, Guid evidenceId, ModelReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.EvidenceAsync(id, evidenceId, false, null, ct));

    private static async Task<FileContentHttpResult> ModelsRegister(string? unit, DateOnly? from, DateOnly? to, ModelReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.RegisterAsync(unit, from, to, ct));

    private static async Task<Ok<ModelDetail>> PublicModel(string unitCode, Guid id, ModelReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.PublicAsync(Text.Clean(unitCode), id, ct));

    // Workplaces
    private static async Task<Ok<RegisterPage<WorkplaceDto>>> Workplaces(string? unit, WorkplaceKind? kind, DateOnly? to, int? page, WorkplaceReader r, CancellationToken ct)
    {
        RequireDefined(kind, "kind");
        return TypedResults.Ok(await r.ListAsync(new RegisterFilter(unit, null, to, page ?? 1), kind, ct));
    }

    private static async Task<Created<WorkplaceDetail>> RegisterWorkplace(RegisterWorkplaceRequest req, RegisterWorkplace h, WorkplaceReader r, CancellationToken ct)
    {
        var w = await h.HandleAsync(req, ct);
        return TypedResults.Created($"/api/v1/workplaces/{w.Id}", await r.GetAsync(w.Id, ct));
    }

    private static async Task<Ok<WorkplaceDetail>> Workplace(Guid id, WorkplaceReader r, CancellationToken ct) => TypedResults.Ok(await r.GetAsync(id, ct));

    private static async Task<Ok<WorkplaceDetail>> ChangeKind(Guid id, ChangeKindRequest req, RecordWorkplaceEvents h, WorkplaceReader r, CancellationToken ct)
    {
        await h.ChangeKindAsync(id, req, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Created<WorkplaceDetail>> Conference(Guid id, RecordConferenceRequest req, RecordWorkplaceEvents h, WorkplaceReader r, CancellationToken ct)
    {
        var (_, c) = await h.ConferenceAsync(id, req, ct);
        return TypedResults.Created($"/api/v1/workplaces/{id}/conferences/{c.Id}/minutes.docx", await r.GetAsync(id, ct));
    }

    private static async Task<FileContentHttpResult> Minutes(Guid id, Guid conferenceId, WorkplaceReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.MinutesAsync(id, conferenceId, ct));

    private static async Task<Ok<WorkplaceDetail>> Dialogue(Guid id, RecordDialogueRequest req, RecordWorkplaceEvents h, WorkplaceReader r, CancellationToken ct)
    {
        await h.DialogueAsync(id, req, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Ok<WorkplaceDetail>> Regulation(Guid id, RecordRegulationRequest req, RecordWorkplaceEvents h, WorkplaceReader r, CancellationToken ct)
    {
        await h.RegulationAsync(id, req, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Ok<WorkplaceRates>> Rates(string? unit, DateOnly? from, DateOnly? to, WorkplaceReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.RatesAsync(unit, from, to, ct));

    private static async Task<FileContentHttpResult> WorkplacesRegister(string? unit, DateOnly? from, DateOnly? to, WorkplaceReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.RegisterAsync(unit, from, to, ct));

    /// <summary>An enum in a query string that names no member (?status=99) is refused, naming the field.</summary>
    private static void RequireDefined<T>(T? value, string field) where T : struct, Enum =>
        new Validation().Require(value is null || Enum.IsDefined(value.Value), field, "Validation.Required").ThrowIfInvalid();
}
