using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Every operation of the OpenAPI document, sent values a careless client or an attacker sends: wrong types, numbers
/// out of range, values of no enum, empty and huge strings, control characters, impossible and extreme dates, ids
/// that are not ids, broken JSON. Whatever the answer (400, 404, 409, 413, 422, 429…), it is never a 5xx, and the
/// statistics of the nation still answer afterwards. The requests are generated from the document, without
/// randomness, and their number is bounded (each field gets the same few values; see <see cref="MaxRequests"/>), so the
/// run costs the same on every machine and a failure names the request that caused it.
/// </summary>
public sealed class ApiFuzzTests
{
    /// <summary>The bound on one run (per provider): the document's ~245 operations need about 12,500 requests today.</summary>
    private const int MaxRequests = 20000;

    private static readonly string Huge = new('ẩ', 40_000);

    private static readonly JsonNode?[] AnyValue =
    [
        null, JsonValue.Create(""), JsonValue.Create("   "), JsonValue.Create(Huge), JsonValue.Create("\u0000nul"), JsonValue.Create("\u0007\u001b[31m bel esc"),
        JsonValue.Create("<script>alert(1)</script>"), JsonValue.Create("' OR 1=1 --"), JsonValue.Create("../../etc/passwd"),
        JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(long.MaxValue), JsonValue.Create(1e300), JsonValue.Create(true),
        new JsonArray(JsonValue.Create(1)), new JsonObject { ["x"] = 1 },
    ];

    private static readonly JsonNode?[] EnumValues = [JsonValue.Create("Bogus"), JsonValue.Create(99), JsonValue.Create(-1), JsonValue.Create("99"), JsonValue.Create("-1"), JsonValue.Create("")];

    private static readonly JsonNode?[] DateValues =
    [
        JsonValue.Create("0001-01-01"), JsonValue.Create("9999-12-31"), JsonValue.Create("2024-02-30"), JsonValue.Create("31/12/2024"),
        JsonValue.Create("1899-12-31"), JsonValue.Create("2101-01-01"), JsonValue.Create("0001-01-01T00:00:00Z"),
    ];

    private static readonly string[] QueryValues =
    [
        "", "abc", "-1", "0", "99", "2147483648", "99999999999999999999", "1e400", "NaN", "Bogus", "0001-01-01", "9999-12-31", "2024-02-30",
        "\u0000", "%", "' OR 1=1 --", new string('9', 5000), "true",
    ];

    private static readonly string[] PathValues =
    [
        "0", "-1", "abc", "00000000-0000-0000-0000-000000000000", "2147483648", new string('x', 3000), "%00", "' OR 1=1 --", "..", "ẩ",
    ];

    [Theory, Providers]
    public async Task No_operation_answers_5xx_to_malformed_values_and_the_statistics_still_answer(DatabaseProvider provider)
    {
        await using var started = await GrassrootsApp.StartAsync(provider);
        await using var app = started.WithWebHostBuilder(b => b
            .UseSetting("RateLimits:PublicPerMinute", "1000000").UseSetting("RateLimits:TokenPerMinute", "1000000"));
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await started.TokenAsync("admin"));
        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var samples = await SamplesAsync(started);

