namespace Grassroots.Web.Modules.Supervision.Boards;

public sealed record ByElectionRequest(DateOnly? ElectedOn, MemberRequest? Member);

public sealed record MemberLeavesRequest(DateOnly? LeftOn);

public sealed record DissolveRequest(DateOnly? DissolvedOn);

/// <summary>A by-election (bầu bổ sung): a member added to a board in place, under the same conditions as the others.</summary>
public sealed class ElectMember(AppDbContext db, SupervisionBoards boards)
{
    public async Task<SupervisionBoard> HandleAsync(Guid id, ByElectionRequest r, CancellationToken ct = default)
    {
        var v = new Validation().Require(r.ElectedOn is not null, "electedOn", "Validation.Required").Date(r.ElectedOn, "electedOn")
            .Require(r.Member is not null, "member", "Validation.Required");
        SupervisionBoards.Validate(v, r.Member is null ? [] : [r.Member], "member");
        v.ThrowIfInvalid();
        var board = await boards.LoadAsync(id, Permission.Edit, ct);
        if (!board.IsInPlaceOn(r.ElectedOn!.Value))
        {
            throw DomainException.Conflict("Supervision.BoardNotInPlace", board.Name, Text.Date(r.ElectedOn.Value));
        }
        if (board.Kind == BoardKind.Inspection && !SupervisionRules.ByElectionAllowed(r.ElectedOn.Value, board.TermEndsOn))
        {
            throw DomainException.Conflict("Supervision.ByElectionTooLate", Text.Date(board.TermEndsOn!.Value), SupervisionRules.BoardCitation);
        }
        var m = r.Member!;
        if (SupervisionRules.Refused(board.Kind, [(Text.Clean(m.Name), m.IsCommuneOfficial == true, m.Conflict ?? ConflictOfInterest.None)]) is { } refused)
        {
            throw DomainException.Invalid(refused.Key, refused.Name, board.Kind == BoardKind.Inspection ? SupervisionRules.BoardCitation : SupervisionRules.InvestmentCitation);
        }
        // Added explicitly: a new member found only through the tracked board's list, with its key already set, would be taken
        // for an existing row (an UPDATE of nothing: a false conflict).
        var member = SupervisionBoards.NewMember(m, r.ElectedOn);
        member.BoardId = board.Id;
        db.Add(member);
        board.Members.Add(member);
        await db.SaveChangesAsync(ct);
        return board;
    }
}

/// <summary>A member leaves the board; the board may not fall under five members (a by-election comes first).</summary>
public sealed class MemberLeaves(AppDbContext db, SupervisionBoards boards)
{
    public async Task<SupervisionBoard> HandleAsync(Guid id, Guid memberId, MemberLeavesRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.LeftOn is not null, "leftOn", "Validation.Required").Date(r.LeftOn, "leftOn").ThrowIfInvalid();
        var board = await boards.LoadAsync(id, Permission.Edit, ct);
        var member = board.Members.FirstOrDefault(m => m.Id == memberId) ?? throw DomainException.NotFound("Supervision.MemberNotFound");
        if (member.LeftOn is not null || member.ElectedOn is not { } elected || r.LeftOn < elected)
        {
            throw DomainException.Conflict("Supervision.MemberNotActive", member.Name);
        }
        var remaining = board.Members.Count(m => m.Id != memberId && m.IsActiveOn(r.LeftOn!.Value));
        if (remaining < SupervisionRules.MinimumMembers)
        {
            throw DomainException.Conflict("Supervision.TooFewMembers", remaining, SupervisionRules.MinimumMembers, SupervisionRules.BoardCitation);
        }
        member.LeftOn = r.LeftOn;
        await db.SaveChangesAsync(ct);
        return board;
    }
}

/// <summary>A board ends: an investment board when its project ends, an inspection board at the end of its term.</summary>
public sealed class DissolveBoard(AppDbContext db, SupervisionBoards boards)
{
    public async Task<SupervisionBoard> HandleAsync(Guid id, DissolveRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.DissolvedOn is not null, "dissolvedOn", "Validation.Required").Date(r.DissolvedOn, "dissolvedOn").ThrowIfInvalid();
        var board = await boards.LoadAsync(id, Permission.Edit, ct);
        if (board.DissolvedOn is not null || board.EstablishedOn is not { } established || r.DissolvedOn <= established)
        {
            throw DomainException.Conflict("Supervision.BoardNotInPlace", board.Name, Text.Date(r.DissolvedOn!.Value));
        }
        board.DissolvedOn = r.DissolvedOn;
        if (board.Kind == BoardKind.Investment && (board.ProjectEndsOn is null || board.ProjectEndsOn > r.DissolvedOn))
        {
            board.ProjectEndsOn = r.DissolvedOn; // dissolved because the project ended
        }
        await db.SaveChangesAsync(ct);
        return board;
    }
}
