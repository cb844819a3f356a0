using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Decisions.Households;

public sealed record RepresentativeAccountRequest(string? UserName, string? Password, string? PhoneNumber);

/// <summary>
/// The citizen account of a household's representative (NĐ59 Điều 3: one household, one voice through its representative).
/// The account holds no role on any unit: it reaches no officer's data, and speaks only for the household it is linked to.
/// The officer keeping the roll opens it, as they hand out the household's vote code.
/// </summary>
public sealed class OpenRepresentativeAccount(AppDbContext db, Communities communities, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task<HouseholdDto> HandleAsync(Guid householdId, RepresentativeAccountRequest r, CancellationToken ct)
    {
        var userName = Text.Clean(r.UserName).ToLowerInvariant();
        new Validation()
            .Text(userName, "userName", FieldLength.AccountName)
            .Require(userName.Length is 0 or > 64 || userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'), "userName", "Account.UserNameInvalid")
            .Text(r.Password, "password", FieldLength.Password)
            .Text(r.PhoneNumber, "phoneNumber", 20, required: false)
            .ThrowIfInvalid();
        var household = await communities.RequireHouseholdAsync(householdId, ct);
        if (!household.IsActive)
        {
            throw DomainException.Conflict("Decision.HouseholdInactive", household.Number);
        }
        if (household.RepresentativeAccountId is not null)
        {
            throw DomainException.Conflict("Decision.AccountLinked", household.Number);
        }
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw DomainException.Conflict("Account.UserNameTaken", userName);
        }
        var account = new AppUser
        {
            UserName = userName,
            FullName = household.RepresentativeName,
            Position = RepresentativePosition(household),
            PhoneNumber = Text.CleanOrNull(r.PhoneNumber),
            HomeUnitId = household.CommunityId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(account, r.Password!);
        if (!result.Succeeded)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => "Identity." + e.Code).ToArray() },
            };
        }
        household.RepresentativeAccountId = account.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return HouseholdDto.Of(household, household.Community!.Code, showCode: true, userName);
    }

    /// <summary>The account's position: whose household it speaks for ("Đại diện hộ gia đình số 015, Thôn Tân Hòa").</summary>
    public static string RepresentativePosition(Household household) => $"Đại diện hộ gia đình số {household.Number}, {household.Community!.Name}";
}
