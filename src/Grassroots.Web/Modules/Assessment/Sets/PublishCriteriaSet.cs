using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Assessment.Sets;

/// <summary>
/// Publishes a draft: from then on it is never edited (ASM-SET). Every unit it assesses under the issuer (its direct units of
/// the set's kind, in being in the set's year) gets its assessment, due the issuing decision's working days after publication
/// on the one legal clock (ASM-SELF-DUE), with the computed criteria pre-filled.
/// </summary>
public sealed class PublishCriteriaSet(AppDbContext db, UnitScope scope, LegalClock legal, Prefiller prefiller, TimeProvider clock)
{
    public async Task<CriteriaSet> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().Include(s => s.IssuerUnit).Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        await scope.RequireAsync(set.IssuerUnit!, Permission.Assess, ct);
        if (set.Status == SetStatus.Published)
        {
            throw DomainException.Conflict("Assessment.SetPublished", Text.Date(set.PublishedOn));
        }
        var today = clock.VietnamToday();
        var on = new DateOnly(set.Year, 12, 31) < today ? new DateOnly(set.Year, 12, 31) : today;
        var children = (await db.Units.AsNoTracking().Where(u => u.ParentId == set.IssuerUnitId).ToListAsync(ct))
            .Where(u => u.IsActiveOn(on) && AssessmentRules.Assesses(set.Assessed, u.Kind)).ToList();
        if (children.Count == 0)
        {
            throw DomainException.Invalid("Assessment.NoUnits", set.IssuerUnit!.Name);
        }
        var deadline = await legal.StartAsync(AssessmentRules.SelfAssessmentRule(set.SelfAssessmentDays, set.IssuingDocument), today, ct: ct);
        set.Status = SetStatus.Published;
        set.PublishedOn = today;
        set.DueOn = deadline.DueOn;
        set.DueExplanation = deadline.Explanation;
        var now = clock.GetUtcNow().UtcDateTime;
        var assessments = children.Select(u => new UnitAssessment
        {
            // A criterion's row is made when it is first scored: here only the computed ones, by the pre-fill.
            SetId = set.Id, UnitId = u.Id, Status = AssessmentStatus.Open, DueOn = deadline.DueOn, CreatedAt = now,
        }).ToList();
        await prefiller.FillAsync(set, assessments, children, ct);
        db.AddRange(assessments);
        await db.SaveChangesAsync(ct);
        return set;
    }
}

/// <summary>
/// Pre-fills the criteria the platform computes: for every unit, the indicator's figure over the set's year (one pass over
/// every unit through Indicators' figures), the points it earns and where the figure comes from. A unit's own score stays its
/// own where the platform has no figure.
/// </summary>
[Scoped]
public sealed class Prefiller(AppDbContext db, IIndicatorFigures figures, IIndicatorCatalogue catalogue, TimeProvider clock)
{
    public async Task FillAsync(CriteriaSet set, IReadOnlyList<UnitAssessment> assessments, IReadOnlyList<Unit> units, CancellationToken ct)
    {
        var computed = set.Criteria.Where(c => !c.IsGroup && c.Scoring == Scoring.Indicator && c.IndicatorKey is not null).ToList();
        if (computed.Count == 0 || assessments.Count == 0)
        {
            return;
        }
        var from = new DateOnly(set.Year, 1, 1);
        var to = new DateOnly(set.Year, 12, 31);
        var values = await figures.ValuesForAsync(units, from, to, ct);
        var today = clock.VietnamToday();
        foreach (var a in assessments)
        {
            var mine = values.GetValueOrDefault(a.UnitId);
            foreach (var c in computed)
            {
                var score = a.Scores.FirstOrDefault(s => s.CriterionId == c.Id);
                if (score is null)
                {
                    a.Scores.Add(score = new AssessmentScore { CriterionId = c.Id, AssessmentId = a.Id });
                    db.Add(score);
                }
                var figure = mine?.GetValueOrDefault(c.IndicatorKey!);
                var indicator = catalogue.Find(c.IndicatorKey!);
                score.Figure = figure;
                score.FigureSource = indicator is null ? null
                    : $"{indicator.Vi}: {(figure is null ? "—" : indicator.WithMeasure(figure))} ({Text.Date(from)}–{Text.Date(to)})";
                if (AssessmentRules.Computed(figure, c.FullAt ?? 0, c.MaxPoints) is { } points)
                {
                    score.SelfPoints = points;
                }
            }
            a.PrefilledOn = today;
        }
    }
}

/// <summary>Fills the computed criteria again for every open assessment of a set (the figures grew since publication).</summary>
public sealed class PrefillAssessments(AppDbContext db, UnitScope scope, Prefiller prefiller)
{
    public async Task<int> HandleAsync(Guid setId, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().AsNoTracking().Include(s => s.IssuerUnit).Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == setId, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        await scope.RequireAsync(set.IssuerUnit!, Permission.Assess, ct);
        if (set.Status != SetStatus.Published)
        {
            throw DomainException.Conflict("Assessment.SetNotPublished");
        }
        var open = await db.Set<UnitAssessment>().Include(a => a.Scores).Include(a => a.Unit)
            .Where(a => a.SetId == setId && (a.Status == AssessmentStatus.Open || a.Status == AssessmentStatus.Returned)).AsSplitQuery().ToListAsync(ct);
        await prefiller.FillAsync(set, open, open.Select(a => a.Unit!).ToList(), ct);
        await db.SaveChangesAsync(ct);
        return open.Count;
    }
}

/// <summary>
/// Publishes the results: the ranking of the decided units within the issuer (ties share a rank), on the portal too. Refused
/// while no unit is decided.
/// </summary>
public sealed class PublishResults(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<CriteriaSet> HandleAsync(Guid setId, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().Include(s => s.IssuerUnit).FirstOrDefaultAsync(s => s.Id == setId, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        await scope.RequireAsync(set.IssuerUnit!, Permission.Assess, ct);
        var decided = await db.Set<UnitAssessment>().Where(a => a.SetId == setId && a.Status == AssessmentStatus.Decided).ToListAsync(ct);
        if (decided.Count == 0)
        {
            throw DomainException.Invalid("Assessment.NothingDecided");
        }
        var ordered = decided.OrderByDescending(a => a.FinalTotal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Rank = i > 0 && ordered[i - 1].FinalTotal == ordered[i].FinalTotal ? ordered[i - 1].Rank : i + 1;
        }
        set.ResultsPublishedOn = clock.VietnamToday();
        AppDbContext.Touch(set);
        await db.SaveChangesAsync(ct);
        return set;
    }
}
