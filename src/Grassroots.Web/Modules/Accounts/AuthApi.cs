using System.Text.Json.Serialization;
using Grassroots.Web.Modules.Accounts.Tokens;

namespace Grassroots.Web.Modules.Accounts;

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_at")] DateTime ExpiresAt,
    [property: JsonPropertyName("token_id")] Guid TokenId);

public sealed record TokenInfo(Guid Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);

public sealed record GrantDto(int Id, Role Role, string UnitCode, string UnitName);

public sealed record MeDto(Guid Id, string UserName, string FullName, string? Position, string HomeUnitCode, IReadOnlyList<GrantDto> Grants);

public static class AuthApi
{
    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");
        auth.MapPost("/token", PostToken).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithSummary("Exchange a username and password for a bearer token {access_token, expires_at}.");
        auth.MapGet("/me", GetMe).Requires(Permission.View, "self").WithSummary("The caller's account and roles.");
        auth.MapGet("/tokens", GetTokens).Requires(Permission.View, "self").WithSummary("The caller's own tokens.");
        auth.MapDelete("/tokens/{id:guid}", DeleteToken).Requires(Permission.ManageAccounts, "self-or-account")
            .WithSummary("Revoke a token: the caller's own, or one of an account the caller manages.");
        return api;
    }

    private static async Task<Ok<TokenResponse>> PostToken(IssueTokenRequest request, IssueToken handler, CancellationToken ct)
    {
        var token = await handler.HandleAsync(request, ct);
        return TypedResults.Ok(new TokenResponse(token.Secret, "Bearer", token.ExpiresAt, token.Id));
    }

    private static async Task<Ok<MeDto>> GetMe(AccountReader reader, CancellationToken ct) => TypedResults.Ok(await reader.MeAsync(ct));

    private static async Task<Ok<List<TokenInfo>>> GetTokens(AccountReader reader, CancellationToken ct) => TypedResults.Ok(await reader.TokensAsync(ct));

    private static async Task<NoContent> DeleteToken(Guid id, RevokeToken handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }
}
