using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace Grassroots.Web.Platform.Http;

public static class HttpSetup
{
    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute, string bucket = "") =>
        RateLimitPartition.GetFixedWindowLimiter(bucket + (context.Connection.RemoteIpAddress?.ToString() ?? "?"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public static IServiceCollection AddGrassrootsHttp(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddRateLimiter(o =>
        {
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Http.429"].Value;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                if (!http.Request.IsApi())
                {
                    return; // a bare 429: the site's error page says it in the reader's language (status code pages)
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = 429, Title = text, Detail = text },
                });
            };
        });
        // The limits are read once: configuration is read under a lock, and the portal's busiest endpoint asked it on
        // every request.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var token = configuration.GetValue("RateLimits:TokenPerMinute", 20);
            var portal = configuration.GetValue("RateLimits:PublicPerMinute", 60);
            var reads = configuration.GetValue("RateLimits:PortalReadsPerMinute", 600);
            // Every sign-in path: the token endpoint and the sign-in page's forms (reading the page is not counted).
            o.AddPolicy(RateLimits.SignIn, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : PerAddress(context, token));
            o.AddPolicy(RateLimits.Portal, context => RateLimits.IsPageRead(context) ? PerAddress(context, reads, "read:") : PerAddress(context, portal));
        });
        services.AddOpenApi("v1", o => o.AddSchemaTransformer((schema, context, _) =>
        {
            // Our converters (DefinedEnumConverterFactory, PrintableStringConverter) hide the types from the generator:
            // say them again, with the names an enum takes, so a client sees what it may send.
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type == typeof(string))
            {
                schema.Type = JsonSchemaType.String | (context.JsonPropertyInfo is { IsSetNullable: true } ? JsonSchemaType.Null : 0);
            }
            else if (type.IsEnum)
            {
                schema.Type = JsonSchemaType.String | (type != context.JsonTypeInfo.Type ? JsonSchemaType.Null : 0);
                schema.Enum = [.. Enum.GetNames(type).Select(n => (System.Text.Json.Nodes.JsonNode)n)];
            }
            else if (type != typeof(string) && type.GetInterfaces().Contains(typeof(IEnumerable<string>)) && schema.Items is null)
            {
                schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
            }
            return Task.CompletedTask;
        }).AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Grassroots — Dân chủ cơ sở số",
                Version = "v1",
                Description = "JSON API. Obtain a token with POST /api/v1/auth/token, then send 'Authorization: Bearer <access_token>'. " +
                    "Errors are RFC 7807 problem details in Vietnamese; add ?lang=en for English.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Token from POST /api/v1/auth/token",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication UseGrassrootsPipeline(this WebApplication app)
    {
        // The proxy's headers, the security headers of every response, HTTPS in Production.
        app.UseGrassrootsTransport();
        // Each request's correlation id, in its response, its log lines and its span (after the proxy's headers).
        app.UseCorrelationIds();
        // The operators' /metrics, for the allowed addresses only (after the proxy's headers name the real client).
        app.UseOperatorMetrics(app.Configuration);
        // Localization next, so refusals caught further in are answered in the request's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // A refusal (a user's mistake, a page out of reach) is not a fault: logged once as a refusal, without a stack trace.
            SuppressDiagnosticsCallback = c => ProblemExceptionHandler.IsRefusal(c.Exception),
        });
        // Bare status codes: problem details for the API, a friendly page for people.
        app.UseWhen(c => c.Request.IsApi(), b => b.UseStatusCodePages());
        app.UseWhen(c => !c.Request.IsApi(), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UsePrintableInput();
        app.UseStaticFiles();
        app.UseRouting();
        // After a write, the user's next reads wait for a standby that has it (docs/operations.md); nothing without replicas.
        app.UseReadYourWrites();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // Public pages that tolerate a few seconds' lag may be kept that long by the reverse proxy's cache.
        app.UseSharedCache(app.Configuration);
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = ApiDocs.RoutePrefix;
            o.SwaggerEndpoint(ApiDocs.Document, "Grassroots v1");
            o.DocumentTitle = "Grassroots API";
            o.IndexStream = ApiDocs.Index;
        });
        return app;
    }
}
