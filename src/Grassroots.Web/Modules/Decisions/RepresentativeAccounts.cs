using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Decisions;

public sealed record RepresentativeAccountRequest(string? UserName, string? Password, string? PhoneNumber);

/// <summary>A matter as the representative sees it: whether the household can still vote online, and how it already voted.</summary>
public sealed record MyMatterDto(MatterDto Matter, bool CanVoteOnline, VoteForm? VotedBy);

public sealed record MyHouseholdDto(Guid HouseholdId, string Number, string RepresentativeName, string CommunityCode, string CommunityName, string CommuneCode,
    IReadOnlyList<MyMatterDto> Matters);

/// <summary>
/// The citizen account of a household's representative (NĐ59 Điều 3: one household, one voice through its representative).
/// The account holds no role on any unit: it reaches no officer's data, and speaks only for the household it is linked to.
/// The officer keeping the roll opens it, as they hand out the household's vote code.
/// </summary>
public sealed class RepresentativeAccounts(AppDbContext db, UnitScope scope, UserManager<AppUser> users, CurrentUser user, DecisionReader reader, TimeProvider clock)
{
    public async Task<HouseholdDto> CreateAsync(Guid householdId, RepresentativeAccountRequest r, CancellationToken ct)
    {
        var userName = Text.Clean(r.UserName).ToLowerInvariant();
        new Validation()
            .Text(userName, "userName", 64)
            .Require(userName.Length is 0 or > 64 || userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'), "userName", "Account.UserNameInvalid")
            .Text(r.Password, "password", 128)
            .Text(r.PhoneNumber, "phoneNumber", 20, required: false)
            .ThrowIfInvalid();
        var household = await LoadAsync(householdId, ct);
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
            Position = $"Đại diện hộ gia đình số {household.Number}, {household.Community!.Name}",
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
        return new HouseholdDto(household.Id, household.Community.Code, household.Number, household.RepresentativeName, household.Address, household.IsActive,
            household.VoteCode, userName);
    }

    /// <summary>The account stops speaking for the household (it stays, without any reach).</summary>
    public async Task UnlinkAsync(Guid householdId, CancellationToken ct)
    {
        var household = await LoadAsync(householdId, ct);
        if (household.RepresentativeAccountId is null)
        {
            throw DomainException.Conflict("Decision.NoAccount", household.Number);
        }
        household.RepresentativeAccountId = null;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The signed-in representative's household and its community's matters; 404 for an account linked to none.</summary>
    public async Task<MyHouseholdDto> MineAsync(CancellationToken ct)
    {
        var household = await MyHouseholdAsync(ct) ?? throw DomainException.NotFound("Decision.NotARepresentative");
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Id == household.CommunityId, ct);
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == community.ParentId).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "";
        var matters = await reader.ListAsync(db.Set<DecisionMatter>().Where(m => m.CommunityId == household.CommunityId), 30, ct);
        var ids = matters.Select(m => m.Id).ToList();
        var votes = await db.Set<DecisionVote>().AsNoTracking().Where(v => v.HouseholdId == household.Id && ids.Contains(v.MatterId))
            .Select(v => new { v.MatterId, v.Form }).ToListAsync(ct);
        return new MyHouseholdDto(household.Id, household.Number, household.RepresentativeName, community.Code, community.Name, commune,
            matters.Select(m =>
            {
                var voted = votes.FirstOrDefault(v => v.MatterId == m.Id)?.Form;
                return new MyMatterDto(m, voted is null && m.IsOpen && m.Forms.HasFlag(DecisionForms.Online), voted);
            }).ToList());
    }

    /// <summary>The active household the signed-in account represents, if any.</summary>
    public async Task<Household?> MyHouseholdAsync(CancellationToken ct) =>
        user.Id is { } id
            ? await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.RepresentativeAccountId == id && h.IsActive, ct)
            : null;

    private async Task<Household> LoadAsync(Guid householdId, CancellationToken ct)
    {
        var household = await db.Set<Household>().Include(h => h.Community).FirstOrDefaultAsync(h => h.Id == householdId, ct)
            ?? throw DomainException.NotFound("Decision.HouseholdNotFound");
        await scope.RequireAsync(household.Community!, Permission.Edit, ct);
        return household;
    }
}
