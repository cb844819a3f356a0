using System.Net.Http.Json;
using Grassroots.Tests.Import;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.LegacyReports;

namespace Grassroots.Tests.LegacyReports;

/// <summary>Past reports uploaded, reviewed and accepted through the API, as an officer's page does.</summary>
public static class LegacyReportRecords
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string unitCode, byte[] file, string name)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(unitCode), "unitCode");
        content.Add(new ByteArrayContent(file), "file", name);
        return await api.PostAsync("/api/v1/legacy-reports", content);
    }

    public static async Task<LegacyReportDto> UploadSeedAsync(HttpClient api, string unitCode, string annotation)
    {
        var gold = ImportScoring.Load(annotation);
        return await (await UploadAsync(api, unitCode, gold.Bytes, gold.File)).ReadAsync<LegacyReportDto>();
    }

    /// <summary>The review form sent back as it was read, with <paramref name="change"/> applied to each figure.</summary>
    public static ReviewLegacyReportRequest Review(LegacyReportDto r, Func<LegacyFigureDto, FigureReview>? change = null) =>
        new(r.Version, r.IssuingBody, r.DocumentNumber, r.PlaceOfIssue, r.DateOfIssue, r.DocumentType, r.Title, r.PeriodFrom, r.PeriodTo, r.SignerName,
            r.SignerTitle, r.Addressee, [.. r.Figures.Select(f => change?.Invoke(f) ?? new FigureReview(f.Id, f.Include, f.Key, f.Value, f.UnitCode, f.From, f.To))]);

    public static Task<HttpResponseMessage> SaveAsync(HttpClient api, LegacyReportDto r, ReviewLegacyReportRequest body) =>
        api.PutAsJsonAsync($"/api/v1/legacy-reports/{r.Id}", body);

    public static Task<HttpResponseMessage> AcceptAsync(HttpClient api, Guid id, int version) =>
        api.PostAsJsonAsync($"/api/v1/legacy-reports/{id}/accept", new { version });
}
