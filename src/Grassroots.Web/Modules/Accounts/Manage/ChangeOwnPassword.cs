using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts.Manage;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

/// <summary>
/// A person changes their own password, giving the current one (docs/security.md, ASVS 2.1.5–2.1.6). Every other place
/// they are signed in ends (the security stamp changes, checked on every request) and their API tokens are revoked, in
/// the same save; nothing changes when the current password is wrong.
/// </summary>
public sealed class ChangeOwnPassword(AppDbContext db, CurrentUser user, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<AppUser> HandleAsync(ChangePasswordRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.CurrentPassword, "currentPassword", FieldLength.Password)
            .Text(r.NewPassword, "newPassword", FieldLength.Password)
            .Require(r.NewPassword == r.ConfirmPassword, "confirmPassword", "Account.PasswordsDiffer")
            .Require(string.IsNullOrEmpty(r.NewPassword) || r.NewPassword != r.CurrentPassword, "newPassword", "Account.PasswordUnchanged")
            .ThrowIfInvalid();
        var account = user.Id is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (account is null)
        {
            throw DomainException.Forbidden("Http.403");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ApiTokens.Where(t => t.UserId == account.Id && t.RevokedAt == null).ForEachAsync(t => t.RevokedAt = now, ct);
        // Saves the password, the new security stamp and the revoked tokens together; on failure nothing is saved.
        var result = await users.ChangePasswordAsync(account, r.CurrentPassword!, r.NewPassword!);
        if (!result.Succeeded)
        {
            var wrong = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = wrong
                    ? new Dictionary<string, string[]> { ["currentPassword"] = ["Account.WrongPassword"] }
                    : new Dictionary<string, string[]> { ["newPassword"] = result.Errors.Select(e => "Identity." + e.Code).ToArray() },
            };
        }
        return account;
    }
}
