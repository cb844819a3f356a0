namespace Grassroots.Web.Modules.Steering;

public sealed record RecordCommitteeMeetingRequest(DateOnly? HeldOn, string? Place, string? Chair, string? Minutes, string? Conclusions);

/// <summary>Records a meeting of a unit's committee with its minutes and conclusions; a meeting in the future is refused.</summary>
public sealed class RecordCommitteeMeeting(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<CommitteeMeeting> HandleAsync(string unitCode, RecordCommitteeMeetingRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required").Date(r.HeldOn, "heldOn")
            .Require(r.HeldOn is null || r.HeldOn <= clock.VietnamToday(), "heldOn", "Steering.DateInFuture")
            .Text(r.Place, "place", FieldLength.Name)
            .Text(r.Chair, "chair", FieldLength.PersonName)
            .Text(r.Minutes, "minutes", FieldLength.Minutes)
            .Text(r.Conclusions, "conclusions", FieldLength.LongText, required: false)
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.Steer, ct);
        var committee = await db.Set<SteeringCommittee>().FirstOrDefaultAsync(c => c.UnitId == unit.Id, ct)
            ?? throw DomainException.Conflict("Steering.NoCommittee", unit.Name);
        var meeting = new CommitteeMeeting
        {
            CommitteeId = committee.Id,
            UnitId = unit.Id,
            HeldOn = r.HeldOn!.Value,
            Place = Text.Clean(r.Place),
            Chair = Text.Clean(r.Chair),
            Minutes = Text.Clean(r.Minutes),
            Conclusions = Text.CleanOrNull(r.Conclusions),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }
}
