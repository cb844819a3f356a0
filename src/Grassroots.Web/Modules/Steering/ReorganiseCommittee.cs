namespace Grassroots.Web.Modules.Steering;

public sealed record CommitteeMemberRequest(string? PersonName, string? JobTitle, CommitteeRole? Role, string? Responsibility, string? AreaUnitCode);

/// <param name="DecisionId">The issued decision (QĐ) of the register that set the committee up or changed it.</param>
/// <param name="RulesDocumentId">Its working rules (quy chế), when issued or changed with it.</param>
public sealed record ReorganiseCommitteeRequest(string? Name, Guid? DecisionId, DateOnly? EffectiveOn, IReadOnlyList<CommitteeMemberRequest?>? Members,
    Guid? RulesDocumentId = null);

/// <summary>
/// Sets a unit's steering committee up, or re-organises it (kiện toàn): by an issued decision of the unit's register, from
/// a day not before the decision; the members listed stay (same name and role) or join, the others leave that day — the
/// history keeps them. One head; no person twice in the same role; the area a member follows lies in the unit's subtree.
/// </summary>
public sealed class ReorganiseCommittee(AppDbContext db, UnitScope scope, SteeringFiles files, CurrentUser user, TimeProvider clock)
{
    public const int MaxMembers = 60;

    public async Task<SteeringCommittee> HandleAsync(string unitCode, ReorganiseCommitteeRequest r, CancellationToken ct = default)
    {
        var members = (r.Members ?? []).ToList();
        var v = new Validation()
            .Text(r.Name, "name", FieldLength.Title)
            .Require(r.DecisionId is not null, "decisionId", "Validation.Required")
            .Require(r.EffectiveOn is not null, "effectiveOn", "Validation.Required").Date(r.EffectiveOn, "effectiveOn")
            .Require(r.EffectiveOn is null || r.EffectiveOn <= clock.VietnamToday(), "effectiveOn", "Steering.DateInFuture")
            .Require(members.Count is > 0 and <= MaxMembers, "members", "Steering.MembersCount");
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            v.Require(m is not null, $"members[{i}]", "Validation.Required");
            if (m is null)
            {
                continue;
            }
            v.Text(m.PersonName, $"members[{i}].personName", FieldLength.PersonName)
                .Text(m.JobTitle, $"members[{i}].jobTitle", FieldLength.Name, required: false)
                .Require(m.Role is not null, $"members[{i}].role", "Validation.Required")
                .Text(m.Responsibility, $"members[{i}].responsibility", FieldLength.Line, required: false)
                .Text(m.AreaUnitCode, $"members[{i}].areaUnitCode", Unit.CodeMaxLength, required: false);
        }
        v.ThrowIfInvalid();
        var cleaned = members.OfType<CommitteeMemberRequest>().Select(m => m with { PersonName = Text.Clean(m.PersonName) }).ToList();
        var heads = cleaned.Count(m => m.Role == CommitteeRole.Head);
        if (heads != 1)
        {
            throw DomainException.Invalid("Steering.OneHead", heads);
        }
        var twice = cleaned.GroupBy(m => (Name: m.PersonName!.ToLowerInvariant(), m.Role)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw DomainException.Invalid("Steering.MemberTwice", twice.First().PersonName);
        }

        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.Steer, ct);
        var decision = await db.Set<SteeringDocument>().FirstOrDefaultAsync(d => d.Id == r.DecisionId, ct)
            ?? throw DomainException.Invalid("Steering.DocumentNotFound");
        if (decision.UnitId != unit.Id || decision.Kind != DocumentKind.Decision || decision.Status != DocumentStatus.Issued)
        {
            throw DomainException.Invalid("Steering.DecisionRequired");
        }
        var on = r.EffectiveOn!.Value;
        if (on < decision.IssuedOn)
        {
            throw DomainException.Invalid("Steering.BeforeDecision", Text.Date(decision.IssuedOn!.Value));
        }
        if (r.RulesDocumentId is { } rulesId && !await db.Set<SteeringDocument>().AnyAsync(d => d.Id == rulesId && d.UnitId == unit.Id, ct))
        {
            throw DomainException.Invalid("Steering.DocumentNotFound");
        }
        var areas = new Dictionary<string, Unit>(StringComparer.Ordinal);
        for (var i = 0; i < cleaned.Count; i++)
        {
            if (Text.CleanOrNull(cleaned[i].AreaUnitCode) is { } code && !areas.ContainsKey(code))
            {
                areas[code] = await files.InSubtreeAsync(unit, code, $"members[{i}].areaUnitCode", ct);
            }
        }

        var committee = await db.Set<SteeringCommittee>().Include(c => c.Members).Include(c => c.Changes)
            .FirstOrDefaultAsync(c => c.UnitId == unit.Id, ct);
        if (committee is null)
        {
            committee = new SteeringCommittee { UnitId = unit.Id, Name = Text.Clean(r.Name), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.UserName };
            db.Add(committee);
        }
        else
        {
            if (committee.Changes.Count > 0 && on < committee.Changes.Max(c => c.EffectiveOn))
            {
                throw DomainException.Invalid("Steering.BeforeLastChange", Text.Date(committee.Changes.Max(c => c.EffectiveOn)));
            }
            committee.Name = Text.Clean(r.Name);
        }
        committee.RulesDocumentId = r.RulesDocumentId ?? committee.RulesDocumentId;
        var change = new CommitteeChange { CommitteeId = committee.Id, EffectiveOn = on, DocumentId = decision.Id };
        var current = committee.Members.Where(m => m.To is null).ToList();
        foreach (var m in cleaned)
        {
            var area = Text.CleanOrNull(m.AreaUnitCode) is { } code ? areas[code] : null;
            var same = current.FirstOrDefault(c => string.Equals(c.PersonName, m.PersonName, StringComparison.OrdinalIgnoreCase) && c.Role == m.Role);
            if (same is not null)
            {
                current.Remove(same);
                same.JobTitle = Text.CleanOrNull(m.JobTitle);
                same.Responsibility = Text.CleanOrNull(m.Responsibility);
                same.AreaUnitId = area?.Id;
                continue;
            }
            db.Add(new CommitteeMember
            {
                CommitteeId = committee.Id,
                PersonName = m.PersonName!,
                JobTitle = Text.CleanOrNull(m.JobTitle),
                Role = m.Role!.Value,
                Responsibility = Text.CleanOrNull(m.Responsibility),
                AreaUnitId = area?.Id,
                From = on,
                ChangeId = change.Id,
            });
            change.Joined++;
        }
        foreach (var leaving in current)
        {
            leaving.To = on;
            change.Left++;
        }
        db.Add(change);
        await db.SaveChangesAsync(ct);
        return committee;
    }
}
