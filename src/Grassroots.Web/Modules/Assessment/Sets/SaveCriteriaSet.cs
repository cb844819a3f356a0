using System.Text.RegularExpressions;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Assessment.Sets;

public sealed record CriterionRequest(string? Number, string? Title, decimal? MaxPoints, Scoring? Scoring, string? IndicatorKey, decimal? FullAt,
    bool? EvidenceRequired, string? EvidenceHint);

public sealed record CriteriaSetRequest(string? IssuerCode, int? Year, string? Title, SetPurpose? Purpose, AssessedUnits? Assessed, string? StandardName,
    string? IssuingDocument, decimal? ExcellentFrom, decimal? GoodFrom, decimal? CompletedFrom, decimal? PassFrom, int? SelfAssessmentDays, int? AppealDays,
    IReadOnlyList<CriterionRequest>? Criteria);

/// <summary>
/// Validates a criteria set and builds its tree: numbers "1", "1.2", "1.2.3" (a parent before its children), a leaf's maximum
/// and scoring, a group's maximum the sum of its children's, an indicator criterion naming an indicator of the catalogue and
/// the figure that earns full points, the thresholds in order within the total. Shared by the draft's creation and its edits.
/// </summary>
[Scoped]
public sealed partial class CriteriaSetBuilder(IIndicatorCatalogue catalogue)
{
    public const int MaxCriteria = 300;

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){0,3}$")]
    private static partial Regex NumberPattern();

    public void Validate(Validation v, CriteriaSetRequest r)
    {
        v.Text(r.IssuerCode, "issuerCode", Unit.CodeMaxLength)
            .Require(r.Year is >= 2000 and <= Validation.LastYear, "year", "Validation.OutOfRange")
            .Text(r.Title, "title", FieldLength.Title)
            .Require(r.Purpose is not null, "purpose", "Validation.Required")
            .Require(r.Assessed is not null, "assessed", "Validation.Required")
            .Text(r.StandardName, "standardName", FieldLength.Name, required: r.Purpose == SetPurpose.Standard)
            .Text(r.IssuingDocument, "issuingDocument", FieldLength.Name)
            .Require(r.SelfAssessmentDays is >= 1 and <= AssessmentRules.MaxDays, "selfAssessmentDays", "Validation.OutOfRange")
            .Require(r.AppealDays is >= 1 and <= AssessmentRules.MaxDays, "appealDays", "Validation.OutOfRange")
            .Require(r.Criteria is { Count: > 0 and <= MaxCriteria }, "criteria", "Assessment.CriteriaCount");
        if (r.Purpose == SetPurpose.Standard)
        {
            v.Require(r.PassFrom is > 0 and <= AssessmentRules.MaxTotal, "passFrom", "Validation.OutOfRange");
        }
        else
        {
            v.Require(r.ExcellentFrom is >= 0 and <= AssessmentRules.MaxTotal, "excellentFrom", "Validation.OutOfRange")
                .Require(r.GoodFrom is >= 0 and <= AssessmentRules.MaxTotal, "goodFrom", "Validation.OutOfRange")
                .Require(r.CompletedFrom is >= 0 and <= AssessmentRules.MaxTotal, "completedFrom", "Validation.OutOfRange")
                .Require(!(r.ExcellentFrom < r.GoodFrom || r.GoodFrom < r.CompletedFrom), "excellentFrom", "Assessment.ThresholdsOrder");
        }
        for (var i = 0; i < (r.Criteria?.Count ?? 0) && i < MaxCriteria; i++)
        {
            var c = r.Criteria![i];
            var f = $"criteria[{i}]";
            v.Text(c?.Number, f + ".number", FieldLength.ShortCode)
                .Text(c?.Title, f + ".title", FieldLength.Line)
                .Text(c?.IndicatorKey, f + ".indicatorKey", FieldLength.Label, required: false)
                .Text(c?.EvidenceHint, f + ".evidenceHint", FieldLength.Line, required: false)
                .Require(c?.Number is null || NumberPattern().IsMatch(Text.Clean(c.Number)), f + ".number", "Assessment.NumberFormat")
                .Require(c?.MaxPoints is null or (> 0 and <= AssessmentRules.MaxTotal), f + ".maxPoints", "Validation.OutOfRange")
                .Require(c?.MaxPoints is null || c.MaxPoints % AssessmentRules.Step == 0, f + ".maxPoints", "Assessment.PointsStep")
                .Require(c?.FullAt is null or (> 0 and <= 1_000_000_000), f + ".fullAt", "Validation.OutOfRange");
        }
    }

    /// <summary>The tree of criteria, checked as a whole; the total. Refusals name the criterion by its number.</summary>
    public (List<Criterion> Criteria, decimal Total) Build(CriteriaSetRequest r)
    {
        var items = r.Criteria!.Select(c => (Number: Text.Clean(c.Number), Request: c)).ToList();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (n, _) in items)
        {
            if (!numbers.Add(n))
            {
                throw DomainException.Invalid("Assessment.DuplicateNumber", n);
            }
            var dot = n.LastIndexOf('.');
            if (dot > 0 && !numbers.Contains(n[..dot]))
            {
                throw DomainException.Invalid("Assessment.ParentMissing", n, n[..dot]);
            }
        }
        bool IsGroup(string n) => items.Any(x => x.Number.StartsWith(n + ".", StringComparison.Ordinal));
        var criteria = new List<Criterion>();
        var byNumber = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (n, c) in items)
        {
            var group = IsGroup(n);
            var criterion = new Criterion
            {
                Number = n, Title = Text.Clean(c.Title), Position = position++, IsGroup = group,
                EvidenceRequired = !group && c.EvidenceRequired == true, EvidenceHint = Text.CleanOrNull(c.EvidenceHint),
            };
            var dot = n.LastIndexOf('.');
            if (dot > 0)
            {
                criterion.ParentId = byNumber[n[..dot]].Id;
            }
            if (!group)
            {
                criterion.MaxPoints = c.MaxPoints ?? throw DomainException.Invalid("Assessment.MaxRequired", n);
                criterion.Scoring = c.Scoring ?? throw DomainException.Invalid("Assessment.ScoringRequired", n);
                if (criterion.Scoring == Scoring.Indicator)
                {
                    var key = Text.CleanOrNull(c.IndicatorKey) ?? throw DomainException.Invalid("Assessment.IndicatorRequired", n);
                    if (catalogue.Find(key) is null)
                    {
                        throw DomainException.Invalid("Assessment.IndicatorUnknown", n, key);
                    }
                    criterion.IndicatorKey = key;
                    criterion.FullAt = c.FullAt ?? throw DomainException.Invalid("Assessment.FullAtRequired", n);
                }
            }
            byNumber[n] = criterion;
            criteria.Add(criterion);
        }
        // A group's maximum is the sum of its children's; a maximum given for a group must agree with it.
        foreach (var g in criteria.Where(c => c.IsGroup).OrderByDescending(c => c.Number.Length))
        {
            var sum = criteria.Where(c => c.ParentId == g.Id).Sum(c => c.MaxPoints);
            var given = items.First(x => x.Number == g.Number).Request.MaxPoints;
            if (given is { } m && m != sum)
            {
                throw DomainException.Invalid("Assessment.GroupMax", g.Number, Points(m), Points(sum));
            }
            g.MaxPoints = sum;
        }
        var total = criteria.Where(c => !c.IsGroup).Sum(c => c.MaxPoints);
        var highest = r.Purpose == SetPurpose.Standard ? r.PassFrom!.Value : r.ExcellentFrom!.Value;
        if (highest > total)
        {
            throw DomainException.Invalid("Assessment.ThresholdOverTotal", Points(highest), Points(total));
        }
        return (criteria, total);
    }

    public static string Points(decimal p) => Indicator.Number(p);

    public static void Apply(CriteriaSet set, CriteriaSetRequest r, List<Criterion> criteria, decimal total)
    {
        set.Title = Text.Clean(r.Title);
        set.Purpose = r.Purpose!.Value;
        set.Assessed = r.Assessed!.Value;
        set.StandardName = r.Purpose == SetPurpose.Standard ? Text.Clean(r.StandardName) : Text.CleanOrNull(r.StandardName);
        set.IssuingDocument = Text.Clean(r.IssuingDocument);
        set.ExcellentFrom = r.ExcellentFrom ?? 0;
        set.GoodFrom = r.GoodFrom ?? 0;
        set.CompletedFrom = r.CompletedFrom ?? 0;
        set.PassFrom = r.Purpose == SetPurpose.Standard ? r.PassFrom : null;
        set.SelfAssessmentDays = r.SelfAssessmentDays!.Value;
        set.AppealDays = r.AppealDays!.Value;
        set.MaxPoints = total;
        set.Criteria = criteria;
    }
}

