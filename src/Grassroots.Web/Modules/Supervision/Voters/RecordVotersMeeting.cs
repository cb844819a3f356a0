using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Voters;

public sealed record RecordVotersMeetingRequest(string? UnitCode, DeputyLevel? Level, string? Constituency, string? Deputies, DateOnly? HeldOn,
    string? Place, int? Attendance, IReadOnlyList<NewRecommendation>? Petitions);

/// <summary>
/// A voters' meeting with its petitions, each grouped and forwarded to the competent body in the same request (a few
/// hundred at once). The petitions of earlier meetings of the same constituency still unanswered are carried to this one.
/// </summary>
public sealed class RecordVotersMeeting(AppDbContext db, UnitScope scope, NewRecommendations recommendations, CurrentUser user, TimeProvider clock)
{
    public async Task<VotersMeeting> HandleAsync(RecordVotersMeetingRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Level is not null, "level", "Validation.Required")
            .Text(r.Constituency, "constituency", FieldLength.Name)
            .Text(r.Deputies, "deputies", FieldLength.Line)
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required").Date(r.HeldOn, "heldOn")
            .Text(r.Place, "place", FieldLength.Name)
            .Require(r.Attendance is null or (>= 0 and <= 1_000_000), "attendance", "Validation.OutOfRange");
        NewRecommendations.Validate(v, r.Petitions, "petitions");
        v.ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var held = r.HeldOn!.Value;
        if (held > clock.VietnamToday())
        {
            throw DomainException.Invalid("Supervision.InTheFuture");
        }
        var meeting = new VotersMeeting
        {
            UnitId = unit.Id,
            Level = r.Level!.Value,
            Constituency = Text.Clean(r.Constituency),
            Deputies = Text.Clean(r.Deputies),
            HeldOn = held,
            Place = Text.Clean(r.Place),
            Attendance = r.Attendance ?? 0,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        var petitions = await recommendations.BuildAsync(unit, RecommendationSource.Voters, meeting.Id, held, r.Petitions, false, ct);
        // Unanswered petitions of the constituency's earlier meetings come to this one.
        var earlier = db.Set<VotersMeeting>().Where(m => m.UnitId == unit.Id && m.Level == meeting.Level && m.Constituency == meeting.Constituency && m.HeldOn < held)
            .Select(m => m.Id);
        meeting.CarriedOver = await db.Set<Recommendation>()
            .CountAsync(x => x.Source == RecommendationSource.Voters && (x.AnsweredOn == null || x.AnsweredOn > held) && earlier.Contains(x.SourceId), ct);
        db.Add(meeting);
        db.AddRange(petitions);
        await db.SaveChangesAsync(ct);
        return meeting;
    }
}
