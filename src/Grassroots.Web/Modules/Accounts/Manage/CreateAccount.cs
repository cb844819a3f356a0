using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts.Manage;

public sealed record CreateAccountRequest(
    string? UserName, string? FullName, string? Position, string? Email, string? PhoneNumber,
    string? Password, string? HomeUnitCode, Role? Role);

/// <summary>An administrator opens an account at a unit in their reach, optionally with a first role there.</summary>
public sealed class CreateAccount(UserManager<AppUser> users, AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<AppUser> HandleAsync(CreateAccountRequest request, CancellationToken ct = default)
    {
        var userName = Text.Clean(request.UserName).ToLowerInvariant();
        new Validation()
            .Text(userName, "userName", FieldLength.AccountName)
            .Require(userName.Length is 0 or > 64 || userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'), "userName", "Account.UserNameInvalid")
            .Text(request.FullName, "fullName", AppUser.FullNameMaxLength)
            .Text(request.Position, "position", AppUser.FullNameMaxLength, required: false)
            .Text(request.Email, "email", 256, required: false)
            .Require(string.IsNullOrWhiteSpace(request.Email) || request.Email.Contains('@'), "email", "Account.EmailInvalid")
            .Text(request.PhoneNumber, "phoneNumber", 20, required: false)
            .Text(request.Password, "password", FieldLength.Password)
            .Text(request.HomeUnitCode, "homeUnitCode", Unit.CodeMaxLength)
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(request.HomeUnitCode), Permission.ManageAccounts, ct);
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw DomainException.Conflict("Account.UserNameTaken", userName);
        }
        var account = new AppUser
        {
            UserName = userName,
            FullName = Text.Clean(request.FullName),
            Position = Text.CleanOrNull(request.Position),
            Email = Text.CleanOrNull(request.Email),
            PhoneNumber = Text.CleanOrNull(request.PhoneNumber),
            HomeUnitId = unit.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // The grant rides in the store's save of the account (one context, one transaction).
        var grant = request.Role is { } role ? db.RoleGrants.Add(new RoleGrant { User = account, UnitId = unit.Id, Role = role, GrantedAt = account.CreatedAt }) : null;
        var result = await users.CreateAsync(account, request.Password!);
        if (!result.Succeeded)
        {
            grant?.State = EntityState.Detached;
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]>
                {
                    ["password"] = result.Errors.Select(e => "Identity." + e.Code).ToArray(),
                },
            };
        }
        return account;
    }
}
