using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Platform.Http;

/// <summary>
/// Public pages a shared cache may keep for a few seconds (docs/operations.md, "Reverse proxy"). A page whose reads already
/// tolerate a few seconds' lag (<see cref="Data.ReadsFromReplicaAttribute"/>: the portal's front page of a unit), asked by
/// someone not signed in, answered 200 without setting a cookie, says <c>Cache-Control: public, max-age=N</c>
/// (<c>SharedCache:Seconds</c>, 5 by default, 0 to turn it off) with <c>Vary: Cookie</c>: nginx (deploy/nginx) then answers
/// the same page to every citizen for those seconds without asking the app, and anyone with a cookie (a signed-in officer, a
/// chosen language) gets their own. Everything else is sent as before, with no such header, and no cache keeps it.
/// </summary>
public static class SharedCache
{
    public static IApplicationBuilder UseSharedCache(this IApplicationBuilder app, IConfiguration configuration)
    {
        var seconds = configuration.GetValue<int?>("SharedCache:Seconds") ?? 5;
        if (seconds is < 0 or > 300)
        {
            throw new InvalidOperationException($"SharedCache:Seconds must be between 0 and 300, not {seconds}.");
        }
        if (seconds == 0)
        {
            return app;
        }
        var value = $"public, max-age={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.OnStarting(() =>
                {
                    var response = context.Response;
                    if (response.StatusCode == StatusCodes.Status200OK
                        && context.User.Identity?.IsAuthenticated != true
                        && !context.Request.Headers.ContainsKey("Authorization")
                        && !response.Headers.ContainsKey("Set-Cookie")
                        && !response.Headers.ContainsKey("Cache-Control")
                        && context.GetEndpoint()?.Metadata.GetMetadata<Data.ReadsFromReplicaAttribute>() is not null)
                    {
                        response.Headers.CacheControl = value;
                        response.Headers.Vary = "Cookie";
                    }
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
    }
}

/// <summary>
/// The flash messages' cookie, written only when there is something to write or to clear: MVC's own provider answers every
/// page that looked for a message with a cookie that deletes one the browser never had, which stops any cache from
/// keeping a public page.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName))
        {
            return;
        }
        inner.SaveTempData(context, values);
    }
}
