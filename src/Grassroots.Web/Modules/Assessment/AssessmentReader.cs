using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Assessment;

public sealed record SetSummary(Guid Id, string IssuerCode, string IssuerName, int Year, int Edition, string Title, SetPurpose Purpose, AssessedUnits Assessed,
    string? StandardName, SetStatus Status, DateOnly? PublishedOn, DateOnly? DueOn, DateOnly? ResultsPublishedOn, decimal MaxPoints, int Assessments, int Decided);

public sealed record CriterionDto(Guid Id, Guid? ParentId, string Number, string Title, decimal MaxPoints, Scoring Scoring, string? IndicatorKey, string? IndicatorLabel,
    decimal? FullAt, bool EvidenceRequired, string? EvidenceHint, bool IsGroup, int Depth);

public sealed record AssessmentRow(Guid Id, string UnitCode, string UnitName, string? HeadName, AssessmentStatus Status, DateOnly DueOn, DateOnly? ExtendedTo,
    decimal? SelfTotal, decimal? AppraisedTotal, decimal? FinalTotal, Classification? Result, bool? Passed, int? Rank, bool Overdue);

public sealed record SetDto(SetSummary Summary, string IssuingDocument, decimal ExcellentFrom, decimal GoodFrom, decimal CompletedFrom, decimal? PassFrom,
    int SelfAssessmentDays, int AppealDays, string? DueExplanation, Guid? PreviousId, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<AssessmentRow> Assessments,
    bool CanAssess, Guid? NewerId);

public sealed record EvidenceDto(Guid Id, string FileName, long Size, DateTime UploadedAt);

public sealed record ScoreDto(Guid CriterionId, string Number, string Title, decimal MaxPoints, Scoring Scoring, bool IsGroup, int Depth, bool EvidenceRequired,
    string? EvidenceHint, decimal? SelfPoints, string? SelfNote, decimal? Figure, string? FigureSource, decimal? AppraisedPoints, string? AppraisalReason,
    IReadOnlyList<EvidenceDto> Evidence);

public sealed record UnitResultDto(Guid AssessmentId, string SetTitle, decimal? Total, Classification? Result);

public sealed record AssessmentDto(Guid Id, Guid SetId, string SetTitle, int Year, SetPurpose Purpose, string? StandardName, string IssuerCode, string IssuerName,
    string UnitCode, string UnitName, string? HeadName, AssessmentStatus Status, DateOnly DueOn, DateOnly? ExtendedTo, string? ExtensionReason, string? DueExplanation,
    DateOnly? PrefilledOn, DateOnly? SubmittedOn, decimal? SelfTotal, DateOnly? ReturnedOn, string? ReturnNote, DateOnly? AppraisedOn, decimal? AppraisedTotal,
    decimal? FinalTotal, Classification? Result, bool? Passed, string? DecisionNumber, DateOnly? DecidedOn, string? Council, DateOnly? AppealDueOn,
    string? AppealDueExplanation, DateOnly? AppealedOn, string? Appeal, DateOnly? AppealAnsweredOn, string? AppealAnswer, int? Rank, decimal MaxPoints,
    decimal? PassFrom, IReadOnlyList<ScoreDto> Scores, bool CanSelfAssess, bool CanAppraise, bool CanAppeal, bool Overdue, UnitResultDto? UnitResult, int Version);

public sealed record RankRow(int Rank, string UnitCode, string UnitName, string? HeadName, decimal Total, Classification? Result, bool? Passed, Guid AssessmentId);

public sealed record RankingDto(SetSummary Set, IReadOnlyList<RankRow> Rows, IReadOnlyDictionary<Classification, int> Counts);

public sealed record PassingUnit(string Code, string Name, decimal Total);

public sealed record TargetProgressDto(string UnitCode, string UnitName, string StandardName, int Year, decimal? Target, string? TargetDocument, int Communes,
    int Assessed, int Passed, decimal? Share, bool? Met, IReadOnlyList<PassingUnit> PassingUnits);

public sealed record PortalResult(string UnitName, string SetTitle, int Year, decimal Total, Classification? Result, bool? Passed, int? Rank, string? StandardName);

