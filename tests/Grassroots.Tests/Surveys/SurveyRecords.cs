using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Surveys;

namespace Grassroots.Tests.Surveys;

/// <summary>What the surveys tests share: opening a campaign, answering it, the template's question numbers.</summary>
internal static class SurveyRecords
{
    public const string RoMen = "24971";

    /// <summary>The template's satisfaction questions of an element (0-based): each element has a perception question, two satisfaction questions and an expectation.</summary>
    public static int[] SatisfactionOf(int element) => [4 * element + 2, 4 * element + 3];

    /// <summary>Answers giving every satisfaction question <paramref name="value"/>, except the elements listed in <paramref name="others"/>.</summary>
    public static Dictionary<int, string?> Answers(int value, Dictionary<int, int>? others = null)
    {
        var answers = new Dictionary<int, string?>();
        for (var e = 0; e < 5; e++)
        {
            answers[4 * e + 1] = "1";
            foreach (var q in SatisfactionOf(e))
            {
                answers[q] = (others is not null && others.TryGetValue(e, out var v) ? v : value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        answers[21] = "Cần thêm ghế ngồi chờ";
        return answers;
    }

    public static async Task<CampaignCreated> OpenAsync(HttpClient api, string unit = RoMen, string from = "2026-11-01", string to = "2026-11-30", int target = 10,
        string title = "Khảo sát tại Bộ phận Một cửa tháng 11")
    {
        var response = await api.PostAsJsonAsync("/api/v1/surveys/campaigns", new { unitCode = unit, title, from, to, targetSample = target }, GrassrootsApp.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CampaignCreated>();
    }

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient anonymous, string code, Dictionary<int, string?> answers, string? device = null, string channel = "Qr") =>
        anonymous.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses",
            new { answers, channel, deviceToken = device ?? Guid.NewGuid().ToString("N") }, GrassrootsApp.Json);

    public static Task<HttpResponseMessage> PaperAsync(HttpClient api, Guid campaign, Dictionary<int, string?> answers) =>
        api.PostAsJsonAsync($"/api/v1/surveys/campaigns/{campaign}/responses", new { answers }, GrassrootsApp.Json);
}
