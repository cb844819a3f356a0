using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Grassroots.Web.Modules.Petitions.Register;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Open311;

/// <summary>
/// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over the petitions register, for feedback only
/// (phản ánh, kiến nghị): the service list and definitions, posting a request (a letter from the portal channel, with its
/// legal clock; an API key per client application), and requests by id and by filters, in JSON and XML. The service
/// request id is the letter's public tracking code; jurisdiction_id is the commune's code. Errors are Open311's list of
/// {code, description}, in Vietnamese (English with ?lang=en).
/// </summary>
public static class Open311Api
{
    public const string Prefix = "/open311/v2";
    private static readonly PetitionKind[] Services = [PetitionKind.Reflection, PetitionKind.Recommendation];

    public static void MapOpen311(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup(Prefix).WithTags("Open311 GeoReport v2").AllowAnonymous().RequireRateLimiting(RateLimits.Portal);
        g.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DomainException e)
            {
                var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                var problem = ProblemExceptionHandler.ToProblem(e, localizer);
                // Open311 names the parameter at fault: "description: … is required".
                var description = problem is ValidationProblemDetails v && v.Errors.Count > 0
                    ? string.Join(" ", v.Errors.SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}")))
                    : problem?.Title ?? e.MessageKey;
                return Errors(context.HttpContext, e.Status, description);
            }
        });
        g.MapGet("/services.{format}", ServiceList).WithSummary("The services: reflections (phản ánh) and recommendations (kiến nghị) on a commune's affairs.");
        g.MapGet("/services/{code}.{format}", ServiceDefinition).WithSummary("A service's definition (its extra attributes).");
        g.MapPost("/requests.{format}", PostRequest).DisableAntiforgery()
            .WithSummary("Post a service request (form fields of GeoReport v2; api_key, jurisdiction_id = the commune's code, service_code, description required; attribute[email_updates]=true with email for news by email). Answers the tracking code as service_request_id.");
        g.MapGet("/requests.{format}", Requests).WithSummary("Requests by service_request_id (comma-separated) or by jurisdiction_id, service_code, status, start_date, end_date (90 days by default, at most 1,000).");
        g.MapGet("/requests/{id}.{format}", Request).WithSummary("One request by its id (the tracking code).");
    }

    private static string ServiceName(IStringLocalizer l, PetitionKind kind) => l[$"PetitionKind.{kind}"].Value;

    private static IResult ServiceList(string format, HttpContext http, IStringLocalizer<SharedResource> l) =>
        Write(http, format, "services", "service", Services.Select(k => new Dictionary<string, object?>
        {
            ["service_code"] = k.ToString(), ["service_name"] = ServiceName(l, k), ["description"] = l[$"Open311.Service.{k}"].Value,
            ["metadata"] = true, ["type"] = "realtime", ["keywords"] = l[$"Open311.Keywords.{k}"].Value, ["group"] = l["Open311.Group"].Value,
        }));

    private static IResult ServiceDefinition(string code, string format, HttpContext http, IStringLocalizer<SharedResource> l)
    {
        var kind = ServiceOf(code);
        var attributes = new List<Dictionary<string, object?>>
        {
            new()
            {
                ["variable"] = true, ["code"] = "email_updates", ["datatype"] = "singlevaluelist", ["required"] = false, ["datatype_description"] = "",
                ["order"] = 1, ["description"] = l["Consent.EmailUpdates"].Value,
                ["values"] = new[] { new Dictionary<string, object?> { ["key"] = "true", ["name"] = l["Open311.Yes"].Value }, new Dictionary<string, object?> { ["key"] = "false", ["name"] = l["Open311.No"].Value } },
            },
        };
        if (IsXml(format))
        {
            var xml = new XElement("service_definition", new XElement("service_code", kind.ToString()),
                new XElement("attributes", attributes.Select(a => new XElement("attribute", a.Select(p => p.Key == "values"
                    ? new XElement("values", ((IEnumerable<Dictionary<string, object?>>)p.Value!).Select(v => new XElement("value", v.Select(x => new XElement(x.Key, x.Value)))))
                    : new XElement(p.Key, Xml(p.Value)))))));
            return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), xml).Declaration + "\n" + xml, "text/xml; charset=utf-8");
        }
        return Results.Json(new Dictionary<string, object?> { ["service_code"] = kind.ToString(), ["attributes"] = attributes });
    }

    private static async Task<IResult> PostRequest(string format, HttpContext http, AppDbContext db, RegisterPetition register, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        RequireFormat(format);
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        string? F(string name) => form?[name].FirstOrDefault() is { Length: > 0 } v ? v : null;
        var key = F("api_key") ?? http.Request.Query["api_key"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(key) || !await db.Set<Open311Client>().AnyAsync(c => c.Active && c.KeyHash == Open311Client.Hash(key), ct))
        {
            throw new DomainException(StatusCodes.Status403Forbidden, "Open311.ApiKey");
        }
        var kind = ServiceOf(F("service_code") ?? throw Missing("service_code"));
        var jurisdiction = F("jurisdiction_id") ?? throw Missing("jurisdiction_id");
        var description = F("description") ?? throw Missing("description");
        var name = string.Join(' ', new[] { F("last_name"), F("first_name") }.Where(n => n is not null));
        var updates = F("attribute[email_updates]") is { } u && u.Equals("true", StringComparison.OrdinalIgnoreCase);
        var where = new[] { F("address_string"), F("lat") is { } lat && F("long") is { } lon ? $"({lat}, {lon})" : null }.Where(x => x is not null);
        var registered = await register.FromPublic(new RegisterPetitionRequest(jurisdiction, kind, null, null, null, description, 1,
            name.Length > 0 ? name : null, where.Any() ? string.Join(' ', where) : null, F("phone"), F("email"), EmailUpdates: updates), ct);
        var code = registered.Petition.TrackingCode;
        var item = new Dictionary<string, object?> { ["service_request_id"] = code, ["service_notice"] = l["Open311.Notice", code].Value, ["account_id"] = null };
        http.Response.StatusCode = StatusCodes.Status201Created;
        return Write(http, format, "service_requests", "request", [item], StatusCodes.Status201Created);
    }

    private static async Task<IResult> Request(string id, string format, HttpContext http, AppDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        RequireFormat(format);
        var code = PetitionAccess.CleanTrackingCode(id);
        var rows = await Query(db).Where(p => p.TrackingCode == code).ToListAsync(ct);
        if (rows.Count == 0)
        {
            throw DomainException.NotFound("Petition.TrackingNotFound", code);
        }
        return Write(http, format, "service_requests", "request", rows.Select(p => Item(p, l)));
    }

    private static async Task<IResult> Requests(string format, HttpContext http, AppDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock, CancellationToken ct)
    {
        RequireFormat(format);
        var q = http.Request.Query;
        var query = Query(db);
        if (q["service_request_id"].FirstOrDefault() is { Length: > 0 } ids)
        {
            var codes = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(100).Select(c => c.ToUpperInvariant()).ToList();
            query = query.Where(p => codes.Contains(p.TrackingCode));
        }
        else
        {
            DateTime? Date(string name) => q[name].FirstOrDefault() is { Length: > 0 } s
                ? DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d.UtcDateTime
                    : throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { [name] = ["Open311.BadDate"] } }
                : null;
            var end = Date("end_date") ?? clock.GetUtcNow().UtcDateTime;
            var start = Date("start_date") ?? end.AddDays(-90);
            if (end < start || (end - start).TotalDays > 366)
            {
                throw DomainException.Invalid("Open311.BadRange");
            }
            query = query.Where(p => p.CreatedAt >= start && p.CreatedAt <= end);
            if (q["service_code"].FirstOrDefault() is { Length: > 0 } service)
            {
                var kind = ServiceOf(service);
                query = query.Where(p => p.Kind == kind);
            }
            if (q["jurisdiction_id"].FirstOrDefault() is { Length: > 0 } unit)
            {
                query = query.Where(p => p.Unit!.Code == unit);
            }
            switch (q["status"].FirstOrDefault())
            {
                case null or "":
                    break;
                case "open":
                    query = query.Where(p => p.Status != PetitionStatus.Closed && p.Status != PetitionStatus.Transferred && p.Status != PetitionStatus.Guided && p.Status != PetitionStatus.Filed);
                    break;
                case "closed":
                    query = query.Where(p => p.Status == PetitionStatus.Closed || p.Status == PetitionStatus.Transferred || p.Status == PetitionStatus.Guided || p.Status == PetitionStatus.Filed);
                    break;
                default:
                    throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { ["status"] = ["Open311.BadStatus"] } };
            }
        }
        var rows = await query.OrderByDescending(p => p.CreatedAt).Take(1000).ToListAsync(ct);
        return Write(http, format, "service_requests", "request", rows.Select(p => Item(p, l)));
    }

    private static IQueryable<Petition> Query(AppDbContext db) =>
        db.Set<Petition>().AsNoTracking().Include(p => p.Unit).Include(p => p.Deadlines)
            .Where(p => p.Kind == PetitionKind.Reflection || p.Kind == PetitionKind.Recommendation);

    /// <summary>What the public may know of a letter (as its tracking page shows): never the petitioner nor the letter's text.</summary>
    private static Dictionary<string, object?> Item(Petition p, IStringLocalizer l)
    {
        var closed = p.Status is PetitionStatus.Closed or PetitionStatus.Transferred or PetitionStatus.Guided or PetitionStatus.Filed;
        var due = PetitionReader.NextDeadline(p)?.DueOn;
        return new()
        {
            ["service_request_id"] = p.TrackingCode,
            ["status"] = closed ? "closed" : "open",
            ["status_notes"] = l[$"PetitionStatus.{p.Status}"].Value + (p.AnswerSummary is { } a ? ": " + a : ""),
            ["service_name"] = ServiceName(l, p.Kind),
            ["service_code"] = p.Kind.ToString(),
            ["agency_responsible"] = p.Unit?.Name,
            ["jurisdiction_id"] = p.Unit?.Code,
            ["requested_datetime"] = new DateTimeOffset(p.CreatedAt, TimeSpan.Zero).ToOffset(Clock.VietnamOffset),
            ["updated_datetime"] = p.AnsweredOn is { } on ? new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), Clock.VietnamOffset) : null,
            ["expected_datetime"] = due is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(17, 0)), Clock.VietnamOffset) : null,
        };
    }

    private static PetitionKind ServiceOf(string code) =>
        Enum.TryParse<PetitionKind>(code, ignoreCase: false, out var kind) && Services.Contains(kind)
            ? kind
            : throw DomainException.NotFound("Open311.UnknownService", code.Length > 40 ? code[..40] : code);

    private static DomainException Missing(string field) =>
        new(StatusCodes.Status400BadRequest, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { [field] = ["Validation.Required"] } };

    private static bool IsXml(string format) => RequireFormat(format) == "xml";

    private static string RequireFormat(string format) => format is "json" or "xml" ? format : throw DomainException.NotFound("Open311.Format");

    private static object? Xml(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static IResult Write(HttpContext http, string format, string root, string element, IEnumerable<Dictionary<string, object?>> items, int status = 200)
    {
        if (IsXml(format))
        {
            var xml = new XElement(root, items.Select(i => new XElement(element, i.Select(p => new XElement(p.Key, Xml(p.Value))))));
            return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml, "text/xml; charset=utf-8", statusCode: status);
        }
        return Results.Json(items.Select(i => i.ToDictionary(p => p.Key, p => p.Value is DateTimeOffset d ? Xml(d) : p.Value)).ToList(), (JsonSerializerOptions?)null, statusCode: status);
    }

    private static IResult Errors(HttpContext http, int status, string description)
    {
        var format = http.Request.Path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true ? "xml" : "json";
        if (format == "xml")
        {
            var xml = new XElement("errors", new XElement("error", new XElement("code", status), new XElement("description", description)));
            return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + xml, "text/xml; charset=utf-8", statusCode: status);
        }
        return Results.Json(new[] { new { code = status, description } }, (JsonSerializerOptions?)null, statusCode: status);
    }
}