/// <summary>A draft criteria set of the issuing unit for a year; the next edition when one of the same purpose exists.</summary>
public sealed class CreateCriteriaSet(AppDbContext db, UnitScope scope, CriteriaSetBuilder builder, CurrentUser user, TimeProvider clock)
{
    public async Task<CriteriaSet> HandleAsync(CriteriaSetRequest r, CancellationToken ct = default)
    {
        var v = new Validation();
        builder.Validate(v, r);
        v.ThrowIfInvalid();
        var issuer = await scope.RequireAsync(Text.Clean(r.IssuerCode), Permission.Assess, ct);
        var (criteria, total) = builder.Build(r);
        var editions = await db.Set<CriteriaSet>().Where(s => s.IssuerUnitId == issuer.Id && s.Year == r.Year && s.Purpose == r.Purpose)
            .Select(s => (int?)s.Edition).MaxAsync(ct);
        var set = new CriteriaSet
        {
            IssuerUnitId = issuer.Id, Year = r.Year!.Value, Edition = (editions ?? 0) + 1, Title = "", IssuingDocument = "",
            Status = SetStatus.Draft, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.UserName,
        };
        CriteriaSetBuilder.Apply(set, r, criteria, total);
        db.Add(set);
        await db.SaveChangesAsync(ct);
        return set;
    }
}

