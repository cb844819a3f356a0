namespace Grassroots.Web.Modules.Supervision;

public sealed record MemberDto(Guid Id, string Name, MemberRole Role, string? Residence, bool IsCommuneOfficial, ConflictOfInterest Conflict, DateOnly? ElectedOn, DateOnly? LeftOn);

public sealed record PlanDto(Guid Id, PlanKind Kind, string Title, string? Content, DateOnly PeriodFrom, DateOnly PeriodTo, string? Target, DateOnly? SentOn,
    DateOnly? EarliestStart, string? Explanation);

public sealed record BoardDto(Guid Id, string UnitCode, string UnitName, BoardKind Kind, string Name, DateOnly? EstablishedOn, DateOnly? TermEndsOn,
    DateOnly? DissolvedOn, bool InPlace, Guid? ElectionMatterId, string? ElectionCommunity, string? ProjectName, string? Investor, decimal? Funds,
    string? ProjectPlace, DateOnly? ProjectStartsOn, DateOnly? ProjectEndsOn, int ActiveMembers, int Version)
{
    public IReadOnlyList<MemberDto> Members { get; init; } = [];
    public IReadOnlyList<PlanDto> Plans { get; init; } = [];
}

public sealed record RecommendationDto(Guid Id, string UnitCode, string UnitName, RecommendationSource Source, Guid SourceId, int Number, string Content,
    string? Group, string? RaisedBy, string AddressedUnitCode, string AddressedUnitName, string? AddressedBody, DateOnly SentOn, DateOnly DueOn,
    string DueExplanation, bool IsCommitment, bool IsPublic, DateOnly? AnsweredOn, string? Answer, Acceptance Acceptance, string? AcceptanceNote,
    DateOnly? EscalatedOn, string? EscalatedToUnitName, bool Overdue, bool? OnTime, int Version);

public sealed record SessionDto(Guid Id, string UnitCode, string UnitName, SessionKind Kind, Guid? BoardId, Guid? PlanId, Supervisor? Supervisor,
    CriticismForm? Form, string Topic, string? SupervisedBody, string? Document, int UnitsVisited, DateOnly HeldOn, DateOnly? EndedOn, string? Findings)
{
    public IReadOnlyList<RecommendationDto> Recommendations { get; init; } = [];
}

public sealed record VotersMeetingDto(Guid Id, string UnitCode, string UnitName, DeputyLevel Level, string Constituency, string Deputies, DateOnly HeldOn,
    string Place, int Attendance, int CarriedOver, int Petitions, int Answered)
{
    public IReadOnlyList<RecommendationDto> PetitionList { get; init; } = [];
    public IReadOnlyList<RecommendationDto> Carried { get; init; } = [];
}

public sealed record DialogueDto(Guid Id, string UnitCode, string UnitName, string HeadName, string HeadTitle, DialogueGroup Group, DateOnly AnnouncedOn,
    DateOnly HeldOn, string Place, int Participants, bool RequestedByVoters, DateOnly? ResultsDueOn, DateOnly? ResultsPublishedOn, bool ResultsLate, string? Summary,
    int? VotersAsking = null, int? Voters = null)
{
    public IReadOnlyList<RecommendationDto> Items { get; init; } = [];
}

/// <summary>The term's record of a constituency: its meetings, the petitions raised, answered (on time) and still waiting.</summary>
public sealed record ConstituencyRecord(string UnitCode, string Constituency, DateOnly From, DateOnly To, int Meetings, int Petitions, int Answered,
    int AnsweredOnTime, int Waiting, int Overdue);

/// <summary>The tracker's states.</summary>
public enum TrackerStatus
{
    /// <summary>Not answered, not yet due.</summary>
    Open,

    /// <summary>Not answered and past its due day.</summary>
    Overdue,

    Answered,
    AnsweredLate,
    Escalated,
    NotAccepted,
}

/// <summary>The tracker's filters: the unit (and its subtree), the state, the addressee, the source, due between two days.</summary>
/// <see cref="ToAnswer"/>: only those addressed (or escalated) to a unit the caller may answer for ("Việc của tôi").
public sealed record TrackerFilter(string? Unit = null, TrackerStatus? Status = null, string? Addressee = null, RecommendationSource? Source = null,
    DateOnly? DueFrom = null, DateOnly? DueTo = null, int Page = 1, bool ToAnswer = false);

