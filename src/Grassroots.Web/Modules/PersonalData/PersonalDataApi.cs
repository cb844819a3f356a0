namespace Grassroots.Web.Modules.PersonalData;

public static class PersonalDataApi
{
    /// <summary>Both routes take the same search (<see cref="PersonalDataRequest"/> from ?unit, ?phone, ?idNumber, ?name) and need the same right.</summary>
    public static RouteGroupBuilder MapPersonalDataApi(this RouteGroupBuilder api)
    {
        const string UnitFromQuery = "query:unit";
        var search = api.MapGroup("/personal-data").WithTags("PersonalData");
        search.MapGet("/", (FindPersonalData find, [AsParameters] PersonalDataRequest request, CancellationToken ct) => find.HandleAsync(request, ct))
            .Requires(Permission.AnswerDataRequests, UnitFromQuery)
            .WithSummary("Everything the platform holds about one person in the unit's subtree, by exact phone, ID number or name (?unit, ?phone, ?idNumber, ?name); audited. Never a denouncer's sealed identity.");
        search.MapGet("/export.xlsx", async (ExportPersonalData export, HttpContext http, [AsParameters] PersonalDataRequest request, CancellationToken ct) =>
                FileDownloads.Attachment(http, await export.HandleAsync(request, ct)))
            .Requires(Permission.AnswerDataRequests, UnitFromQuery)
            .WithSummary("The same search as a workbook; audited.");
        const string Nation = "nation";
        search.MapGet("/retention", (ApplyRetention retention, CancellationToken ct) => retention.DueAsync(ct))
            .Requires(Permission.AnswerDataRequests, Nation)
            .WithSummary("Each kind of record's retention period, the day before which its people's data is cleared, and how many records are due now (national data officers).");
        search.MapPost("/retention/run", (ApplyRetention retention, CancellationToken ct) => retention.HandleAsync(ct))
            .Requires(Permission.AnswerDataRequests, Nation)
            .WithSummary("Clears the people's data of the records past their period, never while a letter of their case is open; audited with the counts (also every night).");
        search.MapGet("/breaches", (BreachReader reader, CancellationToken ct) => reader.ListAsync(ct))
            .Requires(Permission.AnswerDataRequests, Nation)
            .WithSummary("The register of personal-data breaches, newest first, each with its 72-hour notice to the authority.");
        search.MapPost("/breaches", (RecordBreach record, BreachRequest r, CancellationToken ct) => record.HandleAsync(null, r, ct))
            .Requires(Permission.AnswerDataRequests, Nation)
            .WithSummary("Records a breach: when found and when it happened, the data and people concerned, the measures, when the authority and the people were told.");
        search.MapPut("/breaches/{id:guid}", (RecordBreach record, Guid id, BreachRequest r, CancellationToken ct) => record.HandleAsync(id, r, ct))
            .Requires(Permission.AnswerDataRequests, Nation)
            .WithSummary("Brings a breach up to date; send the version read: a stale one is refused with 409.");
        return api;
    }
}