/// <summary>A draft's new content (the whole tree again). A published set is never edited: a new version is made (ASM-SET).</summary>
public sealed class UpdateCriteriaSet(AppDbContext db, UnitScope scope, CriteriaSetBuilder builder)
{
    public async Task<CriteriaSet> HandleAsync(Guid id, CriteriaSetRequest r, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().Include(s => s.IssuerUnit).Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        await scope.RequireAsync(set.IssuerUnit!, Permission.Assess, ct);
        if (set.Status == SetStatus.Published)
        {
            throw DomainException.Conflict("Assessment.SetPublished", Text.Date(set.PublishedOn));
        }
        var v = new Validation();
        builder.Validate(v, r with { IssuerCode = set.IssuerUnit!.Code, Year = set.Year });
        v.ThrowIfInvalid();
        if (r.Purpose != set.Purpose)
        {
            throw DomainException.Invalid("Assessment.PurposeFixed");
        }
        var (criteria, total) = builder.Build(r);
        db.RemoveRange(set.Criteria);
        // Added explicitly: found only through the navigation, criteria with their keys set would be taken for existing rows.
        db.AddRange(criteria);
        CriteriaSetBuilder.Apply(set, r, criteria, total);
        AppDbContext.Touch(set);
        await db.SaveChangesAsync(ct);
        return set;
    }
}

/// <summary>A new version of a published set: a draft copy with the next edition, to change and publish in its place.</summary>
public sealed class NewSetVersion(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<CriteriaSet> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var set = await db.Set<CriteriaSet>().AsNoTracking().Include(s => s.IssuerUnit).Include(s => s.Criteria).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Assessment.SetNotFound");
        await scope.RequireAsync(set.IssuerUnit!, Permission.Assess, ct);
        if (set.Status != SetStatus.Published)
        {
            throw DomainException.Conflict("Assessment.SetNotPublished");
        }
        if (await db.Set<CriteriaSet>().AnyAsync(s => s.PreviousId == id, ct))
        {
            throw DomainException.Conflict("Assessment.VersionExists");
        }
        var editions = await db.Set<CriteriaSet>().Where(s => s.IssuerUnitId == set.IssuerUnitId && s.Year == set.Year && s.Purpose == set.Purpose).MaxAsync(s => s.Edition, ct);
        var ids = set.Criteria.ToDictionary(c => c.Id, _ => Guid.CreateVersion7());
        var copy = new CriteriaSet
        {
            IssuerUnitId = set.IssuerUnitId, Year = set.Year, Edition = editions + 1, PreviousId = set.Id, Title = set.Title, Purpose = set.Purpose,
            Assessed = set.Assessed, StandardName = set.StandardName, IssuingDocument = set.IssuingDocument, ExcellentFrom = set.ExcellentFrom,
            GoodFrom = set.GoodFrom, CompletedFrom = set.CompletedFrom, PassFrom = set.PassFrom, SelfAssessmentDays = set.SelfAssessmentDays,
            AppealDays = set.AppealDays, MaxPoints = set.MaxPoints, Status = SetStatus.Draft, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.UserName,
            Criteria = set.Criteria.Select(c => new Criterion
            {
                Id = ids[c.Id], ParentId = c.ParentId is { } p ? ids[p] : null, Number = c.Number, Position = c.Position, Title = c.Title, MaxPoints = c.MaxPoints,
                Scoring = c.Scoring, IndicatorKey = c.IndicatorKey, FullAt = c.FullAt, EvidenceRequired = c.EvidenceRequired, EvidenceHint = c.EvidenceHint, IsGroup = c.IsGroup,
            }).ToList(),
        };
        db.Add(copy);
        await db.SaveChangesAsync(ct);
        return copy;
    }
}
