using Microsoft.AspNetCore.Http.HttpResults;

namespace Grassroots.Web.Modules.Reception;

public sealed record VisitDto(Guid Id, int People, bool IsCrowd, bool IdentityProtected, string VisitorName, string? VisitorAddress, string? VisitorIdNumber, string Content, Guid MatterId,
    VisitOutcome Outcome, Guid? PetitionId, string? Note);

public sealed record SessionDto(Guid Id, string UnitCode, string UnitName, SessionKind Kind, DateOnly HeldOn, string Place, string ReceivedBy,
    int Visits, int People, IReadOnlyList<VisitDto>? VisitList);

public static class ReceptionApi
{
    public static RouteGroupBuilder MapReceptionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reception").WithTags("Reception");
        g.MapGet("/log.xlsx", Log).Requires(Permission.View, "query:unit")
            .WithSummary("The reception log (sổ tiếp công dân, TT 04/2021 mẫu 03) of a unit's subtree for a period, as an Excel workbook.");
        g.MapGet("/sessions", ListSessions).Requires(Permission.View, "scope+query:unit").WithSummary("Reception sessions in reach, newest first (?unit, ?from, ?to).");
        g.MapPost("/sessions", OpenSession).Requires(Permission.Edit, "body:unitCode").WithSummary("Open a reception session (regular, periodic by the head, unscheduled).");
        g.MapGet("/sessions/{id:guid}", GetSession).Requires(Permission.View, "session").WithSummary("A session with its visits.");
        g.MapPost("/sessions/{id:guid}/visits", AddVisit).Requires(Permission.Edit, "session")
            .WithSummary("Log a visit; a letter handed over (outcome LetterReceived) is registered as a petition.");
        g.MapGet("/schedule/{unitCode}", GetSchedule).Requires(Permission.View, "route").WithSummary("The head's reception days, held or missed.");
        g.MapPut("/schedule/{unitCode}/{date}", PutSchedule).Requires(Permission.Edit, "route").WithSummary("Publish a reception day of the head.");
        g.MapDelete("/schedule/{unitCode}/{date}", DeleteSchedule).Requires(Permission.Edit, "route");
        api.MapGet("/public/units/{unitCode}/reception-schedule", PublicSchedule).WithTags("Public").AllowAnonymous()
            .WithSummary("The published reception schedule of a unit (no sign-in).");
        api.MapGet("/statistics/reception", Statistics).WithTags("Statistics").Requires(Permission.View, "query:unit")
            .WithSummary("Visits / people / cases and crowd delegations of a unit's subtree for a period, by the head and regular.");
        return api;
    }

    private static async Task<Ok<List<SessionDto>>> ListSessions(UnitScope scope, AppDbContext db, string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = await scope.FilterAsync(db.Set<ReceptionSession>().AsNoTracking(), s => s.Unit!.Path, Permission.View, ct);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var u = await scope.RequireAsync(Text.Clean(unit), Permission.View, ct);
            query = query.Where(s => s.Unit!.Path.StartsWith(u.Path));
        }
        if (from is { } f)
        {
            query = query.Where(s => s.HeldOn >= f);
        }
        if (to is { } t)
        {
            query = query.Where(s => s.HeldOn <= t);
        }
        return TypedResults.Ok(await query.OrderByDescending(s => s.HeldOn).Take(200)
            .Select(s => new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.HeldOn, s.Place, s.ReceivedBy, s.Visits.Count, s.Visits.Sum(v => v.People), null))
            .ToListAsync(ct));
    }

    private static async Task<Created<SessionDto>> OpenSession(OpenSessionRequest r, RecordReception h, AppDbContext db, UnitScope scope, CancellationToken ct)
    {
        var s = await h.OpenAsync(r, ct);
        return TypedResults.Created($"/api/v1/reception/sessions/{s.Id}", await ReadAsync(db, scope, s.Id, ct));
    }

    private static async Task<Ok<SessionDto>> GetSession(Guid id, AppDbContext db, UnitScope scope, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, scope, id, ct));

    private static async Task<Created<VisitDto>> AddVisit(Guid id, AddVisitRequest r, RecordReception h, CancellationToken ct)
    {
        var v = await h.AddVisitAsync(id, r, ct);
        return TypedResults.Created($"/api/v1/reception/sessions/{id}", ToDto(v));
    }

    private static async Task<Ok<List<ScheduledDay>>> GetSchedule(string unitCode, DateOnly? from, DateOnly? to, UnitScope scope, ReceptionSchedule schedule,
        TimeProvider clock, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(unitCode, Permission.View, ct);
        var today = clock.VietnamToday();
        return TypedResults.Ok(await schedule.DaysAsync(unit, from ?? today.AddMonths(-3), to ?? today.AddMonths(1), ct));
    }

    private static async Task<Ok<ReceptionScheduleEntry>> PutSchedule(string unitCode, DateOnly date, ScheduleRequest r, ReceptionSchedule schedule, CancellationToken ct) =>
        TypedResults.Ok(await schedule.SetAsync(unitCode, date, r, ct));

    private static async Task<NoContent> DeleteSchedule(string unitCode, DateOnly date, ReceptionSchedule schedule, CancellationToken ct)
    {
        await schedule.RemoveAsync(unitCode, date, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ScheduledDay>>> PublicSchedule(string unitCode, DateOnly? from, DateOnly? to, AppDbContext db, ReceptionSchedule schedule,
        TimeProvider clock, CancellationToken ct)
    {
        var code = Text.Clean(unitCode);
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct) ?? throw DomainException.NotFound("Unit.NotFound", code);
        var today = clock.VietnamToday();
        return TypedResults.Ok(await schedule.DaysAsync(unit, from ?? today.AddMonths(-1), to ?? today.AddMonths(2), ct));
    }

    private static async Task<FileContentHttpResult> Log(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, Export.ExportReceptionLog export, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var log = await export.HandleAsync(u, f, t, ct);
        return TypedResults.File(log.Content, StatisticsQuery.XlsxContentType, log.FileName);
    }

    private static async Task<Ok<ReceptionStatisticsDto>> Statistics(string? unit, DateOnly? from, DateOnly? to, UnitScope scope, ReceptionStatistics statistics, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return TypedResults.Ok(await statistics.HandleAsync(u, f, t, ct));
    }

    private static async Task<SessionDto> ReadAsync(AppDbContext db, UnitScope scope, Guid id, CancellationToken ct)
    {
        var s = await db.Set<ReceptionSession>().AsNoTracking().Include(x => x.Unit).Include(x => x.Visits).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Reception.SessionNotFound");
        await scope.RequireAsync(s.Unit!, Permission.View, ct);
        return new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.HeldOn, s.Place, s.ReceivedBy, s.Visits.Count, s.Visits.Sum(v => v.People),
            s.Visits.Select(ToDto).ToList());
    }

    private static VisitDto ToDto(ReceptionVisit v) => new(v.Id, v.People, v.IsCrowd, v.IdentityProtected, v.VisitorName, v.VisitorAddress, v.VisitorIdNumber, v.Content, v.MatterId, v.Outcome, v.PetitionId, v.Note);
}
