namespace Grassroots.Web.Modules.Decisions.Matters;

/// <param name="NoticeGivenOn">The day the households were told of the meeting (NĐ59 Điều 3: at least 2 days before); a notice given later is flagged, not refused: the meeting happened.</param>
public sealed record MeetingRequest(DateOnly? HeldOn, int? HouseholdsPresent, string? Minutes, DateOnly? NoticeGivenOn = null);

/// <summary>The meeting of household representatives (L10 Điều 18): its day within the window, the households present, its minutes.</summary>
public sealed class RecordMeeting(AppDbContext db, DecisionMatters matters, Communities communities, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, MeetingRequest r, CancellationToken ct = default)
    {
        var matter = await matters.LoadAsync(id, Permission.Edit, ct);
        var total = await communities.CountHouseholdsAsync(matter.CommunityId, ct);
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Require(r.HeldOn is null || (r.HeldOn >= matter.OpensOn && r.HeldOn <= matter.ClosesOn && r.HeldOn <= today), "heldOn", "Decision.MeetingOutsideWindow")
            .Require(r.HouseholdsPresent is { } p && p >= 0 && p <= total, "householdsPresent", "Decision.PresentInvalid")
            .Text(r.Minutes, "minutes", FieldLength.Minutes)
            .Date(r.NoticeGivenOn, "noticeGivenOn")
            .Require(r.NoticeGivenOn is null || r.HeldOn is null || r.NoticeGivenOn <= r.HeldOn, "noticeGivenOn", "Decision.NoticeAfterMeeting")
            .ThrowIfInvalid();
        if (!matter.Forms.HasFlag(DecisionForms.Meeting))
        {
            throw DomainException.Invalid("Decision.FormNotUsed");
        }
        if (matter.IsClosedOn(today))
        {
            throw DomainException.Conflict("Decision.Closed");
        }
        matter.MeetingHeldOn = r.HeldOn;
        matter.MeetingHouseholdsPresent = r.HouseholdsPresent;
        matter.Minutes = Text.Clean(r.Minutes);
        matter.MeetingNoticeOn = r.NoticeGivenOn;
        await db.SaveChangesAsync(ct);
    }
}
