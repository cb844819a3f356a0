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
        return api;
    }
}
