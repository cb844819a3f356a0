using System.Security.Cryptography;

namespace Grassroots.Web.Modules.Decisions;

public sealed record HouseholdRequest(string? Number, string? RepresentativeName, string? Address, bool? IsActive = null);

/// <param name="RepresentativeAccount">The user name of the representative's citizen account, shown to those who keep the roll.</param>
public sealed record HouseholdDto(Guid Id, string CommunityCode, string Number, string RepresentativeName, string? Address, bool IsActive, string? VoteCode,
    string? RepresentativeAccount = null);

/// <summary>The household roll of a residential community, kept by the commune.</summary>
public sealed class Households(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewVoteCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });

    public async Task<Unit> RequireCommunityAsync(string? code, Permission permission, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), permission, ct);
        return unit.Kind == UnitKind.ResidentialCommunity ? unit : throw DomainException.Invalid("Decision.NotACommunity", unit.Name);
    }

    public async Task<List<HouseholdDto>> ListAsync(string? communityCode, CancellationToken ct)
    {
        var community = await RequireCommunityAsync(communityCode, Permission.View, ct);
        var showCodes = await scope.CanAsync(community, Permission.Edit, ct);
        var rows = await db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == community.Id).OrderBy(h => h.Number)
            .Select(h => new { Household = h, Account = db.Users.Where(u => u.Id == h.RepresentativeAccountId).Select(u => u.UserName).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => ToDto(r.Household, community.Code, showCodes) with { RepresentativeAccount = showCodes ? r.Account : null }).ToList();
    }

    public async Task<HouseholdDto> AddAsync(string? communityCode, HouseholdRequest r, CancellationToken ct)
    {
        Validate(r);
        var community = await RequireCommunityAsync(communityCode, Permission.Edit, ct);
        var number = Text.Clean(r.Number);
        if (await db.Set<Household>().AnyAsync(h => h.CommunityId == community.Id && h.Number == number, ct))
        {
            throw DomainException.Conflict("Decision.HouseholdNumberTaken", number);
        }
        var household = new Household
        {
            CommunityId = community.Id,
            Number = number,
            RepresentativeName = Text.Clean(r.RepresentativeName),
            Address = Text.CleanOrNull(r.Address),
            VoteCode = NewVoteCode(),
            IsActive = r.IsActive ?? true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(household);
        await db.SaveChangesAsync(ct);
        return ToDto(household, community.Code, true);
    }

    /// <summary>A new representative, address, or the household leaving the roll.</summary>
    public async Task<HouseholdDto> UpdateAsync(Guid id, HouseholdRequest r, CancellationToken ct)
    {
        Validate(r);
        var household = await db.Set<Household>().Include(h => h.Community).FirstOrDefaultAsync(h => h.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.HouseholdNotFound");
        await scope.RequireAsync(household.Community!, Permission.Edit, ct);
        var number = Text.Clean(r.Number);
        if (number != household.Number && await db.Set<Household>().AnyAsync(h => h.CommunityId == household.CommunityId && h.Number == number, ct))
        {
            throw DomainException.Conflict("Decision.HouseholdNumberTaken", number);
        }
        household.Number = number;
        var representative = Text.Clean(r.RepresentativeName);
        if (representative != household.RepresentativeName)
        {
            // A new representative: the former one's account no longer speaks for the household.
            household.RepresentativeAccountId = null;
        }
        household.RepresentativeName = representative;
        household.Address = Text.CleanOrNull(r.Address);
        household.IsActive = r.IsActive ?? household.IsActive;
        await db.SaveChangesAsync(ct);
        var account = household.RepresentativeAccountId is { } accountId
            ? await db.Users.Where(u => u.Id == accountId).Select(u => u.UserName).FirstOrDefaultAsync(ct)
            : null;
        return ToDto(household, household.Community!.Code, true) with { RepresentativeAccount = account };
    }

    private static void Validate(HouseholdRequest r) => new Validation()
        .Text(r.Number, "number", 20)
        .Text(r.RepresentativeName, "representativeName", 200)
        .Text(r.Address, "address", 300, required: false)
        .ThrowIfInvalid();

    private static HouseholdDto ToDto(Household h, string community, bool showCode) =>
        new(h.Id, community, h.Number, h.RepresentativeName, h.Address, h.IsActive, showCode ? h.VoteCode : null);
}
