namespace Grassroots.Web.Platform.Http;

/// <summary>The rate-limit policies endpoints and pages name; their sizes come from configuration (README, "RateLimits").</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts per address, on the API and the sign-in page alike (<c>RateLimits:TokenPerMinute</c>).</summary>
    public const string SignIn = "sign-in";

    /// <summary>What citizens send from the portal — letters, look-ups, votes, comments, file downloads — per address (<c>RateLimits:PublicPerMinute</c>).</summary>
    public const string Portal = "portal";
}
