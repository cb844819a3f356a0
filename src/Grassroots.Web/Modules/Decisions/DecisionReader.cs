
namespace Grassroots.Web.Modules.Decisions;

public sealed record OptionDto(int Id, int Order, string Text);

/// <summary>
/// A matter as shown. While the vote runs only the turnout is known; the tallies and the verdict appear once it closed
/// (results hidden until close, like Loomio's).
/// </summary>
public sealed record MatterDto(Guid Id, string CommunityCode, string CommunityName, string CommuneCode, DecisionSubject Subject, string Question, string? Details,
    IReadOnlyList<OptionDto> Options, DecisionForms Forms, DecisionForms AllowedForms, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed,
    DateOnly? MeetingHeldOn, int? MeetingHouseholdsPresent, string? Minutes, int Households, int Voted, DecisionResult? Result,
    DateTime? RecognisedAt, string? RecognisedBy, string? RecognitionNote);

public sealed class DecisionReader(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<MatterDto> GetAsync(Guid id, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, Permission.View, ct);
        return await ToDtoAsync(matter, ct);
    }

    /// <summary>For the public portal: any matter of a community under the unit, without sign-in.</summary>
    public async Task<MatterDto> GetPublicAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).Include(m => m.Options)
            .FirstOrDefaultAsync(m => m.Id == id && m.Community!.Path.StartsWith(unit.Path), ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        return await ToDtoAsync(matter, ct);
    }

    public Task<bool> IsOfCommunityAsync(Guid matterId, int communityId, CancellationToken ct) =>
        db.Set<DecisionMatter>().AnyAsync(m => m.Id == matterId && m.CommunityId == communityId, ct);

    public Task<bool> HasVotedAsync(Guid matterId, Guid householdId, CancellationToken ct) =>
        db.Set<DecisionVote>().AnyAsync(v => v.MatterId == matterId && v.HouseholdId == householdId, ct);

    public async Task<List<MatterDto>> ListAsync(IQueryable<DecisionMatter> query, int take, CancellationToken ct)
    {
        var matters = await query.AsNoTracking().Include(m => m.Community).Include(m => m.Options)
            .OrderByDescending(m => m.OpensOn).ThenByDescending(m => m.Id).Take(take).ToListAsync(ct);
        var list = new List<MatterDto>();
        foreach (var m in matters)
        {
            list.Add(await ToDtoAsync(m, ct));
        }
        return list;
    }

    public async Task<DecisionResult> ResultAsync(DecisionMatter matter, CancellationToken ct)
    {
        var households = matter.HouseholdsAtRecognition ?? await db.Set<Household>().CountAsync(h => h.CommunityId == matter.CommunityId && h.IsActive, ct);
        var counts = await db.Set<DecisionVote>().Where(v => v.MatterId == matter.Id).GroupBy(v => v.OptionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var options = matter.Options.Count > 0 ? matter.Options : await db.Set<DecisionOption>().Where(o => o.MatterId == matter.Id).ToListAsync(ct);
        var tallies = options.OrderBy(o => o.Order).Select(o => new Tally(o.Id, o.Text, counts.FirstOrDefault(c => c.Key == o.Id)?.Count ?? 0)).ToList();
        return DecisionRules.Evaluate(households, matter.Forms, matter.MeetingHouseholdsPresent, counts.Sum(c => c.Count), tallies);
    }

    private async Task<MatterDto> ToDtoAsync(DecisionMatter m, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var closed = m.IsClosedOn(today);
        var households = m.HouseholdsAtRecognition ?? await db.Set<Household>().CountAsync(h => h.CommunityId == m.CommunityId && h.IsActive, ct);
        var voted = await db.Set<DecisionVote>().CountAsync(v => v.MatterId == m.Id, ct);
        var lacked = m.MeetingHouseholdsPresent is { } present && !DecisionRules.MoreThanHalf(present, households);
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == m.Community!.ParentId).Select(u => u.Code).FirstOrDefaultAsync(ct) ?? "";
        return new MatterDto(m.Id, m.Community!.Code, m.Community.Name, commune, m.Subject, m.Question, m.Details,
            m.Options.OrderBy(o => o.Order).Select(o => new OptionDto(o.Id, o.Order, o.Text)).ToList(), m.Forms,
            DecisionRules.Allowed(m.Subject, m.BallotChosenByChairman, lacked), m.OpensOn, m.ClosesOn, !closed && today >= m.OpensOn, closed,
            m.MeetingHeldOn, m.MeetingHouseholdsPresent, m.Minutes, households, voted, closed ? await ResultAsync(m, ct) : null,
            m.RecognisedAt, m.RecognisedBy, m.RecognitionNote);
    }
}