/// <summary>Every list and view of the assessment module, for the API and the pages alike; every query goes through the unit scope.</summary>
public sealed class AssessmentReader(AppDbContext db, UnitScope scope, IIndicatorCatalogue catalogue, TimeProvider clock)
{
    private IQueryable<CriteriaSet> Sets => db.Set<CriteriaSet>().AsNoTracking();

    /// <summary>The sets the caller reaches: issued by a unit in reach, or assessing one.</summary>
    public async Task<List<SetSummary>> SetsAsync(string? unitCode, int? year, CancellationToken ct = default)
    {
        var assessed = await scope.ListAsync(db.Set<UnitAssessment>().AsNoTracking(), a => a.Unit!.Path, unitCode, ct: ct);
        var issued = await scope.ListAsync(Sets, s => s.IssuerUnit!.Path, unitCode, ct: ct);
        var ids = assessed.Select(a => a.SetId);
        var q = Sets.Where(s => issued.Select(i => i.Id).Contains(s.Id) || ids.Contains(s.Id));
        if (year is { } y)
        {
            q = q.Where(s => s.Year == y);
        }
        var rows = await Summaries(q).ToListAsync(ct);
        return rows.OrderByDescending(s => s.Year).ThenBy(s => s.IssuerName, Text.VietnameseOrder).ThenBy(s => s.Purpose).ThenByDescending(s => s.Edition).ToList();
    }

    private IQueryable<SetSummary> Summaries(IQueryable<CriteriaSet> q) => q.Select(s => new SetSummary(s.Id, s.IssuerUnit!.Code, s.IssuerUnit.Name, s.Year, s.Edition, s.Title,
        s.Purpose, s.Assessed, s.StandardName, s.Status, s.PublishedOn, s.DueOn, s.ResultsPublishedOn, s.MaxPoints,
        db.Set<UnitAssessment>().Count(a => a.SetId == s.Id), db.Set<UnitAssessment>().Count(a => a.SetId == s.Id && a.Status == AssessmentStatus.Decided)));

