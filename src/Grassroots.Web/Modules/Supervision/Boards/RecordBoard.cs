namespace Grassroots.Web.Modules.Supervision.Boards;

public sealed record RecordBoardRequest(string? UnitCode, BoardKind? Kind, string? Name, DateOnly? EstablishedOn, DateOnly? TermEndsOn,
    IReadOnlyList<MemberRequest>? Members, ProjectRequest? Project);

/// <summary>
/// Records a board already in place (its election or the Front's decision on paper): an inspection board of a commune
/// (a new term ends the previous board's), or an investment board of one project. Fewer than five members, a commune
/// official on an inspection board, or the project's investor, contractor, consultant or their relative on an investment
/// board is refused, and nothing is saved (docs/legal.md SUP-BOARD-5, SUP-INVEST-CONFLICT).
/// </summary>
public sealed class RecordBoard(AppDbContext db, SupervisionBoards boards, CurrentUser user, TimeProvider clock)
{
    public async Task<SupervisionBoard> HandleAsync(RecordBoardRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Text(r.Name, "name", FieldLength.Title, required: false)
            .Require(r.EstablishedOn is not null, "establishedOn", "Validation.Required")
            .Date(r.EstablishedOn, "establishedOn").Date(r.TermEndsOn, "termEndsOn")
            .Require(r.TermEndsOn is null || r.EstablishedOn is null || r.TermEndsOn > r.EstablishedOn, "termEndsOn", "Supervision.EndBeforeStart");
        SupervisionBoards.Validate(v, r.Members, "members");
        if (r.Kind == BoardKind.Investment)
        {
            v.Require(r.Project is not null, "project", "Validation.Required")
                .Text(r.Project?.Name, "project.name", FieldLength.Title)
                .Text(r.Project?.Investor, "project.investor", FieldLength.Name)
                .Text(r.Project?.Place, "project.place", FieldLength.Name, required: false)
                .Require(r.Project?.Funds is null or (>= 0 and < 1_000_000_000_000_000m), "project.funds", "Validation.OutOfRange")
                .Date(r.Project?.StartsOn, "project.startsOn").Date(r.Project?.EndsOn, "project.endsOn")
                .Require(r.Project?.StartsOn is null || r.Project.EndsOn is null || r.Project.EndsOn >= r.Project.StartsOn, "project.endsOn", "Supervision.EndBeforeStart");
        }
        v.ThrowIfInvalid();
        var unit = await boards.CommuneAsync(r.UnitCode, ct);
        var members = r.Members!;
        SupervisionBoards.RequireEligible(r.Kind!.Value, members.Select(m => (Text.Clean(m.Name), m.IsCommuneOfficial == true, m.Conflict ?? ConflictOfInterest.None)).ToList());
        var established = r.EstablishedOn!.Value;
        if (!unit.IsActiveOn(established))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(established));
        }
        var board = new SupervisionBoard
        {
            UnitId = unit.Id,
            Kind = r.Kind.Value,
            Name = Text.CleanOrNull(r.Name) ?? DefaultName(r.Kind.Value, unit, r.Project?.Name),
            EstablishedOn = established,
            TermEndsOn = r.TermEndsOn,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
            Members = members.Select(m => SupervisionBoards.NewMember(m, established)).ToList(),
        };
        if (r.Kind == BoardKind.Investment)
        {
            board.ProjectName = Text.Clean(r.Project!.Name);
            board.Investor = Text.Clean(r.Project.Investor);
            board.Funds = r.Project.Funds;
            board.ProjectPlace = Text.CleanOrNull(r.Project.Place);
            board.ProjectStartsOn = r.Project.StartsOn;
            board.ProjectEndsOn = r.Project.EndsOn;
        }
        else if (await boards.CurrentInspectionBoardAsync(unit.Id, null, ct) is { } previous)
        {
            if (previous.EstablishedOn is null)
            {
                throw DomainException.Conflict("Supervision.ElectionOpen", unit.Name);
            }
            if (previous.EstablishedOn >= established)
            {
                throw DomainException.Conflict("Supervision.BoardInPlace", unit.Name, Text.Date(previous.EstablishedOn.Value));
            }
            previous.DissolvedOn = established; // the new term replaces it: one board a commune
        }
        db.Add(board);
        await db.SaveChangesAsync(ct);
        return board;
    }

    public static string DefaultName(BoardKind kind, Unit unit, string? project) => kind == BoardKind.Inspection
        ? $"Ban Thanh tra nhân dân {unit.Name}"
        : $"Ban giám sát đầu tư của cộng đồng — {Text.CleanOrNull(project) ?? unit.Name}";
}
