using System.Text.Json;
using Grassroots.Web.Platform.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Platform.Http;

public static class ProblemSetup
{
    public static bool IsApi(this HttpRequest request) => IsApiPath(request.Path.Value);

    /// <summary>While an exception is handled the request path is the error page's; the feature keeps the original.</summary>
    public static bool IsApiOriginally(this HttpContext context) =>
        IsApiPath(context.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.Request.Path.Value);

    // On the raw text: a path with a NUL in it (%00) cannot become a PathString, and must still be answered.
    // Feeds (".ics", read by calendar apps) and Open311 are machine interfaces too: their refusals are problem details.
    private static bool IsApiPath(string? path) => IsUnder(path, "/api") || IsUnder(path, "/health") || IsUnder(path, "/open311")
        || (path is not null && path.EndsWith(".ics", StringComparison.OrdinalIgnoreCase));

    private static bool IsUnder(string? path, string segment) =>
        path is not null && path.StartsWith(segment, StringComparison.OrdinalIgnoreCase) && (path.Length == segment.Length || path[segment.Length] == '/');

    public static IServiceCollection AddGrassrootsProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var localizer = ctx.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            // Titles for plain status codes (401 from the bearer scheme, 404 for an unknown route, 405...).
            if (ctx.ProblemDetails.Status is { } status && string.IsNullOrEmpty(ctx.ProblemDetails.Detail))
            {
                var text = localizer[$"Http.{status}"];
                if (!text.ResourceNotFound)
                {
                    ctx.ProblemDetails.Title = text.Value;
                    ctx.ProblemDetails.Detail = text.Value;
                }
            }
            // The request's correlation id: the key to its log lines and its trace (RequestTracing).
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.CorrelationId();
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Bad JSON and wrongly typed route values become exceptions we can answer in Vietnamese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new DefinedEnumConverterFactory());
            o.SerializerOptions.Converters.Add(new PrintableStringConverter());
        });
        return services;
    }
}

/// <summary>
/// Maps refusals and malformed requests to RFC 7807 problem details in the request's language. For pages
/// it answers only API requests; the HTML error page handles the rest.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> localizer,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFaults.IsUnavailable(exception))
        {
            // A failover in progress, or a standby gone (docs/operations.md): nothing was saved; the user tries again.
            logger.LogWarning(exception, "Database unavailable on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            if (httpContext.RequestServices.GetService<ReadRoute>() is { Replica: { } replica } && httpContext.RequestServices.GetService<ReplicaSet>() is { } set)
            {
                set.Failed(replica, exception);
            }
            exception = DatabaseFaults.Unavailable();
        }
        var problem = ToProblem(exception, localizer);
        // The handler runs on the error path: the log names the path the request asked for.
        var path = httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (problem is null)
        {
            if (!httpContext.IsApiOriginally())
            {
                return false; // a real fault: logged by the middleware, the error page answers 500
            }
            logger.LogError(exception, "Fault on {Method} {Path}", httpContext.Request.Method, path);
            var text = localizer["Http.500"].Value;
            problem = new ProblemDetails { Status = 500, Title = text, Detail = text };
        }
        else
        {
            logger.LogInformation("Refused {Method} {Path}: {Status} {Key}", httpContext.Request.Method, path,
                problem.Status, exception is DomainException d ? d.MessageKey : exception.GetType().Name);
        }
        httpContext.Items[nameof(ProblemDetails)] = problem;
        if (exception is DomainException { RetryAfter: { } retry })
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!httpContext.IsApiOriginally())
        {
            return false; // the error page renders it
        }
        httpContext.Response.StatusCode = problem.Status ?? 400;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static bool IsRefusal(Exception exception) => exception is DomainException or BadHttpRequestException or InvalidDataException;

    public static ProblemDetails? ToProblem(Exception exception, IStringLocalizer localizer)
    {
        switch (exception)
        {
            case DomainException domain:
                {
                    var title = localizer.Localize(domain.MessageKey, domain.Arguments);
                    if (domain.FieldErrors.Count > 0)
                    {
                        var errors = domain.FieldErrors.ToDictionary(
                            e => e.Key,
                            e => e.Value.Select(k => localizer.Localize(k, [FieldLabel(localizer, e.Key)])).ToArray());
                        return new ValidationProblemDetails(errors)
                        {
                            Status = domain.Status,
                            Title = title,
                            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
                        };
                    }
                    return new ProblemDetails { Status = domain.Status, Title = title, Detail = title };
                }
            case BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } path } json }
                when Innermost<RefusedJsonValue>(json) is { } refused:
                {
                    // A value our converters refused ("kind": 99, a NUL in a name): named like any other invalid field.
                    var field = path.TrimStart('$', '.');
                    return ToProblem(new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
                    {
                        FieldErrors = new Dictionary<string, string[]> { [field] = [refused.MessageKey] },
                    }, localizer);
                }
            case BadHttpRequestException bad:
                {
                    // "Failed to bind parameter "int days" from "x"": a route or query value of the wrong type, named to the caller.
                    var parameter = bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) ? BoundParameter().Match(bad.Message) : null;
                    var text = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? localizer["Http.413"].Value
                        : parameter is { Success: true } ? localizer["Http.BadParameter", parameter.Groups[1].Value].Value
                        : localizer["Http.BadRequestBody"].Value;
                    return new ProblemDetails { Status = bad.StatusCode, Title = text, Detail = text };
                }
            case InvalidDataException data:
                {
                    // Thrown while a form is read: past one of its limits (a 4 MiB field, too many values, a multipart body
                    // too long: "Form value length limit 4194304 exceeded.") it is too large; a value that cannot be
                    // decoded ("%00": "The form value contains invalid characters.") is a bad request.
                    var tooLarge = data.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
                    var text = localizer[tooLarge ? "Http.413" : "Http.UnreadableForm"].Value;
                    return new ProblemDetails
                    {
                        Status = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                        Title = text,
                        Detail = text,
                    };
                }
            default:
                return null;
        }
    }

    /// <summary>A field's label from the resources, or its own name when it has none (a query value such as <c>q</c>).</summary>
    private static string FieldLabel(IStringLocalizer localizer, string field) => Localization.FieldLabels.Of(localizer, field);

    private static T? Innermost<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Failed to bind parameter \"[^ \"]+ ([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();
}
