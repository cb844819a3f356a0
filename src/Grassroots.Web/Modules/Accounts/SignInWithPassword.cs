using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Grassroots.Web.Modules.Accounts;

/// <summary>What a sign-in asks next.</summary>
public enum SignInStep
{
    /// <summary>Signed in.</summary>
    Done,

    /// <summary>The password was right; the code of the person's authenticator app is asked next.</summary>
    Code,
}

/// <summary>
/// The one sign-in of every path (the sign-in page, its code step, and the API's token). A wrong user name, a wrong
/// password and a locked account get the one same answer; guessing is slowed down per name and address
/// (<see cref="SignInThrottle"/>), never by locking the account; every attempt is in the audit log. Administrators and
/// heads answer a second factor — the six-digit code of an authenticator app (TOTP) — once they have enrolled one, and are
/// sent to enrol before anything else when they have not (<see cref="TwoFactorRequired"/>).
/// </summary>
[Scoped]
public sealed class SignInWithPassword(AppDbContext db, SignInManager<AppUser> signIn, SignInThrottle throttle, AuditRecorder audit,
    IHttpContextAccessor http)
{
    /// <summary>The sign-in page: the password, then (when the account has a second factor) the code on the next step.</summary>
    public async Task<SignInStep> PageAsync(string? userName, string? password, CancellationToken ct)
    {
        var (name, address) = Judge(userName);
        var user = await signIn.UserManager.FindByNameAsync(name);
        var result = user is { IsActive: true } ? await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: false) : SignInResult.Failed;
        if (result.RequiresTwoFactor)
        {
            return SignInStep.Code;
        }
        await RecordAsync(user, name, address, result.Succeeded, ct);
        return SignInStep.Done;
    }

    /// <summary>The sign-in page's second step: the code of the account whose password was right a moment ago.</summary>
    public async Task PageCodeAsync(string? code, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync() ?? throw new DomainException(StatusCodes.Status401Unauthorized, "Auth.SignInAgain");
        var (name, address) = Judge(user.UserName);
        var result = user.IsActive ? await signIn.TwoFactorAuthenticatorSignInAsync(Text.Clean(code).Replace(" ", "", StringComparison.Ordinal), false, false) : SignInResult.Failed;
        await RecordAsync(user, name, address, result.Succeeded, ct, wrongKey: "Auth.WrongCode");
    }

    /// <summary>The API: the password, and the authenticator's code for an account that has one; no cookie.</summary>
    public async Task<AppUser> CheckAsync(string? userName, string? password, string? code, CancellationToken ct)
    {
        var (name, address) = Judge(userName);
        var user = await signIn.UserManager.FindByNameAsync(name);
        var ok = user is { IsActive: true } && await signIn.UserManager.CheckPasswordAsync(user, password ?? "");
        if (ok && user!.TwoFactorEnabled)
        {
            ok = !string.IsNullOrWhiteSpace(code) && await signIn.UserManager.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider,
                Text.Clean(code).Replace(" ", "", StringComparison.Ordinal));
            if (!ok && string.IsNullOrWhiteSpace(code))
            {
                throw new DomainException(StatusCodes.Status401Unauthorized, "Auth.CodeRequired");
            }
        }
        await RecordAsync(user, name, address, ok, ct);
        return user!;
    }

    /// <summary>The name as typed and the caller's address; refused at once while that pair has to wait.</summary>
    private (string Name, string Address) Judge(string? userName)
    {
        var name = Text.Clean(userName);
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "?";
        if (throttle.Wait(name, address) is { } wait)
        {
            throw new DomainException(StatusCodes.Status429TooManyRequests, "Auth.TryLater", (int)Math.Ceiling(wait.TotalSeconds)) { RetryAfter = wait };
        }
        return (name, address);
    }

    private async Task RecordAsync(AppUser? user, string name, string address, bool succeeded, CancellationToken ct, string wrongKey = "Auth.WrongCredentials")
    {
        db.AuditEntries.Add(audit.SignIn(user?.Id, name, succeeded));
        await db.SaveChangesAsync(ct);
        if (!succeeded)
        {
            throttle.Failed(name, address);
            throw new DomainException(StatusCodes.Status401Unauthorized, wrongKey);
        }
        throttle.Succeeded(name, address);
    }
}
