namespace Grassroots.Web.Modules.PersonalData;

public static class PersonalDataApi
{
    public static RouteGroupBuilder MapPersonalDataApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/personal-data").WithTags("PersonalData");
        g.MapGet("/", Find).Requires(Permission.AnswerDataRequests, "query:unit")
            .WithSummary("Everything the platform holds about one person in the unit's subtree, by exact phone, ID number or name (?unit, ?phone, ?idNumber, ?name); audited. Never a denouncer's sealed identity.");
        g.MapGet("/export.xlsx", Export).Requires(Permission.AnswerDataRequests, "query:unit")
            .WithSummary("The same search as a workbook; audited.");
        return api;
    }

    private static async Task<Ok<PersonalDataResult>> Find(FindPersonalData find, string? unit, string? phone, string? idNumber, string? name, CancellationToken ct) =>
        TypedResults.Ok(await find.HandleAsync(new PersonalDataRequest(unit, phone, idNumber, name), ct));

    private static async Task<FileContentHttpResult> Export(ExportPersonalData export, HttpContext http, string? unit, string? phone, string? idNumber, string? name, CancellationToken ct) =>
        FileDownloads.Attachment(http, await export.HandleAsync(new PersonalDataRequest(unit, phone, idNumber, name), ct));
}
