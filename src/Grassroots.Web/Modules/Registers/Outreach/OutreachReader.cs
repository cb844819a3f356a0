using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Registers.Outreach;

public sealed record OutreachDto(Guid Id, string UnitCode, string UnitName, OutreachKind Kind, DateOnly HeldOn, string Topic, string Law, OutreachForm Form,
    string Place, int People, int Attendances, int Listed, int Version);

public sealed record AttendeeDto(int Row, string FullName, string? Address);

public sealed record OutreachDetail(OutreachDto Session, IReadOnlyList<AttendeeDto> Attendees);

public sealed record TrainingDto(Guid Id, string UnitCode, string UnitName, string Topic, DateOnly StartsOn, DateOnly EndsOn, string Trainers, bool Organised,
    string? Organiser, int DistrictOfficials, int CommuneOfficials, int Others, int Participants);

/// <summary>A commune of a unit's subtree and how many sessions it held in the period (none: it is on the district's list to follow up).</summary>
public sealed record CommuneActivity(string Code, string Name, int Sessions, int Attendances);

/// <summary>Every list and view of propaganda, legal education and training, for the API and the pages alike.</summary>
public sealed class OutreachReader(AppDbContext db, UnitScope scope, UnitLineage lineage, IStringLocalizer<SharedResource> localizer)
{
    public const int AttendeesShown = 500;

    public async Task<RegisterPage<OutreachDto>> SessionsAsync(RegisterFilter filter, OutreachKind? kind, CancellationToken ct)
    {
        filter.Validate();
        var query = await scope.ListAsync(db.Set<OutreachSession>().AsNoTracking(), s => s.Unit!.Path, filter.Unit, Permission.View, ct);
        if (filter.From is { } from)
        {
            query = query.Where(s => s.HeldOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(s => s.HeldOn <= to);
        }
        if (kind is { } k)
        {
            query = query.Where(s => s.Kind == k);
        }
        return await RegisterPage<OutreachDto>.ReadAsync(Project(query.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)), filter.Page,
            rows => Task.FromResult(rows), ct);
    }

