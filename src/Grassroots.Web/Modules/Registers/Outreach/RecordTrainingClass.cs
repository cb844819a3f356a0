namespace Grassroots.Web.Modules.Registers.Outreach;

public sealed record RecordTrainingRequest(string? UnitCode, string? Topic, DateOnly? StartsOn, DateOnly? EndsOn, string? Trainers, bool? Organised,
    string? Organiser, int? DistrictOfficials, int? CommuneOfficials, int? Others);

/// <summary>
/// Records a training class the unit held, or one it sent its people to, with its participants by group. Negative counts,
/// an end before the start and a class of more people than a hall can hold are refused.
/// </summary>
public sealed class RecordTrainingClass(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public const int MaxParticipants = 10_000;

    public async Task<TrainingClass> HandleAsync(RecordTrainingRequest r, CancellationToken ct = default)
    {
        var total = (long)(r.DistrictOfficials ?? 0) + (r.CommuneOfficials ?? 0) + (r.Others ?? 0);
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Topic, "topic", FieldLength.Title)
            .Require(r.StartsOn is not null, "startsOn", "Validation.Required")
            .Date(r.StartsOn, "startsOn")
            .Require(r.EndsOn is not null, "endsOn", "Validation.Required")
            .Date(r.EndsOn, "endsOn")
            .Require(r.StartsOn is null || r.EndsOn is null || r.EndsOn >= r.StartsOn, "endsOn", "Registers.EndBeforeStart")
            .Text(r.Trainers, "trainers", FieldLength.Name)
            .Require(r.Organised is not null, "organised", "Validation.Required")
            .Text(r.Organiser, "organiser", FieldLength.Name, required: r.Organised == false)
            .Require(r.DistrictOfficials is null or >= 0, "districtOfficials", "Registers.AttendanceRange")
            .Require(r.CommuneOfficials is null or >= 0, "communeOfficials", "Registers.AttendanceRange")
            .Require(r.Others is null or >= 0, "others", "Registers.AttendanceRange")
            .Require(total is > 0 and <= MaxParticipants, "others", "Registers.ParticipantsRange")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (r.StartsOn!.Value > clock.VietnamToday())
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(r.StartsOn.Value));
        }
        var training = new TrainingClass
        {
            UnitId = unit.Id,
            Topic = Text.Clean(r.Topic),
            StartsOn = r.StartsOn.Value,
            EndsOn = r.EndsOn!.Value,
            Trainers = Text.Clean(r.Trainers),
            Organised = r.Organised!.Value,
            Organiser = r.Organised == true ? null : Text.Clean(r.Organiser),
            DistrictOfficials = r.DistrictOfficials ?? 0,
            CommuneOfficials = r.CommuneOfficials ?? 0,
            Others = r.Others ?? 0,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(training);
        await db.SaveChangesAsync(ct);
        return training;
    }
}
