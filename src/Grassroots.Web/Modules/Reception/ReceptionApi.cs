using Grassroots.Web.Modules.Reception.Export;

namespace Grassroots.Web.Modules.Reception;

public static class ReceptionApi
{
    public static RouteGroupBuilder MapReceptionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reception").WithTags("Reception");
        g.MapGet("/log.xlsx", Log).Requires(Permission.View, "query:unit")
            .WithSummary("The reception log (sổ tiếp công dân, TT 04/2021 mẫu 03) of a unit's subtree for a period, as an Excel workbook.");
        g.MapGet("/sessions", ListSessions).Requires(Permission.View, "scope+query:unit").WithSummary("Reception sessions in reach, newest first (?unit, ?from, ?to).");
        g.MapPost("/sessions", Open).Requires(Permission.Edit, "body:unitCode").WithSummary("Open a reception session (regular, periodic by the head, unscheduled).");
        g.MapGet("/sessions/{id:guid}", GetSession).Requires(Permission.View, "session").WithSummary("A session with its visits.");
        g.MapPost("/sessions/{id:guid}/visits", LogVisit).Requires(Permission.Edit, "session")
            .WithSummary("Log a visit; a letter handed over (outcome LetterReceived) is registered as a petition.");
        g.MapGet("/schedule/{unitCode}", GetSchedule).Requires(Permission.View, "route").WithSummary("The head's reception days, held or missed.");
        g.MapPut("/schedule/{unitCode}/{date}", PutSchedule).Requires(Permission.Edit, "route").WithSummary("Publish a reception day of the head.");
        g.MapDelete("/schedule/{unitCode}/{date}", DeleteSchedule).Requires(Permission.Edit, "route");
        api.MapGet("/public/units/{unitCode}/reception-schedule", PublicDays).WithTags("Public").AllowAnonymous()
            .WithSummary("The published reception schedule of a unit (no sign-in).");
        api.MapGet("/statistics/reception", Statistics).WithTags("Statistics").Requires(Permission.View, "query:unit")
            .WithSummary("Visits / people / cases and crowd delegations of a unit's subtree for a period, by the head and regular.");
        return api;
    }

    private static async Task<Ok<List<SessionDto>>> ListSessions(string? unit, DateOnly? from, DateOnly? to, ReceptionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.SessionsAsync(new SessionFilter(unit, from, to), ct));

    private static async Task<Created<SessionDto>> Open(OpenSessionRequest r, OpenSession h, ReceptionReader reader, CancellationToken ct)
    {
        var s = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/reception/sessions/{s.Id}", await reader.SessionAsync(s.Id, ct));
    }

    private static async Task<Ok<SessionDto>> GetSession(Guid id, ReceptionReader reader, CancellationToken ct) => TypedResults.Ok(await reader.SessionAsync(id, ct));

    private static async Task<Created<VisitDto>> LogVisit(Guid id, AddVisitRequest r, AddVisit h, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/reception/sessions/{id}", VisitDto.From(await h.HandleAsync(id, r, ct)));

    private static async Task<Ok<List<ScheduledDay>>> GetSchedule(string unitCode, DateOnly? from, DateOnly? to, ReceptionReader reader, TimeProvider clock,
        CancellationToken ct)
    {
        var today = clock.VietnamToday();
        return TypedResults.Ok(await reader.ScheduleAsync(unitCode, from ?? today.AddMonths(-3), to ?? today.AddMonths(1), ct));
    }

    private static async Task<Ok<ReceptionScheduleEntry>> PutSchedule(string unitCode, DateOnly date, ScheduleRequest r, PublishReceptionDay h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(unitCode, date, r, ct));

    private static async Task<NoContent> DeleteSchedule(string unitCode, DateOnly date, WithdrawReceptionDay h, CancellationToken ct)
    {
        await h.HandleAsync(unitCode, date, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ScheduledDay>>> PublicDays(string unitCode, DateOnly? from, DateOnly? to, ReceptionReader reader,
        TimeProvider clock, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        return TypedResults.Ok((await reader.PublicScheduleAsync(unitCode, from ?? today.AddMonths(-1), to ?? today.AddMonths(2), ct)).Days);
    }

    private static async Task<FileContentHttpResult> Log(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, ExportReceptionLog export, HttpContext http,
        CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var log = await export.HandleAsync(u, f, t, ct);
        return FileDownloads.Attachment(http, log);
    }

    private static async Task<Ok<ReceptionStatisticsDto>> Statistics(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, ReceptionStatistics statistics,
        CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await statistics.HandleAsync(u, f, t, ct));
    }
}
