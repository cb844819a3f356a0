namespace Grassroots.Web.Platform.Http;

/// <summary>The rate-limit policies endpoints and pages name; their sizes come from configuration (README, "RateLimits").</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts per address, on the API and the sign-in page alike (<c>RateLimits:TokenPerMinute</c>).</summary>
    public const string SignIn = "sign-in";

    /// <summary>
    /// The portal, per address. What citizens send — letters, votes, comments — and what could be guessed or drained
    /// — look-ups by code, file downloads, every public API call — counts against <c>RateLimits:PublicPerMinute</c>.
    /// Reading a portal page (a GET of a page without a handler, on a page not marked <see cref="LookUpAttribute"/>)
    /// counts against its own, larger <c>RateLimits:PortalReadsPerMinute</c>: a whole commune behind one address
    /// (a mobile carrier's, the commune hall's Wi-Fi) reads the portal without being refused.
    /// </summary>
    public const string Portal = "portal";

    /// <summary>Whether the request reads a portal page (the larger limit) rather than sends, looks up or downloads.</summary>
    public static bool IsPageRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && !context.Request.IsApi() && !context.Request.Query.ContainsKey("handler")
            && context.GetEndpoint()?.Metadata.GetMetadata<LookUpAttribute>() is null;
}

/// <summary>A portal page whose reading is a look-up by a code (tracking a letter): limited like a submission, against guessing.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LookUpAttribute : Attribute;
