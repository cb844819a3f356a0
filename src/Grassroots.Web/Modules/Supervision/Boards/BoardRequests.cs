namespace Grassroots.Web.Modules.Supervision.Boards;

public sealed record MemberRequest(string? Name, MemberRole? Role, string? Residence, bool? IsCommuneOfficial, ConflictOfInterest? Conflict);

public sealed record ProjectRequest(string? Name, string? Investor, decimal? Funds, string? Place, DateOnly? StartsOn, DateOnly? EndsOn);

/// <summary>What the use cases on boards share: loading a board within the caller's reach, and judging a list of members.</summary>
[Scoped]
public sealed class SupervisionBoards(AppDbContext db, UnitScope scope)
{
    public async Task<SupervisionBoard> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var board = await db.Set<SupervisionBoard>().Include(b => b.Unit).Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.BoardNotFound");
        await scope.RequireAsync(board.Unit!, permission, ct);
        return board;
    }

    /// <summary>The commune (or ward, township, special zone) a board belongs to, in the caller's reach to edit.</summary>
    public async Task<Unit> CommuneAsync(string? code, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), Permission.Edit, ct);
        if (!unit.Kind.IsCommuneLevel())
        {
            throw DomainException.Invalid("Supervision.NotACommune", unit.Name);
        }
        return unit;
    }

    /// <summary>The members' fields, checked at the edge.</summary>
    public static void Validate(Validation v, IReadOnlyList<MemberRequest>? members, string field)
    {
        var list = members ?? [];
        v.Require(list.Count <= 50, field, "Validation.OutOfRange");
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            v.Text(m?.Name, $"{field}[{i}].name", FieldLength.PersonName)
                .Text(m?.Residence, $"{field}[{i}].residence", FieldLength.Name, required: false);
        }
    }

    /// <summary>At least five distinct people, none a commune official on an inspection board, none tied to the project on an investment board.</summary>
    public static void RequireEligible(BoardKind kind, IReadOnlyList<(string Name, bool IsCommuneOfficial, ConflictOfInterest Conflict)> members)
    {
        var distinct = members.Select(m => Text.Clean(m.Name).ToUpperInvariant()).Distinct().Count();
        if (distinct < SupervisionRules.MinimumMembers)
        {
            throw DomainException.Invalid("Supervision.TooFewMembers", distinct, SupervisionRules.MinimumMembers,
                kind == BoardKind.Inspection ? SupervisionRules.BoardCitation : SupervisionRules.InvestmentCitation);
        }
        if (SupervisionRules.Refused(kind, members) is { } refused)
        {
            throw DomainException.Invalid(refused.Key, refused.Name, kind == BoardKind.Inspection ? SupervisionRules.BoardCitation : SupervisionRules.InvestmentCitation);
        }
    }

    public static BoardMember NewMember(MemberRequest m, DateOnly? electedOn) => new()
    {
        Name = Text.Clean(m.Name),
        Role = m.Role ?? MemberRole.Member,
        Residence = Text.CleanOrNull(m.Residence),
        IsCommuneOfficial = m.IsCommuneOfficial == true,
        Conflict = m.Conflict ?? ConflictOfInterest.None,
        ElectedOn = electedOn,
    };

    /// <summary>The inspection board in place or being elected in the commune, other than <paramref name="except"/>.</summary>
    public Task<SupervisionBoard?> CurrentInspectionBoardAsync(int unitId, Guid? except, CancellationToken ct) =>
        db.Set<SupervisionBoard>().Where(b => b.UnitId == unitId && b.Kind == BoardKind.Inspection && b.DissolvedOn == null && b.Id != except)
            .OrderByDescending(b => b.CreatedAt).FirstOrDefaultAsync(ct);
}