    public async Task<OutreachDetail> SessionAsync(Guid id, CancellationToken ct)
    {
        var s = await Project(db.Set<OutreachSession>().AsNoTracking().Where(x => x.Id == id)).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Registers.SessionNotFound");
        await scope.RequireAsync(s.UnitCode, Permission.View, ct);
        var attendees = await db.Set<OutreachAttendee>().AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Row).Take(AttendeesShown)
            .Select(a => new AttendeeDto(a.Row, a.FullName, a.Address)).ToListAsync(ct);
        return new OutreachDetail(s, attendees);
    }

    public async Task<RegisterPage<TrainingDto>> ClassesAsync(RegisterFilter filter, CancellationToken ct)
    {
        filter.Validate();
        var query = await scope.ListAsync(db.Set<TrainingClass>().AsNoTracking(), c => c.Unit!.Path, filter.Unit, Permission.View, ct);
        if (filter.From is { } from)
        {
            query = query.Where(c => c.StartsOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(c => c.StartsOn <= to);
        }
        return await RegisterPage<TrainingDto>.ReadAsync(ProjectClasses(query.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)), filter.Page,
            rows => Task.FromResult(rows), ct);
    }

    /// <summary>
    /// The communes of a unit's subtree that existed in the period, with the sessions each held (its own and its villages',
    /// and those of the old communes merged into it): a district sees at the top those that held none.
    /// </summary>
    public async Task<List<CommuneActivity>> CommunesAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var communes = await db.Units.AsNoTracking()
            .Where(c => c.Path.StartsWith(u.Path) && (c.Kind == UnitKind.Commune || c.Kind == UnitKind.Ward || c.Kind == UnitKind.Township || c.Kind == UnitKind.SpecialZone))
            .Where(c => (c.ValidFrom == null || c.ValidFrom <= t) && (c.ValidTo == null || c.ValidTo > f))
            .OrderBy(c => c.Code).ToListAsync(ct);
        if (communes.Count == 0)
        {
            return [];
        }
        var idsOf = await lineage.RollUpUnitIdsAsync(communes, ct);
        var all = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var sessions = await db.Set<OutreachSession>().AsNoTracking().Where(s => s.HeldOn >= f && s.HeldOn <= t && all.Contains(s.UnitId))
            .GroupBy(s => s.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count(), Attendances = g.Sum(s => s.Attendances) }).ToListAsync(ct);
        return communes.Select(c =>
        {
            var mine = sessions.Where(s => idsOf[c.Id].Contains(s.UnitId)).ToList();
            return new CommuneActivity(c.Code, c.Name, mine.Sum(s => s.Count), mine.Sum(s => s.Attendances));
        }).OrderBy(c => c.Sessions > 0).ThenBy(c => c.Name, Text.VietnameseOrder).ToList();
    }

    public async Task<FileContent> RegisterAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var rows = await Project((await scope.ListAsync(db.Set<OutreachSession>().AsNoTracking(), s => s.Unit!.Path, u.Code, Permission.View, ct))
            .Where(s => s.HeldOn >= f && s.HeldOn <= t).OrderBy(s => s.HeldOn)).ToListAsync(ct);
        var n = 0;
        return Spreadsheet.Register(new RegisterHeading("so-tuyen-truyen", u.Name, u.Code, f, t, L("Registers.Outreach.Sheet"), L("Registers.Outreach.RegisterTitle"),
                localizer["Registers.PeriodLine", Text.Date(f), Text.Date(t)].Value, L("Registers.Empty")),
            [new(L("Registers.Col.No"), 6), new(L("Registers.Col.HeldOn"), 12), new(L("Registers.Col.Unit"), 24), new(L("Registers.Col.Kind"), 18),
             new(L("Registers.Col.Topic"), 40), new(L("Registers.Col.Law"), 32), new(L("Registers.Col.Form"), 20), new(L("Registers.Col.Place"), 24),
             new(L("Registers.Col.People"), 10), new(L("Registers.Col.Attendances"), 10)],
            rows.Select(s => new object?[]
            {
                ++n, s.HeldOn, s.UnitName, L($"OutreachKind.{s.Kind}"), s.Topic, s.Law, L($"OutreachForm.{s.Form}"), s.Place, s.People, s.Attendances,
            }).ToList());
    }

    public async Task<FileContent> ClassesRegisterAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        var rows = await ProjectClasses((await scope.ListAsync(db.Set<TrainingClass>().AsNoTracking(), c => c.Unit!.Path, u.Code, Permission.View, ct))
            .Where(c => c.StartsOn >= f && c.StartsOn <= t).OrderBy(c => c.StartsOn)).ToListAsync(ct);
        var n = 0;
        return Spreadsheet.Register(new RegisterHeading("so-boi-duong", u.Name, u.Code, f, t, L("Registers.Training.Sheet"), L("Registers.Training.RegisterTitle"),
                localizer["Registers.PeriodLine", Text.Date(f), Text.Date(t)].Value, L("Registers.Empty")),
            [new(L("Registers.Col.No"), 6), new(L("Registers.Col.StartsOn"), 12), new(L("Registers.Col.EndsOn"), 12), new(L("Registers.Col.Unit"), 24),
             new(L("Registers.Col.Topic"), 40), new(L("Registers.Col.Organiser"), 28), new(L("Registers.Col.Trainers"), 28),
             new(L("Registers.Col.DistrictOfficials"), 12), new(L("Registers.Col.CommuneOfficials"), 12), new(L("Registers.Col.Others"), 10), new(L("Registers.Col.Participants"), 10)],
            rows.Select(c => new object?[]
            {
                ++n, c.StartsOn, c.EndsOn, c.UnitName, c.Topic, c.Organised ? L("Registers.OrganisedByUnit") : c.Organiser, c.Trainers,
                c.DistrictOfficials, c.CommuneOfficials, c.Others, c.Participants,
            }).ToList());
    }

    /// <summary>The attendance list's template: the header row the import reads, and two example rows.</summary>
    public static FileContent AttendeeTemplate() => FileContent.Xlsx("danh-sach-tham-du.xlsx", new Spreadsheet().Sheet("Danh sách", [],
        [.. ImportAttendees.Columns.Select(c => new SheetColumn(c.Header, c.Column == "A" ? 6 : 36))],
        [[1, "Nguyễn Văn An", "Thôn 1"], [2, "Trần Thị Bình", "Thôn 2"]]).ToBytes());

    private static IQueryable<OutreachDto> Project(IQueryable<OutreachSession> query) => query.Select(s => new OutreachDto(s.Id, s.Unit!.Code, s.Unit.Name,
        s.Kind, s.HeldOn, s.Topic, s.Law, s.Form, s.Place, s.People, s.Attendances, s.Attendees.Count, s.Version));

    private static IQueryable<TrainingDto> ProjectClasses(IQueryable<TrainingClass> query) => query.Select(c => new TrainingDto(c.Id, c.Unit!.Code, c.Unit.Name,
        c.Topic, c.StartsOn, c.EndsOn, c.Trainers, c.Organised, c.Organiser, c.DistrictOfficials, c.CommuneOfficials, c.Others,
        c.DistrictOfficials + c.CommuneOfficials + c.Others));

    private string L(string key) => localizer[key].Value;
}
