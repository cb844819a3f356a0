namespace Grassroots.Web.Modules.Decisions.Matters;

public sealed record FollowUpBallotRequest(DateOnly? ClosesOn);

/// <summary>
/// A meeting too few households attended to reach the matter's ratio (two thirds for L10 Điều 15 khoản 1–2, more than
/// half otherwise: docs/legal.md L10-21-1-TWO-THIRDS, L10-21-1-HALF) is followed by a household ballot (NĐ59 Điều 5;
/// NĐ61 Điều 10): the vote opens again until the new last day.
/// </summary>
public sealed class FollowUpWithBallot(AppDbContext db, DecisionMatters matters, Communities communities, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, FollowUpBallotRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation().Require(r.ClosesOn is { } c && c >= today, "closesOn", "Decision.WindowInvalid").ThrowIfInvalid();
        var matter = await matters.LoadAsync(id, Permission.Edit, ct);
        var total = await communities.CountHouseholdsAsync(matter.CommunityId, ct);
        var lacked = DecisionRules.MeetingLacked(matter.Subject, matter.MeetingHouseholdsPresent, total);
        if (!lacked || matter.RecognisedAt is not null)
        {
            throw DomainException.Conflict("Decision.BallotNotAllowed", DecisionRules.FormsCitation);
        }
        matter.Forms |= DecisionForms.HouseholdBallot;
        matter.ClosedAt = null;
        matter.ClosesOn = r.ClosesOn!.Value;
        await db.SaveChangesAsync(ct);
    }
}