public sealed record TrackerPage(IReadOnlyList<RecommendationDto> Rows, int Page, int Total)
{
    public const int Size = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>A recommendation's page: the units the caller may answer it for (none once answered).</summary>
public sealed record RecommendationView(RecommendationDto Item, IReadOnlyList<(string Code, string Name)> Answerers);

/// <summary>A recommendation as the portal shows it: never who raised it.</summary>
public sealed record PortalRecommendation(Guid Id, RecommendationSource Source, string Content, string AddressedTo, DateOnly SentOn, DateOnly DueOn,
    DateOnly? AnsweredOn, string? Answer, bool Overdue);

/// <summary>
/// Every list and view of the module, for the API and the pages alike, within the caller's reach (the unit where a record
/// was raised); the portal's only what the portal may show.
/// </summary>
public sealed class SupervisionReader(AppDbContext db, UnitScope scope, UnitPicker picker, TimeProvider clock)
{
    /// <summary>
    /// The bodies a form may address a recommendation to: those above the caller's units (the district, the province a
    /// commune's petitions go to) and those in the caller's reach, in tree order.
    /// </summary>
    public async Task<List<UnitOption>> AddresseesAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var codes = (await scope.GrantsAsync(ct)).SelectMany(g => g.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        var above = await db.Units.AsNoTracking()
            .Where(u => codes.Contains(u.Code) && u.Kind != UnitKind.Nation && u.Kind != UnitKind.ResidentialCommunity && (u.ValidTo == null || u.ValidTo > today))
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).ToListAsync(ct);
        var within = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, ct: ct);
        return above.Concat(within).DistinctBy(u => u.Code).ToList();
    }

    /// <summary>The bodies where the caller may record a session, a voters' meeting or a dialogue.</summary>
    public Task<List<UnitOption>> RecordersAsync(CancellationToken ct) => picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, ct: ct);

    /// <summary>The communes (wards, special zones) where the caller may record a board, a session, a meeting or a dialogue.</summary>
    public Task<List<UnitOption>> CommunesAsync(CancellationToken ct) => picker.OptionsAsync(Permission.Edit, UnitPick.Bodies,
        also: u => CommuneKinds.Contains(u.Kind), ct: ct);

    private static readonly UnitKind[] CommuneKinds = Enum.GetValues<UnitKind>().Where(k => k.IsCommuneLevel()).ToArray();

    public async Task<List<BoardDto>> BoardsAsync(string? unit, BoardKind? kind, CancellationToken ct)
    {
        var q = await scope.ListAsync(db.Set<SupervisionBoard>().AsNoTracking(), b => b.Unit!.Path, unit, ct: ct);
        if (kind is { } k)
        {
            q = q.Where(b => b.Kind == k);
        }
        var rows = await q.Include(b => b.Unit).Include(b => b.Members).OrderBy(b => b.Unit!.Code).ThenByDescending(b => b.CreatedAt).Take(500).ToListAsync(ct);
        var today = clock.VietnamToday();
        return rows.Select(b => ToDto(b, today)).ToList();
    }

    public async Task<BoardDto> BoardAsync(Guid id, CancellationToken ct)
    {
        var b = await db.Set<SupervisionBoard>().AsNoTracking().Include(x => x.Unit).Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.BoardNotFound");
        await scope.RequireAsync(b.Unit!, Permission.View, ct);
        var plans = await db.Set<SupervisionPlan>().AsNoTracking().Where(p => p.BoardId == id).OrderBy(p => p.PeriodFrom).ToListAsync(ct);
        return ToDto(b, clock.VietnamToday()) with
        {
            Members = b.Members.OrderBy(m => m.Role).ThenBy(m => m.Name).Select(m => new MemberDto(m.Id, m.Name, m.Role, m.Residence, m.IsCommuneOfficial, m.Conflict, m.ElectedOn, m.LeftOn)).ToList(),
            Plans = plans.Select(ToDto).ToList(),
        };
    }

    public async Task<PlanDto> PlanAsync(Guid boardId, Guid planId, CancellationToken ct)
    {
        await BoardAsync(boardId, ct);
        var p = await db.Set<SupervisionPlan>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == planId && x.BoardId == boardId, ct)
            ?? throw DomainException.NotFound("Supervision.PlanNotFound");
        return ToDto(p);
    }

    private static PlanDto ToDto(SupervisionPlan p) => new(p.Id, p.Kind, p.Title, p.Content, p.PeriodFrom, p.PeriodTo, p.Target, p.SentOn, p.EarliestStart, p.Explanation);

    private static BoardDto ToDto(SupervisionBoard b, DateOnly today) => new(b.Id, b.Unit!.Code, b.Unit.Name, b.Kind, b.Name, b.EstablishedOn, b.TermEndsOn,
        b.DissolvedOn, b.IsInPlaceOn(today), b.ElectionMatterId, b.ElectionCommunity, b.ProjectName, b.Investor, b.Funds, b.ProjectPlace, b.ProjectStartsOn,
        b.ProjectEndsOn, b.Members.Count(m => m.IsActiveOn(today)), b.Version);

    public async Task<List<SessionDto>> SessionsAsync(string? unit, SessionKind? kind, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var q = await scope.ListAsync(db.Set<SupervisionSession>().AsNoTracking(), s => s.Unit!.Path, unit, ct: ct);
        if (kind is { } k)
        {
            q = q.Where(s => s.Kind == k);
        }
        if (from is { } f)
        {
            q = q.Where(s => s.HeldOn >= f);
        }
        if (to is { } t)
        {
            q = q.Where(s => s.HeldOn <= t);
        }
        return await q.OrderByDescending(s => s.HeldOn).Take(500)
            .Select(s => new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.BoardId, s.PlanId, s.Supervisor, s.Form, s.Topic, s.SupervisedBody, s.Document,
                s.UnitsVisited, s.HeldOn, s.EndedOn, s.Findings)).ToListAsync(ct);
    }

    public async Task<SessionDto> SessionAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Set<SupervisionSession>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.SessionNotFound");
        await scope.RequireAsync(s.Unit!, Permission.View, ct);
        return new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.BoardId, s.PlanId, s.Supervisor, s.Form, s.Topic, s.SupervisedBody, s.Document,
            s.UnitsVisited, s.HeldOn, s.EndedOn, s.Findings) { Recommendations = await OfSourceAsync(id, ct) };
    }

    public async Task<List<VotersMeetingDto>> MeetingsAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var q = await scope.ListAsync(db.Set<VotersMeeting>().AsNoTracking(), s => s.Unit!.Path, unit, ct: ct);
        if (from is { } f)
        {
            q = q.Where(s => s.HeldOn >= f);
        }
        if (to is { } t)
        {
            q = q.Where(s => s.HeldOn <= t);
        }
        var recs = db.Set<Recommendation>();
        return await q.OrderByDescending(s => s.HeldOn).Take(500)
            .Select(m => new VotersMeetingDto(m.Id, m.Unit!.Code, m.Unit.Name, m.Level, m.Constituency, m.Deputies, m.HeldOn, m.Place, m.Attendance, m.CarriedOver,
                recs.Count(r => r.SourceId == m.Id), recs.Count(r => r.SourceId == m.Id && r.AnsweredOn != null))).ToListAsync(ct);
    }

    public async Task<VotersMeetingDto> MeetingAsync(Guid id, CancellationToken ct)
    {
        var m = await db.Set<VotersMeeting>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.MeetingNotFound");
        await scope.RequireAsync(m.Unit!, Permission.View, ct);
        var petitions = await OfSourceAsync(id, ct);
        // Carried to it: the constituency's earlier petitions still unanswered when it was held.
        var earlier = db.Set<VotersMeeting>().Where(x => x.UnitId == m.UnitId && x.Level == m.Level && x.Constituency == m.Constituency && x.HeldOn < m.HeldOn).Select(x => x.Id);
        var carried = await ToDtosAsync(Include(db.Set<Recommendation>().AsNoTracking()
            .Where(r => r.Source == RecommendationSource.Voters && (r.AnsweredOn == null || r.AnsweredOn > m.HeldOn) && earlier.Contains(r.SourceId)))
            .OrderBy(r => r.SentOn).ThenBy(r => r.Number).Take(1000), ct);
        return new VotersMeetingDto(m.Id, m.Unit!.Code, m.Unit.Name, m.Level, m.Constituency, m.Deputies, m.HeldOn, m.Place, m.Attendance, m.CarriedOver,
            petitions.Count, petitions.Count(p => p.AnsweredOn is not null)) { PetitionList = petitions, Carried = carried };
    }

    public async Task<ConstituencyRecord> ConstituencyAsync(string unit, string constituency, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var u = await scope.RequireAsync(Text.Clean(unit), Permission.View, ct);
        var name = Text.Clean(constituency);
        var meetings = db.Set<VotersMeeting>().Where(m => m.UnitId == u.Id && m.Constituency == name && m.HeldOn >= from && m.HeldOn <= to);
        var ids = meetings.Select(m => m.Id);
        var rows = await db.Set<Recommendation>().AsNoTracking().Where(r => ids.Contains(r.SourceId)).Select(r => new { r.DueOn, r.AnsweredOn }).ToListAsync(ct);
        var today = clock.VietnamToday();
        return new ConstituencyRecord(u.Code, name, from, to, await meetings.CountAsync(ct), rows.Count, rows.Count(r => r.AnsweredOn is not null),
            rows.Count(r => SupervisionRules.OnTime(r.DueOn, r.AnsweredOn)), rows.Count(r => r.AnsweredOn is null),
            rows.Count(r => SupervisionRules.IsOverdue(r.DueOn, r.AnsweredOn, today)));
    }

    public async Task<List<DialogueDto>> DialoguesAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var q = await scope.ListAsync(db.Set<Dialogue>().AsNoTracking(), s => s.Unit!.Path, unit, ct: ct);
        if (from is { } f)
        {
            q = q.Where(s => s.HeldOn >= f);
        }
        if (to is { } t)
        {
            q = q.Where(s => s.HeldOn <= t);
        }
        var today = clock.VietnamToday();
        var rows = await q.Include(d => d.Unit).OrderByDescending(s => s.HeldOn).Take(500).ToListAsync(ct);
        return rows.Select(d => ToDto(d, today)).ToList();
    }

    public async Task<DialogueDto> DialogueAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Set<Dialogue>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.DialogueNotFound");
        await scope.RequireAsync(d.Unit!, Permission.View, ct);
        return ToDto(d, clock.VietnamToday()) with { Items = await OfSourceAsync(id, ct) };
    }

    private static DialogueDto ToDto(Dialogue d, DateOnly today) => new(d.Id, d.Unit!.Code, d.Unit.Name, d.HeadName, d.HeadTitle, d.Group, d.AnnouncedOn, d.HeldOn,
        d.Place, d.Participants, d.RequestedByVoters, d.ResultsDueOn, d.ResultsPublishedOn,
        d.ResultsDueOn is { } due && (d.ResultsPublishedOn is { } p ? p > due : today > due), d.Summary, d.VotersAsking, d.Voters);

    public async Task<RecommendationDto> RecommendationAsync(Guid id, CancellationToken ct)
    {
        var r = await Include(db.Set<Recommendation>().AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Supervision.RecommendationNotFound");
        if (!await scope.CanAsync(r.Unit!, Permission.View, ct) && !await scope.CanAsync(r.AddressedUnit!, Permission.View, ct))
        {
            await scope.RequireAsync(r.Unit!, Permission.View, ct);
        }
        return ToDto(r, clock.VietnamToday());
    }

    /// <summary>One recommendation for its page, with the units the caller may answer it for (its addressee, or the body it was escalated to).</summary>
    public async Task<RecommendationView> ViewAsync(Guid id, CancellationToken ct)
    {
        var item = await RecommendationAsync(id, ct);
        var r = await db.Set<Recommendation>().AsNoTracking().Include(x => x.AddressedUnit).Include(x => x.EscalatedToUnit).FirstAsync(x => x.Id == id, ct);
        var answerers = new List<(string Code, string Name)>();
        foreach (var u in new[] { r.AddressedUnit, r.EscalatedToUnit })
        {
            if (u is not null && await scope.CanAsync(u, Permission.Edit, ct))
            {
                answerers.Add((u.Code, u.Name));
            }
        }
        return new RecommendationView(item, item.AnsweredOn is null ? answerers : []);
    }

    /// <summary>The one tracker: every recommendation in reach, filtered by state, addressee, source and due day, soonest due first.</summary>
    public async Task<TrackerPage> TrackerAsync(TrackerFilter f, CancellationToken ct)
    {
        var q = await scope.ListAsync(db.Set<Recommendation>().AsNoTracking(), r => r.Unit!.Path, f.Unit, ct: ct);
        var today = clock.VietnamToday();
        q = f.Status switch
        {
            TrackerStatus.Open => q.Where(r => r.AnsweredOn == null && r.DueOn >= today),
            TrackerStatus.Overdue => q.Where(r => r.AnsweredOn == null && r.DueOn < today),
            TrackerStatus.Answered => q.Where(r => r.AnsweredOn != null),
            TrackerStatus.AnsweredLate => q.Where(r => r.AnsweredOn != null && r.AnsweredOn > r.DueOn),
            TrackerStatus.Escalated => q.Where(r => r.EscalatedOn != null),
            TrackerStatus.NotAccepted => q.Where(r => r.Acceptance == Acceptance.NotAccepted),
            _ => q,
        };
        if (!string.IsNullOrWhiteSpace(f.Addressee))
        {
            var code = Text.Clean(f.Addressee);
            var addressee = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct) ?? 0;
            q = q.Where(r => r.AddressedUnitId == addressee || r.EscalatedToUnitId == addressee);
        }
        if (f.ToAnswer)
        {
            var mine = (await scope.VisibleUnitsAsync(Permission.Edit, ct)).Select(u => u.Id);
            q = q.Where(r => mine.Contains(r.AddressedUnitId) || (r.EscalatedToUnitId != null && mine.Contains(r.EscalatedToUnitId.Value)));
        }
        if (f.Source is { } s)
        {
            q = q.Where(r => r.Source == s);
        }
        if (f.DueFrom is { } from)
        {
            q = q.Where(r => r.DueOn >= from);
        }
        if (f.DueTo is { } to)
        {
            q = q.Where(r => r.DueOn <= to);
        }
        var total = await q.CountAsync(ct);
        var page = Math.Clamp(f.Page, 1, Math.Max(1, (total + TrackerPage.Size - 1) / TrackerPage.Size));
        // The page's ids first (one ordered scan of the recommendations alone), then those rows with their units.
        var ids = await q.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Skip((page - 1) * TrackerPage.Size).Take(TrackerPage.Size).Select(r => r.Id).ToListAsync(ct);
        var rows = await ToDtosAsync(Include(db.Set<Recommendation>().AsNoTracking().Where(r => ids.Contains(r.Id))), ct);
        return new TrackerPage(rows.OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToList(), page, total);
    }

    /// <summary>What the portal of a unit shows: the public recommendations raised in its subtree, with their answers.</summary>
    public async Task<List<PortalRecommendation>> PublicAsync(string unitCode, int take, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var today = clock.VietnamToday();
        var rows = await db.Set<Recommendation>().AsNoTracking().Where(r => r.IsPublic && r.Unit!.Path.StartsWith(unit.Path))
            .OrderByDescending(r => r.AnsweredOn ?? r.SentOn).ThenByDescending(r => r.Id).Take(take)
            .Select(r => new { r.Id, r.Source, r.Content, To = r.AddressedUnit!.Name, r.AddressedBody, r.SentOn, r.DueOn, r.AnsweredOn, r.Answer }).ToListAsync(ct);
        return rows.Select(r => new PortalRecommendation(r.Id, r.Source, r.Content, r.AddressedBody is null ? r.To : $"{r.AddressedBody}, {r.To}", r.SentOn, r.DueOn,
            r.AnsweredOn, r.Answer, SupervisionRules.IsOverdue(r.DueOn, r.AnsweredOn, today))).ToList();
    }

    private Task<List<RecommendationDto>> OfSourceAsync(Guid sourceId, CancellationToken ct) =>
        ToDtosAsync(Include(db.Set<Recommendation>().AsNoTracking().Where(r => r.SourceId == sourceId)).OrderBy(r => r.Number), ct);

    private static IQueryable<Recommendation> Include(IQueryable<Recommendation> q) => q.Include(r => r.Unit).Include(r => r.AddressedUnit).Include(r => r.EscalatedToUnit);

    private async Task<List<RecommendationDto>> ToDtosAsync(IQueryable<Recommendation> q, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        return (await q.ToListAsync(ct)).Select(r => ToDto(r, today)).ToList();
    }

    public static RecommendationDto ToDto(Recommendation r, DateOnly today) => new(r.Id, r.Unit!.Code, r.Unit.Name, r.Source, r.SourceId, r.Number, r.Content,
        r.Group, r.RaisedBy, r.AddressedUnit!.Code, r.AddressedUnit.Name, r.AddressedBody, r.SentOn, r.DueOn, r.DueExplanation, r.IsCommitment, r.IsPublic,
        r.AnsweredOn, r.Answer, r.Acceptance, r.AcceptanceNote, r.EscalatedOn, r.EscalatedToUnit?.Name,
        SupervisionRules.IsOverdue(r.DueOn, r.AnsweredOn, today), r.AnsweredOn is null ? null : SupervisionRules.OnTime(r.DueOn, r.AnsweredOn), r.Version);
}
