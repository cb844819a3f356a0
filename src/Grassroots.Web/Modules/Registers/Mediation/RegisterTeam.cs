namespace Grassroots.Web.Modules.Registers.Mediation;

public sealed record TeamMemberRequest(string? FullName, bool? IsWoman, bool? IsLeader);

public sealed record RegisterTeamRequest(string? UnitCode, string? Name, DateOnly? RecognisedOn, string? DecisionNumber, IReadOnlyList<TeamMemberRequest>? Members);

/// <summary>
/// Records a mediation team of a village (or of a commune whose villages are not in the directory), as the commune
/// recognised it: at least three mediators, exactly one leader, a woman among them (<see cref="RegisterRules.MinimumMediators"/>).
/// </summary>
public sealed class RegisterTeam(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public const int MaxMembers = 50;

    public async Task<MediationTeam> HandleAsync(RegisterTeamRequest r, CancellationToken ct = default)
    {
        var members = r.Members ?? [];
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Name, "name", FieldLength.Name)
            .Require(r.RecognisedOn is not null, "recognisedOn", "Validation.Required")
            .Date(r.RecognisedOn, "recognisedOn")
            .Text(r.DecisionNumber, "decisionNumber", FieldLength.DocumentNumber, required: false)
            .Require(members.Count <= MaxMembers, "members", "Registers.TooManyMembers");
        for (var i = 0; i < members.Count && i < MaxMembers; i++)
        {
            v.Text(members[i]?.FullName, $"members[{i}].fullName", FieldLength.PersonName);
        }
        v.ThrowIfInvalid();
        var named = members.Where(m => !string.IsNullOrWhiteSpace(m.FullName)).ToList();
        if (named.Count < RegisterRules.MinimumMediators)
        {
            throw DomainException.Invalid("Registers.TeamTooSmall", named.Count, RegisterRules.MinimumMediators, RegisterRules.TeamCitation);
        }
        if (named.Count(m => m.IsLeader == true) != 1)
        {
            throw DomainException.Invalid("Registers.TeamOneLeader");
        }
        if (!named.Any(m => m.IsWoman == true))
        {
            throw DomainException.Invalid("Registers.TeamNoWoman", RegisterRules.TeamCitation);
        }
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (unit.Kind != UnitKind.ResidentialCommunity && !unit.Kind.IsCommuneLevel())
        {
            throw DomainException.Invalid("Registers.TeamUnitKind", unit.Name);
        }
        if (!unit.IsActiveOn(r.RecognisedOn!.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(r.RecognisedOn.Value));
        }
        var team = new MediationTeam
        {
            UnitId = unit.Id,
            Name = Text.Clean(r.Name),
            RecognisedOn = r.RecognisedOn.Value,
            DecisionNumber = Text.CleanOrNull(r.DecisionNumber),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
            Members = [.. named.Select(m => new MediationMember { FullName = Text.Clean(m.FullName), IsWoman = m.IsWoman == true, IsLeader = m.IsLeader == true })],
        };
        db.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }
}
