using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts;

/// <summary>
/// The one password check of every sign-in path (the sign-in page and the API's token): a locked or disabled account and
/// a wrong password are refused alike, failures count toward the lockout, and every attempt is in the audit log.
/// </summary>
public sealed class SignInWithPassword(AppDbContext db, SignInManager<AppUser> signIn, AuditRecorder audit)
{
    /// <summary>The account whose password this is; with <paramref name="cookie"/> the browser is signed in too.</summary>
    public async Task<AppUser> HandleAsync(string? userName, string? password, bool cookie, CancellationToken ct)
    {
        var name = Text.Clean(userName);
        var user = await signIn.UserManager.FindByNameAsync(name);
        var result = user is not { IsActive: true } ? SignInResult.Failed
            : cookie ? await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: true)
            : await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        db.AuditEntries.Add(audit.SignIn(user?.Id, name, result.Succeeded));
        await db.SaveChangesAsync(ct);
        return result.Succeeded ? user! : throw new DomainException(StatusCodes.Status401Unauthorized, result.IsLockedOut ? "Auth.LockedOut" : "Auth.WrongPassword");
    }
}
