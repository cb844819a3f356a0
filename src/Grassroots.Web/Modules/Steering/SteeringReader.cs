using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Steering;

public sealed record MemberDto(Guid Id, string PersonName, string? JobTitle, CommitteeRole Role, string? Responsibility, string? AreaUnitCode, string? AreaUnitName,
    DateOnly From, DateOnly? To);

public sealed record CommitteeChangeDto(DateOnly EffectiveOn, Guid DocumentId, string? NumberAndSymbol, string Citation, int Joined, int Left);

public sealed record MeetingDto(Guid Id, DateOnly HeldOn, string Place, string Chair, string Minutes, string? Conclusions);

public sealed record CommitteeDto(Guid Id, string UnitCode, string UnitName, string Name, int Version, Guid? RulesDocumentId, string? RulesCitation,
    IReadOnlyList<MemberDto> Members, IReadOnlyList<MemberDto> Former, IReadOnlyList<CommitteeChangeDto> Changes, IReadOnlyList<MeetingDto> Meetings);

public sealed record DocumentDto(Guid Id, string UnitCode, string UnitName, IssuingBody IssuingBody, HeaderStyle Format, DocumentKind Kind, DocumentStatus Status,
    int? Number, int? Year, string? NumberAndSymbol, DateOnly? IssuedOn, string? SignerName, string? SignerTitle, string Summary, string? Implements,
    Guid? ImplementsId, string? Recipients, string? Sender, DateOnly? ReceivedOn, string? Body, string? FileName, long? FileSize, string? Citation, int Version);

