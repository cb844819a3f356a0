namespace Grassroots.Web.Modules.Accounts.Tokens;

public sealed record IssueTokenRequest(string? Username, string? Password, string? Name = null, string? Code = null);

public sealed record IssuedToken(Guid Id, string Secret, DateTime ExpiresAt);

/// <summary>Checks the password (with lockout) and issues an expiring, revocable bearer token.</summary>
public sealed class IssueToken(AppDbContext db, SignInWithPassword signIn, TwoFactor.TwoFactorRequired twoFactor, TimeProvider clock, IConfiguration configuration)
{
    public async Task<IssuedToken> HandleAsync(IssueTokenRequest request, CancellationToken ct = default)
    {
        new Validation()
            .Text(request.Username, "username", FieldLength.UserName)
            .Text(request.Password, "password", FieldLength.UserName)
            .Text(request.Name, "name", 100, required: false)
            .ThrowIfInvalid();
        var user = await signIn.CheckAsync(request.Username, request.Password, request.Code, ct);
        if (await twoFactor.MustEnrolAsync(user.Id, ct))
        {
            throw DomainException.Forbidden("Auth.EnrolTwoFactor");
        }
        return await IssueAsync(user.Id, request.Name, ct);
    }

    /// <summary>For a person already signed in to the web app (the "API tokens" page).</summary>
    public async Task<IssuedToken> IssueAsync(Guid userId, string? name, CancellationToken ct = default)
    {
        new Validation().Text(name, "name", 100, required: false).ThrowIfInvalid();
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct))
        {
            throw new DomainException(StatusCodes.Status401Unauthorized, "Auth.AccountDisabled");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var hours = configuration.GetValue("Auth:TokenLifetimeHours", 8.0);
        var secret = ApiToken.NewSecret();
        var token = new ApiToken
        {
            UserId = userId,
            Name = Text.CleanOrNull(name) ?? "API",
            TokenHash = ApiToken.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddHours(hours),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedToken(token.Id, secret, token.ExpiresAt);
    }
}
