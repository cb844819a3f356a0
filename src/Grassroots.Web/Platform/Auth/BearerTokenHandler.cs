using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Platform.Auth;

/// <summary>Opaque bearer tokens issued by POST /api/v1/auth/token: looked up by hash, expiring, revocable.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string FailureKey = "Auth.BearerFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > 200)
        {
            return Fail("Auth.TokenInvalid");
        }
        var hash = ApiToken.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new { t.UserId, t.ExpiresAt, t.RevokedAt, t.User!.UserName, t.User.IsActive })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (token is null)
        {
            return Fail("Auth.TokenInvalid");
        }
        if (token.RevokedAt is not null)
        {
            return Fail("Auth.TokenRevoked");
        }
        if (token.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return Fail("Auth.TokenExpired");
        }
        if (!token.IsActive)
        {
            return Fail("Auth.AccountDisabled");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString()), new Claim(ClaimTypes.Name, token.UserName ?? "")],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Fail(string key)
    {
        Context.Items[FailureKey] = key;
        return AuthenticateResult.Fail(key);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var key = Context.Items[FailureKey] as string ?? "Auth.Required";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var text = localizer[key].Value;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = 401, Title = text, Detail = text },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var text = localizer["Http.403"].Value;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = 403, Title = text, Detail = text },
        });
    }
}
