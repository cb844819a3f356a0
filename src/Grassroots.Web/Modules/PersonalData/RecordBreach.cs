namespace Grassroots.Web.Modules.PersonalData;

/// <summary>A breach as recorded or brought up to date; times are Vietnam's wall-clock times as the operator reads them.</summary>
public sealed record BreachRequest(DateTime? DetectedAt, DateTime? OccurredAt, string? Description, string? DataKinds, int? PeopleAffected, string? Measures,
    DateTime? AuthorityNotifiedAt, DateTime? SubjectsNotifiedAt, int? Version = null);

public sealed record BreachDto(Guid Id, DateTime DetectedAt, DateTime? OccurredAt, string Description, string DataKinds, int? PeopleAffected, string? Measures,
    DateTime? AuthorityNotifiedAt, DateTime? SubjectsNotifiedAt, DateTime AuthorityDueAt, bool AuthorityLate, string? RecordedBy, int Version)
{
    /// <summary>Times in Vietnam's wall clock, as they were entered.</summary>
    public static BreachDto Of(DataBreach b, DateTime now) => new(b.Id, Clock.ToVietnam(b.DetectedAt), b.OccurredAt is { } o ? Clock.ToVietnam(o) : null,
        b.Description, b.DataKinds, b.PeopleAffected, b.Measures, b.AuthorityNotifiedAt is { } a ? Clock.ToVietnam(a) : null,
        b.SubjectsNotifiedAt is { } s ? Clock.ToVietnam(s) : null, Clock.ToVietnam(b.AuthorityDueAt), b.AuthorityLate(now), b.RecordedBy, b.Version);
}

/// <summary>
/// The operator's register of personal-data breaches (docs/personal-data.md, Breach records): the national holders of
/// <see cref="Permission.AnswerDataRequests"/> record one and bring it up to date; two at once — one wins, the other 409.
/// </summary>
public sealed class RecordBreach(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<BreachDto> HandleAsync(Guid? id, BreachRequest r, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var nowVn = Clock.ToVietnam(now);
        bool Past(DateTime? t) => t is null || t <= nowVn.AddMinutes(5);
        new Validation()
            .Require(r.DetectedAt is not null, "detectedAt", "Validation.Required")
            .Require(Past(r.DetectedAt) && Past(r.OccurredAt) && Past(r.AuthorityNotifiedAt) && Past(r.SubjectsNotifiedAt), "detectedAt", "PersonalData.BreachFuture")
            .Require(r.OccurredAt is null || r.DetectedAt is null || r.OccurredAt <= r.DetectedAt, "occurredAt", "PersonalData.BreachOccurredAfter")
            .Require(r.AuthorityNotifiedAt is null || r.DetectedAt is null || r.AuthorityNotifiedAt >= r.DetectedAt, "authorityNotifiedAt", "PersonalData.BreachToldBefore")
            .Require(r.SubjectsNotifiedAt is null || r.DetectedAt is null || r.SubjectsNotifiedAt >= r.DetectedAt, "subjectsNotifiedAt", "PersonalData.BreachToldBefore")
            .Text(r.Description, "description", FieldLength.LongText)
            .Text(r.DataKinds, "dataKinds", FieldLength.Paragraph)
            .Require(r.PeopleAffected is null or >= 0 and <= 200_000_000, "peopleAffected", "Validation.OutOfRange")
            .Text(r.Measures, "measures", FieldLength.LongText, required: false)
            .Require(id is null || r.Version is not null, "version", "Validation.Required")
            .ThrowIfInvalid();
        await scope.RequireAsync(Unit.RootCode, Permission.AnswerDataRequests, ct);
        DataBreach breach;
        if (id is { } existing)
        {
            breach = await db.Set<DataBreach>().FirstOrDefaultAsync(b => b.Id == existing, ct) ?? throw DomainException.NotFound("PersonalData.BreachNotFound");
            db.Entry(breach).Property(b => b.Version).OriginalValue = r.Version!.Value;
        }
        else
        {
            breach = new DataBreach { Description = "", DataKinds = "", RecordedAt = now, RecordedBy = user.UserName };
            db.Add(breach);
        }
        static DateTime? Utc(DateTime? vn) => vn is { } t ? DateTime.SpecifyKind(t - Clock.VietnamOffset, DateTimeKind.Utc) : null;
        breach.DetectedAt = Utc(r.DetectedAt)!.Value;
        breach.OccurredAt = Utc(r.OccurredAt);
        breach.Description = Text.Clean(r.Description);
        breach.DataKinds = Text.Clean(r.DataKinds);
        breach.PeopleAffected = r.PeopleAffected;
        breach.Measures = Text.CleanOrNull(r.Measures);
        breach.AuthorityNotifiedAt = Utc(r.AuthorityNotifiedAt);
        breach.SubjectsNotifiedAt = Utc(r.SubjectsNotifiedAt);
        await db.SaveChangesAsync(ct);
        return BreachDto.Of(breach, now);
    }
}

/// <summary>The breach register, newest first, for the national holders of <see cref="Permission.AnswerDataRequests"/>.</summary>
public sealed class BreachReader(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<List<BreachDto>> ListAsync(CancellationToken ct)
    {
        await scope.RequireAsync(Unit.RootCode, Permission.AnswerDataRequests, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return (await db.Set<DataBreach>().AsNoTracking().OrderByDescending(b => b.DetectedAt).Take(500).ToListAsync(ct)).Select(b => BreachDto.Of(b, now)).ToList();
    }

    public async Task<bool> CanAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == Unit.RootCode, ct) is { } root && await scope.CanAsync(root, Permission.AnswerDataRequests, ct);
}
