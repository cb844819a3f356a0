namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>
/// What the use cases on a matter share: the matter within the caller's reach, its voting window and options, and votes
/// saved under the one-voice-per-household index.
/// </summary>
[Scoped]
public sealed class DecisionMatters(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    /// <summary>The matter with its community and options: 404 when there is none, 403 out of reach.</summary>
    public async Task<DecisionMatter> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Community).Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        await scope.RequireAsync(matter.Community!, permission, ct);
        return matter;
    }

    /// <summary>A matter open to online votes today, with the option chosen among its own (online votes need no officer's reach).</summary>
    public async Task<DecisionMatter> LoadForOnlineVoteAsync(Guid id, int? optionId, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        if (!matter.Forms.HasFlag(DecisionForms.Online))
        {
            throw DomainException.Invalid("Decision.OnlineNotOpen");
        }
        RequireOpen(matter);
        RequireOption(matter, optionId);
        return matter;
    }

    /// <summary>The household's online voice; a second one, by whatever path, is refused.</summary>
    public async Task CastOnlineAsync(DecisionMatter matter, Household household, int optionId, CancellationToken ct)
    {
        if (await db.Set<DecisionVote>().AnyAsync(v => v.MatterId == matter.Id && v.HouseholdId == household.Id, ct))
        {
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
        db.Add(new DecisionVote { MatterId = matter.Id, HouseholdId = household.Id, OptionId = optionId, Form = VoteForm.Online, CastAt = clock.GetUtcNow().UtcDateTime });
        await SaveVotesAsync(ct);
    }

    public void RequireOpen(DecisionMatter matter)
    {
        var today = clock.VietnamToday();
        if (today < matter.OpensOn || matter.IsClosedOn(today))
        {
            throw DomainException.Conflict("Decision.OutsideWindow", Text.Date(matter.OpensOn), Text.Date(matter.ClosesOn));
        }
    }

    public static void RequireOption(DecisionMatter matter, int? optionId)
    {
        if (optionId is null || matter.Options.All(o => o.Id != optionId))
        {
            throw DomainException.Invalid("Decision.OptionUnknown");
        }
    }

    public async Task SaveVotesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two forms racing for the same household: the unique index keeps one voice.
            db.ChangeTracker.Clear();
            throw DomainException.Conflict("Decision.AlreadyVoted");
        }
    }
}