    /// <summary>A set: its tree and thresholds, and the assessments the caller reaches (all of them for the issuer's people).</summary>
    public async Task<SetDto> SetAsync(Guid id, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().AsNoTracking().Include(s => s.IssuerUnit).Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        var all = await scope.CanAsync(set.IssuerUnit!, Permission.View, ct);
        var q = db.Set<UnitAssessment>().AsNoTracking().Where(a => a.SetId == id);
        if (!all)
        {
            q = await scope.FilterAsync(q, a => a.Unit!.Path, ct: ct);
        }
        var rows = await Rows(q).ToListAsync(ct);
        if (!all && rows.Count == 0)
        {
            throw DomainException.Forbidden("Auth.ForbiddenUnit", set.IssuerUnit!.Name);
        }
        var summary = (await Summaries(Sets.Where(s => s.Id == id)).FirstAsync(ct));
        var newer = await Sets.Where(s => s.PreviousId == id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        return new SetDto(summary, set.IssuingDocument, set.ExcellentFrom, set.GoodFrom, set.CompletedFrom, set.PassFrom, set.SelfAssessmentDays, set.AppealDays,
            set.DueExplanation, set.PreviousId, Tree(set.Criteria), Sorted(rows), await scope.CanAsync(set.IssuerUnit!, Permission.Assess, ct), newer);
    }

    private static List<AssessmentRow> Sorted(List<AssessmentRow> rows) =>
        rows.OrderBy(r => r.Rank ?? int.MaxValue).ThenBy(r => r.UnitName, Text.VietnameseOrder).ToList();

    private IQueryable<AssessmentRow> Rows(IQueryable<UnitAssessment> q)
    {
        var today = clock.VietnamToday();
        return q.Select(a => new AssessmentRow(a.Id, a.Unit!.Code, a.Unit.Name, a.HeadName, a.Status, a.DueOn, a.ExtendedTo, a.SelfTotal, a.AppraisedTotal,
            a.FinalTotal, a.Result, a.Passed, a.Rank,
            (a.Status == AssessmentStatus.Open || a.Status == AssessmentStatus.Returned) && (a.ExtendedTo ?? a.DueOn) < today));
    }

    private List<CriterionDto> Tree(IEnumerable<Criterion> criteria) => criteria.OrderBy(c => c.Position)
        .Select(c => new CriterionDto(c.Id, c.ParentId, c.Number, c.Title, c.MaxPoints, c.Scoring, c.IndicatorKey,
            c.IndicatorKey is null ? null : catalogue.Find(c.IndicatorKey)?.Vi, c.FullAt, c.EvidenceRequired, c.EvidenceHint, c.IsGroup, c.Number.Count(ch => ch == '.')))
        .ToList();

    /// <summary>One assessment with every criterion's points, figures and evidence; what the caller may do on it.</summary>
    public async Task<AssessmentDto> AssessmentAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Set<UnitAssessment>().AsNoTracking().Include(x => x.Unit).Include(x => x.Scores)
            .Include(x => x.Set).ThenInclude(s => s!.IssuerUnit).Include(x => x.Set).ThenInclude(s => s!.Criteria)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.NotFound");
        await scope.RequireAsync(a.Unit!, Permission.View, ct);
        var evidence = await db.Set<AssessmentEvidence>().AsNoTracking().Where(e => e.AssessmentId == id).OrderBy(e => e.UploadedAt)
            .Select(e => new { e.CriterionId, Dto = new EvidenceDto(e.Id, e.FileName, e.Size, e.UploadedAt) }).ToListAsync(ct);
        var set = a.Set!;
        var scores = a.Scores.ToDictionary(s => s.CriterionId);
        var rows = set.Criteria.OrderBy(c => c.Position).Select(c =>
        {
            var s = scores.GetValueOrDefault(c.Id);
            return new ScoreDto(c.Id, c.Number, c.Title, c.MaxPoints, c.Scoring, c.IsGroup, c.Number.Count(ch => ch == '.'), c.EvidenceRequired, c.EvidenceHint,
                c.IsGroup ? SumOf(set.Criteria, c, scores, x => x.SelfPoints) : s?.SelfPoints, s?.SelfNote, s?.Figure, s?.FigureSource,
                c.IsGroup ? SumOf(set.Criteria, c, scores, x => x.AppraisedPoints) : s?.AppraisedPoints, s?.AppraisalReason,
                evidence.Where(e => e.CriterionId == c.Id).Select(e => e.Dto).ToList());
        }).ToList();
        var today = clock.VietnamToday();
        var canEdit = await scope.CanAsync(a.Unit!, Permission.Edit, ct);
        var canSelf = a.Status is AssessmentStatus.Open or AssessmentStatus.Returned && canEdit;
        var canAppeal = a.Status == AssessmentStatus.Decided && canEdit && a.AppealedOn is null && a.AppealDueOn >= today;
        var canAppraise = set.Status == SetStatus.Published && await scope.CanAsync(a.Unit!, Permission.Assess, ct) && await scope.CanAsync(set.IssuerUnit!, Permission.Assess, ct);
        UnitResultDto? unitResult = null;
        if (set.Purpose == SetPurpose.HeadResponsibility)
        {
            unitResult = await db.Set<UnitAssessment>().AsNoTracking()
                .Where(x => x.UnitId == a.UnitId && x.Set!.Year == set.Year && x.Set.Purpose == SetPurpose.Classification && x.Status == AssessmentStatus.Decided)
                .OrderByDescending(x => x.DecidedOn).Select(x => new UnitResultDto(x.Id, x.Set!.Title, x.FinalTotal, x.Result)).FirstOrDefaultAsync(ct);
        }
        return new AssessmentDto(a.Id, set.Id, set.Title, set.Year, set.Purpose, set.StandardName, set.IssuerUnit!.Code, set.IssuerUnit.Name, a.Unit!.Code, a.Unit.Name,
            a.HeadName, a.Status, a.DueOn, a.ExtendedTo, a.ExtensionReason, set.DueExplanation, a.PrefilledOn, a.SubmittedOn, a.SelfTotal, a.ReturnedOn, a.ReturnNote,
            a.AppraisedOn, a.AppraisedTotal, a.FinalTotal, a.Result, a.Passed, a.DecisionNumber, a.DecidedOn, a.Council, a.AppealDueOn, a.AppealDueExplanation,
            a.AppealedOn, a.Appeal, a.AppealAnsweredOn, a.AppealAnswer, a.Rank, set.MaxPoints, set.PassFrom, rows, canSelf, canAppraise, canAppeal,
            a.Status is AssessmentStatus.Open or AssessmentStatus.Returned && (a.ExtendedTo ?? a.DueOn) < today, unitResult, a.Version);
    }