        var failures = new List<string>();
        var sent = 0;
        var operations = 0;
        async Task SendAsync(HttpMethod method, string url, HttpContent? content, string what)
        {
            if (sent >= MaxRequests)
            {
                return;
            }
            sent++;
            using var request = new HttpRequestMessage(method, url) { Content = content };
            HttpResponseMessage response;
            try
            {
                response = await api.SendAsync(request);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The test server hands over what escaped every handler: a real server would have answered 500.
                failures.Add($"500 {method} {Cut(url)} {what}: {e.GetType().Name} {Cut(e.Message)}");
                return;
            }
            using var _ = response;
            if ((int)response.StatusCode >= 500)
            {
                var sentBody = content is StringContent text ? await text.ReadAsStringAsync() : "";
                failures.Add($"{(int)response.StatusCode} {method} {Cut(url)} {what} {Cut(sentBody)}: {Cut(await response.Content.ReadAsStringAsync())}");
            }
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (verb, operationNode) in item!.AsObject())
            {
                if (verb is not ("get" or "post" or "put" or "delete" or "patch"))
                {
                    continue;
                }
                operations++;
                var method = new HttpMethod(verb.ToUpperInvariant());
                var parameters = (operationNode!["parameters"]?.AsArray() ?? []).Select(p => p!).ToList();
                var pathParameters = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
                var query = parameters.Where(p => (string?)p["in"] == "query").ToList();
                string Url(string? fuzzedName = null, string? fuzzedValue = null)
                {
                    var url = pathParameters.Aggregate(path, (u, name) => u.Replace("{" + name + "}",
                        Uri.EscapeDataString(name == fuzzedName ? fuzzedValue! : Sample(samples, path, name)), StringComparison.Ordinal));
                    var pairs = query.Select(q => (string)q["name"]!).Where(n => n == fuzzedName).Select(n => $"{n}={Uri.EscapeDataString(fuzzedValue!)}");
                    return pairs.Any() ? url + "?" + string.Join("&", pairs) : url;
                }
                var body = operationNode["requestBody"]?["content"];
                var json = body?["application/json"]?["schema"];
                var multipart = body?["multipart/form-data"] is not null;
                HttpContent? Plausible() => json is not null ? Json(Build(json, schemas)) : multipart ? Garbage() : null;

                // The path's own values, then each path and query value in turn, the body plausible.
                await SendAsync(method, Url(), Plausible(), "plausible");
                foreach (var name in pathParameters)
                {
                    foreach (var value in PathValues)
                    {
                        await SendAsync(method, Url(name, value), Plausible(), $"path {name}");
                    }
                }
                foreach (var name in query.Select(q => (string)q["name"]!))
                {
                    foreach (var value in QueryValues)
                    {
                        await SendAsync(method, Url(name, value), Plausible(), $"query {name}={Cut(value)}");
                    }
                }
                if (json is not null)
                {
                    foreach (var raw in new[] { "", "null", "[]", "{", "\"text\"", "{\"a\":", new string('[', 5000) })
                    {
                        await SendAsync(method, Url(), new StringContent(raw, Encoding.UTF8, "application/json"), $"raw body {Cut(raw)}");
                    }
                    var shape = Resolve(json, schemas);
                    foreach (var (name, property) in shape["properties"]?.AsObject() ?? [])
                    {
                        foreach (var value in ValuesFor(property!, schemas))
                        {
                            var fuzzed = Build(json, schemas)!.AsObject();
                            fuzzed[name] = value?.DeepClone();
                            await SendAsync(method, Url(), Json(fuzzed), $"body {name}={Cut(value?.ToJsonString() ?? "null")}");
                        }
                    }
                }
                if (multipart)
                {
                    await SendAsync(method, Url(), new StringContent("not a form", Encoding.UTF8, "multipart/form-data"), "multipart without boundary");
                    var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.docx" } };
                    await SendAsync(method, Url(), empty, "empty file");
                }
            }
        }

        Assert.True(operations >= 120, $"the document lists {operations} operations");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests answered 5xx:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(sent < MaxRequests, $"the run stopped at its bound of {MaxRequests} requests before the last operation");

        foreach (var url in new[] { "/api/v1/statistics/petitions?unit=VN&from=2025-01-01&to=2026-12-31", "/api/v1/indicators?unit=VN&from=2025-01-01&to=2026-12-31" })
        {
            using var answer = await api.GetAsync(url);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{url} after the fuzzing: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Real ids and codes of the demo, so that requests reach the use cases behind the route.</summary>
    private static async Task<Dictionary<string, string>> SamplesAsync(GrassrootsApp app) => await app.DbAsync(async db =>
    {
        string First(string entity, string property, Func<object, bool>? where = null)
        {
            var type = db.Model.GetEntityTypes().First(t => t.ClrType.Name == entity).ClrType;
            var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
            var row = set.Cast<object>().AsEnumerable().First(r => where?.Invoke(r) ?? true);
            return Convert.ToString(type.GetProperty(property)!.GetValue(row), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        await Task.CompletedTask;
        return new Dictionary<string, string>
        {
            ["petitions"] = First("Petition", "Id"),
            ["trackingCode"] = First("Petition", "TrackingCode"),
            ["sessions"] = First("ReceptionSession", "Id"),
            ["disclosures"] = First("Disclosure", "Id"),
            ["categories"] = First("DisclosureCategory", "Id"),
            ["decisions"] = First("DecisionMatter", "Id"),
            ["households"] = First("Household", "Id"),
            ["year-end-meetings"] = First("YearEndMeeting", "Id"),
            ["consultations"] = First("Consultation", "Id"),
            ["conventions"] = First("Convention", "Id"),
            ["periods"] = First("ReportPeriod", "Id"),
            ["templates"] = First("ReportTemplate", "Key"),
            // An officer's account, not the administrator's own: the run may lock it.
            ["accounts"] = First("AppUser", "Id", u => (string?)u.GetType().GetProperty("UserName")!.GetValue(u) == "cb.binhson"),
        };
    });

    private static string Sample(Dictionary<string, string> samples, string path, string name)
    {
        if (name is "code" or "unitCode")
        {
            return "20611";
        }
        if (name == "trackingCode")
        {
            return samples["trackingCode"];
        }
        if (name == "year")
        {
            return "2026";
        }
        if (name == "date")
        {
            return "2026-09-02";
        }
        if (name == "number")
        {
            return "1";
        }
        // The id named by the segment before it: /petitions/{id}, /decisions/{id}/households/{id}…
        var segments = path.Split('/');
        var at = Array.FindIndex(segments, s => s == "{" + name + "}");
        return at > 0 && samples.TryGetValue(segments[at - 1], out var value) ? value : Guid.NewGuid().ToString();
    }

    private static JsonNode Resolve(JsonNode schema, JsonObject schemas)
    {
        if (schema["$ref"] is { } reference)
        {
            return schemas[((string)reference!).Split('/')[^1]] ?? new JsonObject();
        }
        if (schema["oneOf"] is JsonArray choices && choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") is { } chosen)
        {
            return Resolve(chosen, schemas);
        }
        return schema;
    }

    private static bool IsType(JsonNode schema, string type) => schema["type"] switch
    {
        JsonArray types => types.Any(t => (string?)t == type),
        JsonValue one => (string?)one == type,
        _ => false,
    };

    /// <summary>A body every field of which holds a value of its type: an enum its first member, a date a real one.</summary>
    private static JsonNode? Build(JsonNode schema, JsonObject schemas, int depth = 0)
    {
        var resolved = Resolve(schema, schemas);
        if (resolved["enum"] is JsonArray members && members.Count > 0)
        {
            return members[0]!.DeepClone();
        }
        if (IsType(resolved, "object") || resolved["properties"] is not null)
        {
            var result = new JsonObject();
            if (depth < 4)
            {
                foreach (var (field, property) in resolved["properties"]?.AsObject() ?? [])
                {
                    result[field] = Build(property!, schemas, depth + 1);
                }
            }
            return result;
        }
        if (IsType(resolved, "array"))
        {
            return resolved["items"] is { } items && depth < 4 ? new JsonArray(Build(items, schemas, depth + 1)) : new JsonArray();
        }
        var format = (string?)resolved["format"];
        return format switch
        {
            "date" => JsonValue.Create("2026-06-01"),
            "date-time" => JsonValue.Create("2026-06-01T08:00:00+07:00"),
            "uuid" => JsonValue.Create(Guid.NewGuid()),
            _ when IsType(resolved, "integer") || IsType(resolved, "number") => JsonValue.Create(1),
            _ when IsType(resolved, "boolean") => JsonValue.Create(true),
            _ when IsType(resolved, "string") => JsonValue.Create("Nội dung thử nghiệm"),
            _ => null,
        };
    }

    /// <summary>The malformed values for a field: every field gets the generic ones, plus those of its kind.</summary>
    private static IEnumerable<JsonNode?> ValuesFor(JsonNode property, JsonObject schemas)
    {
        var resolved = Resolve(property, schemas);
        var own = resolved["enum"] is JsonArray ? EnumValues
            : resolved["format"]?.ToString() is "date" or "date-time" ? DateValues
            : resolved["format"]?.ToString() == "uuid" ? [JsonValue.Create("not-a-guid"), JsonValue.Create(Guid.Empty)]
            : IsType(resolved, "integer") || IsType(resolved, "number") ? [JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create("12abc"), JsonValue.Create(0.5)]
            : [];
        return own.Concat(AnyValue);
    }

    private static StringContent Json(JsonNode? body) => new(body?.ToJsonString() ?? "null", Encoding.UTF8, "application/json");

    private static MultipartFormDataContent Garbage()
    {
        // A "Word document" that is a zip of nothing, and a file that is no zip at all.
        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFF]), "file", "bao-cao.docx" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("\u0000\u0001 not a spreadsheet")), "file", "so-lieu.xlsx" },
        };
        return content;
    }

    private static string Cut(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
