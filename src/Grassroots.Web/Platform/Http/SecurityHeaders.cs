namespace Grassroots.Web.Platform.Http;

/// <summary>
/// The security headers of every response — pages, the API, static files, error pages, problem details, downloads,
/// redirects. They are written when the response starts, so nothing before (an exception handler that clears the
/// response, antiforgery's own X-Frame-Options) can leave a response without them or with weaker ones.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only the site's own files run and style pages: no inline script, no style attribute, no event handler attribute
    /// (a test scans every view). Images may be data: URIs (Bootstrap's icons, the authenticator's QR code). No page
    /// may be framed, by anyone.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Nothing of the app uses the camera, the microphone or the position of the device.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=()";

    /// <summary>No address of this site (a tracking page, a search) is told to another site.</summary>
    public const string ReferrerPolicy = "same-origin";

    /// <summary>Registered first in the pipeline, so that every response carries the headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            Write(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });

    private static void Write(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