    private static decimal? SumOf(List<Criterion> all, Criterion group, Dictionary<Guid, AssessmentScore> scores, Func<AssessmentScore, decimal?> pick)
    {
        var leaves = all.Where(c => !c.IsGroup && c.Number.StartsWith(group.Number + ".", StringComparison.Ordinal)).ToList();
        var values = leaves.Select(l => scores.TryGetValue(l.Id, out var s) ? pick(s) : null).ToList();
        return values.All(v => v is null) ? null : values.Sum(v => v ?? 0);
    }

    /// <summary>The assessments the caller reaches (?unit, ?year, ?status).</summary>
    public async Task<List<AssessmentRow>> AssessmentsAsync(string? unitCode, int? year, AssessmentStatus? status, CancellationToken ct = default)
    {
        var q = await scope.ListAsync(db.Set<UnitAssessment>().AsNoTracking(), a => a.Unit!.Path, unitCode, ct: ct);
        if (year is { } y)
        {
            q = q.Where(a => a.Set!.Year == y);
        }
        if (status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }
        return Sorted(await Rows(q.OrderBy(a => a.DueOn).Take(500)).ToListAsync(ct));
    }

    /// <summary>
    /// The ranking of a set's decided units within the issuing unit: by total, ties sharing a rank. The issuer's people see it at
    /// once; the units assessed and the public once the results are published.
    /// </summary>
    public async Task<RankingDto> RankingAsync(Guid setId, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().AsNoTracking().Include(s => s.IssuerUnit).FirstOrDefaultAsync(s => s.Id == setId, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        if (!await scope.CanAsync(set.IssuerUnit!, Permission.View, ct))
        {
            if (set.ResultsPublishedOn is null)
            {
                throw DomainException.Forbidden("Auth.ForbiddenUnit", set.IssuerUnit!.Name);
            }
        }
        return await RankingOfAsync(set, ct);
    }

    /// <summary>A published ranking, for the portal (no sign-in): only once the issuer published the results.</summary>
    public async Task<RankingDto?> PublishedRankingAsync(Guid setId, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().AsNoTracking().Include(s => s.IssuerUnit).FirstOrDefaultAsync(s => s.Id == setId && s.ResultsPublishedOn != null, ct);
        return set is null ? null : await RankingOfAsync(set, ct);
    }

    private async Task<RankingDto> RankingOfAsync(CriteriaSet set, CancellationToken ct)
    {
        var decided = await db.Set<UnitAssessment>().AsNoTracking().Where(a => a.SetId == set.Id && a.Status == AssessmentStatus.Decided && a.FinalTotal != null)
            .Select(a => new { a.Id, a.Unit!.Code, a.Unit.Name, a.HeadName, Total = a.FinalTotal!.Value, a.Result, a.Passed }).ToListAsync(ct);
        var ordered = decided.OrderByDescending(d => d.Total).ThenBy(d => d.Name, Text.VietnameseOrder).ToList();
        var rows = new List<RankRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            var rank = i > 0 && ordered[i - 1].Total == d.Total ? rows[i - 1].Rank : i + 1;
            rows.Add(new RankRow(rank, d.Code, d.Name, d.HeadName, d.Total, d.Result, d.Passed, d.Id));
        }
        var counts = Enum.GetValues<Classification>().ToDictionary(c => c, c => rows.Count(r => r.Result == c));
        var all = await db.Set<UnitAssessment>().CountAsync(a => a.SetId == set.Id, ct);
        var summary = new SetSummary(set.Id, set.IssuerUnit!.Code, set.IssuerUnit.Name, set.Year, set.Edition, set.Title, set.Purpose, set.Assessed, set.StandardName,
            set.Status, set.PublishedOn, set.DueOn, set.ResultsPublishedOn, set.MaxPoints, all, rows.Count);
        return new RankingDto(summary, rows, counts);
    }

