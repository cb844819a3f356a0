using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Supervision.Boards;

public sealed record ElectBoardRequest(string? UnitCode, string? CommunityCode, DateOnly? OpensOn, DateOnly? ClosesOn, DateOnly? TermEndsOn,
    IReadOnlyList<MemberRequest>? Candidates);

public sealed record ConfirmElectionRequest(DateOnly? RecognisedOn, string? Note);

/// <summary>
/// Puts the list of candidates for the commune's People's Inspection Board to the households' meeting of a village, as
/// a community decision (matter 5 of L10 Điều 15, through <see cref="ICommunityVotes"/>): the candidates are checked
/// first (at least five, none a commune official), and the board waits for the vote.
/// </summary>
public sealed class ElectInspectionBoard(AppDbContext db, SupervisionBoards boards, ICommunityVotes votes, CurrentUser user, TimeProvider clock)
{
    public async Task<SupervisionBoard> HandleAsync(ElectBoardRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.CommunityCode, "communityCode", Unit.CodeMaxLength)
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Date(r.OpensOn, "opensOn").Date(r.ClosesOn, "closesOn").Date(r.TermEndsOn, "termEndsOn")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Supervision.EndBeforeStart");
        SupervisionBoards.Validate(v, r.Candidates, "candidates");
        v.ThrowIfInvalid();
        var unit = await boards.CommuneAsync(r.UnitCode, ct);
        var community = await db.Units.FirstOrDefaultAsync(u => u.Code == Text.Clean(r.CommunityCode), ct)
            ?? throw DomainException.NotFound("Unit.NotFound", r.CommunityCode);
        if (community.Kind != UnitKind.ResidentialCommunity || community.ParentId != unit.Id)
        {
            throw DomainException.Invalid("Supervision.NotAVillageOf", community.Name, unit.Name);
        }
        var candidates = r.Candidates!;
        SupervisionBoards.RequireEligible(BoardKind.Inspection, candidates.Select(m => (Text.Clean(m.Name), m.IsCommuneOfficial == true, ConflictOfInterest.None)).ToList());
        if (await boards.CurrentInspectionBoardAsync(unit.Id, null, ct) is { EstablishedOn: null })
        {
            throw DomainException.Conflict("Supervision.ElectionOpen", unit.Name);
        }
        var board = new SupervisionBoard
        {
            UnitId = unit.Id,
            Kind = BoardKind.Inspection,
            Name = RecordBoard.DefaultName(BoardKind.Inspection, unit, null),
            TermEndsOn = r.TermEndsOn,
            ElectionCommunity = community.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
            Members = candidates.Select(m => SupervisionBoards.NewMember(m, null)).ToList(),
        };
        var names = string.Join(", ", board.Members.Select(m => m.Name));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        board.ElectionMatterId = await votes.OpenBoardElectionAsync(new BoardElectionRequest(community.Code,
            $"Bầu thành viên Ban Thanh tra nhân dân {unit.Name}", $"Danh sách người ứng cử: {names}.", r.OpensOn!.Value, r.ClosesOn!.Value,
            new VoteOrigin($"/supervision/boards/{board.Id}", board.Name)), ct);
        db.Add(board);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return board;
    }
}

/// <summary>
/// The households' vote closed: elected when more than half of all households approved the list (docs/legal.md
/// L10-21-1-HALF), the board is in place from the day of the meeting, its candidates its members, the previous term's board
/// ends, and the result's recognition by the Front's standing committee is recorded with it (L10-21-2).
/// </summary>
public sealed class ConfirmElection(AppDbContext db, SupervisionBoards boards, ICommunityVotes votes)
{
    public async Task<SupervisionBoard> HandleAsync(Guid id, ConfirmElectionRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.RecognisedOn is not null, "recognisedOn", "Validation.Required").Date(r.RecognisedOn, "recognisedOn")
            .Text(r.Note, "note", FieldLength.Note, required: false).ThrowIfInvalid();
        var board = await boards.LoadAsync(id, Permission.Edit, ct);
        if (board.ElectionMatterId is not { } matterId || board.EstablishedOn is not null)
        {
            throw DomainException.Conflict("Supervision.NoOpenElection");
        }
        var vote = await votes.GetAsync(matterId, ct);
        if (!vote.IsClosed)
        {
            throw DomainException.Conflict("Supervision.VoteNotClosed", Text.Date(vote.ClosesOn));
        }
        if (vote.Approved != true || vote.DecidedOn is not { } decidedOn)
        {
            throw DomainException.Conflict("Supervision.NotElected", vote.InFavour, vote.Households, vote.Citation);
        }
        if (r.RecognisedOn < decidedOn)
        {
            throw DomainException.Invalid("Supervision.RecognisedBeforeVote", Text.Date(decidedOn));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await boards.CurrentInspectionBoardAsync(board.UnitId, board.Id, ct) is { EstablishedOn: not null } previous)
        {
            previous.DissolvedOn = decidedOn;
        }
        board.EstablishedOn = decidedOn;
        foreach (var m in board.Members)
        {
            m.ElectedOn = decidedOn;
        }
        await db.SaveChangesAsync(ct);
        await votes.RecogniseAsync(matterId, r.RecognisedOn!.Value, Text.CleanOrNull(r.Note) ?? "Ban Thường trực Ủy ban Mặt trận Tổ quốc cấp xã công nhận kết quả bầu", ct);
        await transaction.CommitAsync(ct);
        return board;
    }
}
