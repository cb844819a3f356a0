namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>The village head closes the vote at the end of the meeting; otherwise it closes after its last day.</summary>
public sealed class CloseVote(AppDbContext db, DecisionMatters matters, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var matter = await matters.LoadAsync(id, Permission.Edit, ct);
        matters.RequireOpen(matter);
        matter.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