    /// <summary>
    /// A unit's (the province's) progress on a standard in a year: its communes, those that passed the standard on a decided
    /// assessment of any set of that name issued within it, the share, and the target it set (docs/legal.md ASM-TARGET).
    /// </summary>
    public async Task<TargetProgressDto> TargetAsync(string? unitCode, string? standardName, int? year, CancellationToken ct = default)
    {
        new Validation().Text(unitCode, "unit", Unit.CodeMaxLength).Text(standardName, "standard", FieldLength.Name)
            .Require(year is null or (>= Validation.FirstYear and <= Validation.LastYear), "year", "Validation.OutOfRange").ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        var standard = Text.Clean(standardName);
        var y = year ?? clock.VietnamToday().Year;
        var onDay = new DateOnly(y, 12, 31);
        var communes = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id
                && (u.Kind == UnitKind.Commune || u.Kind == UnitKind.Ward || u.Kind == UnitKind.Township || u.Kind == UnitKind.SpecialZone)
                && (u.ValidFrom == null || u.ValidFrom <= onDay) && (u.ValidTo == null || u.ValidTo > onDay))
            .CountAsync(ct);
        var results = await db.Set<UnitAssessment>().AsNoTracking()
            .Where(a => a.Status == AssessmentStatus.Decided && a.Set!.Purpose == SetPurpose.Standard && a.Set.StandardName == standard && a.Set.Year == y
                && a.Unit!.Path.StartsWith(unit.Path))
            .Select(a => new { a.UnitId, a.Unit!.Code, a.Unit.Name, Total = a.FinalTotal ?? 0, a.Passed, a.DecidedOn }).ToListAsync(ct);
        // A unit assessed twice (a new version of the set) counts by its latest decision.
        var latest = results.GroupBy(r => r.UnitId).Select(g => g.OrderByDescending(r => r.DecidedOn).First()).ToList();
        var passing = latest.Where(r => r.Passed == true).OrderByDescending(r => r.Total).ThenBy(r => r.Name, Text.VietnameseOrder)
            .Select(r => new PassingUnit(r.Code, r.Name, r.Total)).ToList();
        var target = await db.Set<StandardTarget>().AsNoTracking().Where(t => t.UnitId == unit.Id && t.StandardName == standard && t.Year == y).FirstOrDefaultAsync(ct);
        var share = AssessmentRules.Share(passing.Count, communes);
        return new TargetProgressDto(unit.Code, unit.Name, standard, y, target?.Share, target?.IssuingDocument, communes, latest.Count, passing.Count, share,
            target is null ? null : share >= target.Share, passing);
    }

    /// <summary>The portal: the published results about the unit (its own, and those of the units it assessed).</summary>
    public async Task<List<PortalResult>> PublishedAsync(int unitId, int take, CancellationToken ct = default) =>
        await db.Set<UnitAssessment>().AsNoTracking()
            .Where(a => a.Set!.ResultsPublishedOn != null && a.Status == AssessmentStatus.Decided && (a.UnitId == unitId || a.Set.IssuerUnitId == unitId))
            .OrderByDescending(a => a.Set!.Year).ThenBy(a => a.Rank)
            .Take(take)
            .Select(a => new PortalResult(a.Unit!.Name, a.Set!.Title, a.Set.Year, a.FinalTotal ?? 0, a.Result, a.Passed, a.Rank, a.Set.StandardName))
            .ToListAsync(ct);

    /// <summary>An evidence file, for those who may see the assessment.</summary>
    public async Task<FileContent> EvidenceFileAsync(Guid id, Guid evidenceId, CancellationToken ct = default)
    {
        var a = await db.Set<UnitAssessment>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.NotFound");
        await scope.RequireAsync(a.Unit!, Permission.View, ct);
        var e = await db.Set<AssessmentEvidence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == evidenceId && x.AssessmentId == id, ct)
            ?? throw DomainException.NotFound("Assessment.EvidenceNotFound");
        return new FileContent(e.FileName, e.ContentType, e.Content);
    }
}