public sealed record DocumentPage(IReadOnlyList<DocumentDto> Rows, int Page, int Total)
{
    public const int Size = 50;
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

public sealed record ProgressDto(Guid Id, DateOnly ReportedOn, string Note, bool Completes, string? FileName, long? FileSize, string? ReportedBy);

public sealed record TaskDto(Guid Id, string OwnerUnitCode, string OwnerUnitName, Guid? PlanId, string? PlanTitle, Guid? NoticeId, string? NoticeSymbol,
    string AssigneeUnitCode, string AssigneeUnitName, Guid? AssigneeMemberId, string? AssigneeMember, string? Coordinators, string Title, string? ExpectedOutput,
    DateOnly AssignedOn, DateOnly DueOn, TaskState State, DateOnly? CompletedOn, bool Overdue, int Version, IReadOnlyList<ProgressDto> Progress)
{
    /// <summary>Done not after its due day.</summary>
    public bool OnTime => State == TaskState.Done && CompletedOn <= DueOn;
}

public sealed record PlanDto(Guid Id, string UnitCode, string UnitName, string Title, PlanKind Kind, DateOnly From, DateOnly To, Guid? DocumentId,
    string? DocumentSymbol, int Tasks, int Done, int Overdue);

/// <summary>How far a unit of the subtree is with the tasks given to it: the completion a higher committee watches.</summary>
public sealed record CompletionRow(string UnitCode, string UnitName, int Tasks, int Done, int DoneOnTime, int Overdue)
{
    public decimal? DoneRate => Tasks == 0 ? null : Math.Round(100m * Done / Tasks, 1);
}

public sealed record InspectedUnitDto(string UnitCode, string UnitName, string? Findings);

public sealed record InspectionDto(Guid Id, string UnitCode, string UnitName, string Title, string Team, DateOnly From, DateOnly To, DateOnly NotifiedOn,
    Guid? DocumentId, string? DocumentSymbol, Guid? NoticeId, string? NoticeSymbol, int Version, IReadOnlyList<InspectedUnitDto> Units);

public sealed record TaskFilter(string? Unit = null, TaskState? State = null, bool OverdueOnly = false, DateOnly? DueFrom = null, DateOnly? DueTo = null);

/// <summary>Every list and view of the module, for the API and the pages alike, through the unit scope.</summary>
public sealed class SteeringReader(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public const int MaxRows = 500;

    public async Task<CommitteeDto?> CommitteeAsync(string unitCode, CancellationToken ct = default)
    {
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        var c = await db.Set<SteeringCommittee>().AsNoTracking().AsSplitQuery()
            .Include(x => x.Members).ThenInclude(m => m.AreaUnit)
            .Include(x => x.Changes).ThenInclude(ch => ch.Document)
            .Include(x => x.RulesDocument)
            .FirstOrDefaultAsync(x => x.UnitId == unit.Id, ct);
        if (c is null)
        {
            return null;
        }
        var meetings = await db.Set<CommitteeMeeting>().AsNoTracking().Where(m => m.CommitteeId == c.Id).OrderByDescending(m => m.HeldOn).Take(MaxRows)
            .Select(m => new MeetingDto(m.Id, m.HeldOn, m.Place, m.Chair, m.Minutes, m.Conclusions)).ToListAsync(ct);
        static MemberDto M(CommitteeMember m) => new(m.Id, m.PersonName, m.JobTitle, m.Role, m.Responsibility, m.AreaUnit?.Code, m.AreaUnit?.Name, m.From, m.To);
        return new CommitteeDto(c.Id, unit.Code, unit.Name, c.Name, c.Version, c.RulesDocumentId, c.RulesDocument is { } rd ? Cite(rd, unit) : null,
            c.Members.Where(m => m.To is null).OrderBy(m => m.Role).ThenBy(m => m.From).ThenBy(m => m.PersonName, StringComparer.Ordinal).Select(M).ToList(),
            c.Members.Where(m => m.To is not null).OrderByDescending(m => m.To).Select(M).ToList(),
            c.Changes.OrderByDescending(ch => ch.EffectiveOn).Select(ch => new CommitteeChangeDto(ch.EffectiveOn, ch.DocumentId, ch.Document!.NumberAndSymbol,
                Cite(ch.Document, unit) ?? ch.Document.Summary, ch.Joined, ch.Left)).ToList(),
            meetings);
    }

    /// <summary>The committees in reach (a province sees its districts' and communes').</summary>
    public async Task<List<(string Code, string UnitName, string Name, int Members)>> CommitteesAsync(CancellationToken ct = default)
    {
        var rows = await (await scope.FilterAsync(db.Set<SteeringCommittee>().AsNoTracking(), c => c.Unit!.Path, Permission.View, ct))
            .OrderBy(c => c.Unit!.Path).Take(MaxRows)
            .Select(c => new { c.Unit!.Code, UnitName = c.Unit.Name, c.Name, Members = c.Members.Count(m => m.To == null) }).ToListAsync(ct);
        return rows.Select(r => (r.Code, r.UnitName, r.Name, r.Members)).ToList();
    }

    public async Task<DocumentPage> DocumentsAsync(string? unit, int? year, DocumentKind? kind, DocumentStatus? status, int page = 1, CancellationToken ct = default)
    {
        var q = await scope.ListAsync(db.Set<SteeringDocument>().AsNoTracking(), d => d.Unit!.Path, unit, Permission.View, ct);
        if (year is { } y)
        {
            q = q.Where(d => d.Year == y || (d.Year == null && d.IssuedOn == null && d.CreatedAt.Year == y));
        }
        if (kind is { } k)
        {
            q = q.Where(d => d.Kind == k);
        }
        if (status is { } s)
        {
            q = q.Where(d => d.Status == s);
        }
        var total = await q.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + DocumentPage.Size - 1) / DocumentPage.Size));
        var rows = await q.OrderByDescending(d => d.IssuedOn ?? d.ReceivedOn).ThenByDescending(d => d.Number).ThenByDescending(d => d.CreatedAt)
            .Skip((page - 1) * DocumentPage.Size).Take(DocumentPage.Size).Include(d => d.Unit).ToListAsync(ct);
        return new DocumentPage(rows.Select(Dto).ToList(), page, total);
    }

    public async Task<DocumentDto> DocumentAsync(Guid id, CancellationToken ct = default)
    {
        var d = await db.Set<SteeringDocument>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.DocumentNotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return Dto(d);
    }

    public async Task<FileContent> DocumentFileAsync(Guid id, CancellationToken ct = default)
    {
        var d = await db.Set<SteeringDocument>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.DocumentNotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return d.Content is null ? throw DomainException.NotFound("Steering.NoFile") : new FileContent(d.FileName!, d.ContentType!, d.Content);
    }

    /// <summary>Issued documents of a unit's own bodies that a form may link to (decisions, plans), newest first.</summary>
    public async Task<List<DocumentDto>> IssuedOfUnitAsync(string unitCode, DocumentKind? kind, CancellationToken ct = default)
    {
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        var rows = await db.Set<SteeringDocument>().AsNoTracking().Include(d => d.Unit)
            .Where(d => d.UnitId == unit.Id && d.Status == DocumentStatus.Issued && (kind == null || d.Kind == kind))
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number).Take(100).ToListAsync(ct);
        return rows.Select(Dto).ToList();
    }

    public async Task<List<PlanDto>> PlansAsync(string? unit, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var q = await scope.ListAsync(db.Set<SteeringPlan>().AsNoTracking(), p => p.Unit!.Path, unit, Permission.View, ct);
        var plans = await q.OrderByDescending(p => p.From).ThenBy(p => p.Unit!.Path).Take(MaxRows)
            .Select(p => new { p.Id, p.Unit!.Code, UnitName = p.Unit.Name, p.Title, p.Kind, p.From, p.To, p.DocumentId, Symbol = p.Document!.NumberAndSymbol })
            .ToListAsync(ct);
        var ids = plans.Select(p => p.Id).ToList();
        var counts = await db.Set<SteeringTask>().AsNoTracking().Where(t => t.PlanId != null && ids.Contains(t.PlanId.Value))
            .GroupBy(t => t.PlanId!.Value)
            .Select(g => new { Id = g.Key, Tasks = g.Count(), Done = g.Count(t => t.State == TaskState.Done), Overdue = g.Count(t => t.State == TaskState.Open && t.DueOn < today) })
            .ToDictionaryAsync(x => x.Id, ct);
        return plans.Select(p => new PlanDto(p.Id, p.Code, p.UnitName, p.Title, p.Kind, p.From, p.To, p.DocumentId, p.Symbol,
            counts.GetValueOrDefault(p.Id)?.Tasks ?? 0, counts.GetValueOrDefault(p.Id)?.Done ?? 0, counts.GetValueOrDefault(p.Id)?.Overdue ?? 0)).ToList();
    }

    public async Task<PlanDto> PlanAsync(Guid id, CancellationToken ct = default)
    {
        var p = await db.Set<SteeringPlan>().AsNoTracking().Include(x => x.Unit).Include(x => x.Document).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.PlanNotFound");
        await scope.RequireAsync(p.Unit!, Permission.View, ct);
        var today = clock.VietnamToday();
        var tasks = db.Set<SteeringTask>().Where(t => t.PlanId == id);
        return new PlanDto(p.Id, p.Unit!.Code, p.Unit.Name, p.Title, p.Kind, p.From, p.To, p.DocumentId, p.Document?.NumberAndSymbol,
            await tasks.CountAsync(ct), await tasks.CountAsync(t => t.State == TaskState.Done, ct), await tasks.CountAsync(t => t.State == TaskState.Open && t.DueOn < today, ct));
    }

    /// <summary>Tasks in reach (by the unit in charge), filtered; a plan's or a notice's when asked.</summary>
    public async Task<List<TaskDto>> TasksAsync(TaskFilter f, Guid? planId = null, Guid? noticeId = null, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var q = await scope.ListAsync(db.Set<SteeringTask>().AsNoTracking(), t => t.AssigneeUnit!.Path, f.Unit, Permission.View, ct);
        if (planId is { } p)
        {
            q = q.Where(t => t.PlanId == p);
        }
        if (noticeId is { } n)
        {
            q = q.Where(t => t.NoticeId == n);
        }
        if (f.State is { } s)
        {
            q = q.Where(t => t.State == s);
        }
        if (f.OverdueOnly)
        {
            q = q.Where(t => t.State == TaskState.Open && t.DueOn < today);
        }
        if (f.DueFrom is { } from)
        {
            q = q.Where(t => t.DueOn >= from);
        }
        if (f.DueTo is { } to)
        {
            q = q.Where(t => t.DueOn <= to);
        }
        var ordered = noticeId is null ? q.OrderBy(t => t.DueOn).ThenBy(t => t.AssigneeUnit!.Path) : q.OrderBy(t => t.ItemNumber);
        var rows = await Project(ordered.Take(MaxRows), today).ToListAsync(ct);
        return rows;
    }

    public async Task<TaskDto> TaskAsync(Guid id, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var task = await db.Set<SteeringTask>().AsNoTracking().Include(t => t.AssigneeUnit).Include(t => t.OwnerUnit).FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw DomainException.NotFound("Steering.TaskNotFound");
        if (!await scope.CanAsync(task.AssigneeUnit!, Permission.View, ct) && !await scope.CanAsync(task.OwnerUnit!, Permission.View, ct))
        {
            throw DomainException.Forbidden("Auth.ForbiddenUnit", task.AssigneeUnit!.Name);
        }
        var dto = await Project(db.Set<SteeringTask>().AsNoTracking().Where(t => t.Id == id), today).SingleAsync(ct);
        var progress = await db.Set<TaskProgress>().AsNoTracking().Where(p => p.TaskId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.CreatedAt)
            .Select(p => new ProgressDto(p.Id, p.ReportedOn, p.Note, p.Completes, p.FileName, p.FileSize, p.CreatedBy)).ToListAsync(ct);
        return dto with { Progress = progress };
    }

    /// <summary>Whether the caller may see the records of the unit with this code (a task's committee, for its links).</summary>
    public async Task<bool> ReachesAsync(string unitCode, CancellationToken ct = default) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) is { } unit && await scope.CanAsync(unit, Permission.View, ct);

    public async Task<FileContent> EvidenceAsync(Guid taskId, Guid progressId, CancellationToken ct = default)
    {
        await TaskAsync(taskId, ct);
        var p = await db.Set<TaskProgress>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == progressId && x.TaskId == taskId, ct)
            ?? throw DomainException.NotFound("Steering.NoFile");
        return p.Content is null ? throw DomainException.NotFound("Steering.NoFile") : new FileContent(p.FileName!, p.ContentType!, p.Content);
    }

    private static IQueryable<TaskDto> Project(IQueryable<SteeringTask> q, DateOnly today) =>
        q.Select(t => new TaskDto(t.Id, t.OwnerUnit!.Code, t.OwnerUnit.Name, t.PlanId, t.Plan!.Title, t.NoticeId, t.Notice!.NumberAndSymbol,
            t.AssigneeUnit!.Code, t.AssigneeUnit.Name, t.AssigneeMemberId, t.AssigneeMember!.PersonName, t.Coordinators, t.Title, t.ExpectedOutput,
            t.AssignedOn, t.DueOn, t.State, t.CompletedOn, t.State == TaskState.Open && t.DueOn < today, t.Version, new List<ProgressDto>()));

    /// <summary>
    /// The completion of the tasks given to each unit directly under <paramref name="unitCode"/> (and to the unit itself), each
    /// counting its own subtree: tasks due in the period, done, done on time, overdue.
    /// </summary>
    public async Task<List<CompletionRow>> CompletionAsync(string unitCode, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        var today = clock.VietnamToday();
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id).OrderBy(u => u.Code).ToListAsync(ct);
        var rows = await db.Set<SteeringTask>().AsNoTracking()
            .Where(t => t.DueOn >= from && t.DueOn <= to && t.State != TaskState.Cancelled && t.AssigneeUnit!.Path.StartsWith(unit.Path))
            .Select(t => new { Path = t.AssigneeUnit!.Path, t.State, t.CompletedOn, t.DueOn }).ToListAsync(ct);
        CompletionRow Row(Unit u, Func<string, bool> mine)
        {
            var list = rows.Where(r => mine(r.Path)).ToList();
            return new CompletionRow(u.Code, u.Name, list.Count, list.Count(r => r.State == TaskState.Done),
                list.Count(r => r.State == TaskState.Done && r.CompletedOn <= r.DueOn), list.Count(r => r.State == TaskState.Open && r.DueOn < today));
        }
        // Every commune (or district) under the committee, with tasks or not — a unit given nothing shows too; other bodies
        // (agencies, organisations) and units that had ended before the period only when they were given tasks.
        var subRows = children.Select(c => (Unit: c, Row: Row(c, p => p.StartsWith(c.Path, StringComparison.Ordinal))))
            .Where(x => x.Row.Tasks > 0 || ((x.Unit.Kind.IsCommuneLevel() || x.Unit.Kind == UnitKind.District) && (x.Unit.ValidTo is null || x.Unit.ValidTo > from)))
            .Select(x => x.Row);
        return [Row(unit, p => p == unit.Path), .. subRows];
    }

    public async Task<List<InspectionDto>> InspectionsAsync(string? unit, CancellationToken ct = default)
    {
        var q = await scope.ListAsync(db.Set<SteeringInspection>().AsNoTracking(), i => i.Unit!.Path, unit, Permission.View, ct);
        var ids = await q.OrderByDescending(i => i.From).Take(MaxRows).Select(i => i.Id).ToListAsync(ct);
        return await LoadInspectionsAsync(ids, ct);
    }

    public async Task<InspectionDto> InspectionAsync(Guid id, CancellationToken ct = default)
    {
        var unit = await db.Set<SteeringInspection>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Unit).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Steering.InspectionNotFound");
        await scope.RequireAsync(unit, Permission.View, ct);
        return (await LoadInspectionsAsync([id], ct))[0];
    }

    private async Task<List<InspectionDto>> LoadInspectionsAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Set<SteeringInspection>().AsNoTracking().AsSplitQuery().Where(i => ids.Contains(i.Id))
            .Include(i => i.Unit).Include(i => i.Document).Include(i => i.Notice).Include(i => i.Units).ThenInclude(u => u.Unit).ToListAsync(ct);
        return rows.OrderByDescending(i => i.From).Select(i => new InspectionDto(i.Id, i.Unit!.Code, i.Unit.Name, i.Title, i.Team, i.From, i.To, i.NotifiedOn,
            i.DocumentId, i.Document?.NumberAndSymbol, i.NoticeId, i.Notice?.NumberAndSymbol, i.Version,
            i.Units.OrderBy(u => u.Unit!.Code, StringComparer.Ordinal).Select(u => new InspectedUnitDto(u.Unit!.Code, u.Unit.Name, u.Findings)).ToList())).ToList();
    }

    internal static DocumentDto Dto(SteeringDocument d) => new(d.Id, d.Unit!.Code, d.Unit.Name, d.IssuingBody, d.Format, d.Kind, d.Status, d.Number, d.Year,
        d.NumberAndSymbol, d.IssuedOn, d.SignerName, d.SignerTitle, d.Summary, d.Implements, d.ImplementsId, d.Recipients, d.Sender, d.ReceivedOn, d.Body,
        d.FileName, d.FileSize, Cite(d, d.Unit), d.Version);

    /// <summary>The citation of an issued or received document ("Kế hoạch số 47/KH-UBND ngày 04/4/2022 của UBND huyện về …"); none for a draft.</summary>
    internal static string? Cite(SteeringDocument d, Unit unit) => d.NumberAndSymbol is { } n
        ? SteeringRules.Citation(d.Kind, n, d.IssuedOn, d.Status == DocumentStatus.Received ? d.Sender ?? "" : SteeringRules.BodyName(d.IssuingBody, unit.Kind), d.Summary)
        : null;
}
