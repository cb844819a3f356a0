using Grassroots.Web.Modules.Assessment.Sets;

namespace Grassroots.Web.Modules.Assessment.SelfAssessment;

public sealed record SelfScore(Guid? CriterionId, decimal? Points, string? Note);

public sealed record SelfScoresRequest(string? HeadName, IReadOnlyList<SelfScore>? Scores);

public sealed record ExtensionRequest(DateOnly? Until, string? Reason);

/// <summary>Loads an assessment with its set and scores for a change, checking the caller's permission on the right unit.</summary>
[Scoped]
public sealed class AssessmentLoader(AppDbContext db, UnitScope scope)
{
    public async Task<UnitAssessment> ForUnitAsync(Guid id, CancellationToken ct)
    {
        var a = await LoadAsync(id, ct);
        await scope.RequireAsync(a.Unit!, Permission.Edit, ct);
        return a;
    }

    /// <summary>For the level above: the permission to assess on the set's issuer, whose subtree holds the unit (never the unit's own people).</summary>
    public async Task<UnitAssessment> ForAppraiserAsync(Guid id, CancellationToken ct)
    {
        var a = await LoadAsync(id, ct);
        await scope.RequireAsync(a.Unit!, Permission.Assess, ct);
        await scope.RequireAsync(a.Set!.IssuerUnit!, Permission.Assess, ct);
        return a;
    }

    private async Task<UnitAssessment> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Set<UnitAssessment>().Include(a => a.Unit).Include(a => a.Scores).Include(a => a.Set).ThenInclude(s => s!.IssuerUnit)
            .Include(a => a.Set).ThenInclude(s => s!.Criteria).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw DomainException.NotFound("Assessment.NotFound");

    public static Criterion Leaf(UnitAssessment a, Guid? criterionId)
    {
        var c = a.Set!.Criteria.FirstOrDefault(x => x.Id == criterionId) ?? throw DomainException.Invalid("Assessment.CriterionNotFound");
        return c.IsGroup ? throw DomainException.Invalid("Assessment.GroupNotScored", c.Number) : c;
    }

    /// <summary>Points over the maximum, or not a legal score of the criterion: refused naming the criterion.</summary>
    public static void CheckPoints(Criterion c, decimal points)
    {
        if (points > c.MaxPoints)
        {
            throw DomainException.Invalid("Assessment.OverMax", c.Number, CriteriaSetBuilder.Points(points), CriteriaSetBuilder.Points(c.MaxPoints));
        }
        if (!AssessmentRules.IsValidPoints(points, c.MaxPoints, c.Scoring))
        {
            throw DomainException.Invalid(c.Scoring == Scoring.YesNo ? "Assessment.YesNoPoints" : "Assessment.PointsInvalid", c.Number, CriteriaSetBuilder.Points(c.MaxPoints));
        }
    }
}

/// <summary>The unit scores itself: the points of some criteria (within each maximum) and a note; the head's name for a head's assessment.</summary>
public sealed class ScoreSelf(AppDbContext db, AssessmentLoader loader)
{
    public const int MaxScores = CriteriaSetBuilder.MaxCriteria;

    public async Task<UnitAssessment> HandleAsync(Guid id, SelfScoresRequest r, CancellationToken ct = default)
    {
        var v = new Validation().Text(r.HeadName, "headName", FieldLength.PersonName, required: false)
            .Require(r.Scores is { Count: <= MaxScores }, "scores", "Validation.Required");
        for (var i = 0; i < Math.Min(r.Scores?.Count ?? 0, MaxScores); i++)
        {
            var s = r.Scores![i];
            v.Require(s?.CriterionId is not null, $"scores[{i}].criterionId", "Validation.Required")
                .Require(s?.Points is null or (>= 0 and <= AssessmentRules.MaxTotal), $"scores[{i}].points", "Validation.OutOfRange")
                .Text(s?.Note, $"scores[{i}].note", FieldLength.Note, required: false);
        }
        v.ThrowIfInvalid();
        var a = await loader.ForUnitAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Open or AssessmentStatus.Returned))
        {
            throw DomainException.Conflict("Assessment.NotOpen");
        }
        if (a.Set!.Purpose == SetPurpose.HeadResponsibility && Text.CleanOrNull(r.HeadName) is { } head)
        {
            a.HeadName = head;
        }
        foreach (var s in r.Scores!)
        {
            var c = AssessmentLoader.Leaf(a, s.CriterionId);
            var score = a.Scores.FirstOrDefault(x => x.CriterionId == c.Id);
            if (score is null)
            {
                a.Scores.Add(score = new AssessmentScore { CriterionId = c.Id, AssessmentId = a.Id });
                db.Add(score);
            }
            if (c.Scoring == Scoring.Indicator && score.Figure is not null)
            {
                // The platform computed it from the unit's records: only the level above may change it, with a reason.
                if (s.Points is { } p && p != score.SelfPoints)
                {
                    throw DomainException.Invalid("Assessment.ComputedCriterion", c.Number);
                }
            }
            else if (s.Points is { } points)
            {
                AssessmentLoader.CheckPoints(c, points);
                score.SelfPoints = points;
            }
            else
            {
                score.SelfPoints = null;
            }
            score.SelfNote = Text.CleanOrNull(s.Note);
        }
        AppDbContext.Touch(a);
        await db.SaveChangesAsync(ct);
        return a;
    }
}

/// <summary>
/// Submits the self-assessment to the level above: by its due day on the working calendar (or the extension granted), every
/// criterion scored, and every criterion that needs evidence with its files.
/// </summary>
public sealed class SubmitAssessment(AppDbContext db, AssessmentLoader loader, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await loader.ForUnitAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Open or AssessmentStatus.Returned))
        {
            throw DomainException.Conflict("Assessment.NotOpen");
        }
        var today = clock.VietnamToday();
        var due = a.ExtendedTo ?? a.DueOn;
        if (today > due)
        {
            throw DomainException.Invalid("Assessment.PastDue", Text.Date(due), a.Set!.DueExplanation ?? "");
        }
        var scores = a.Scores.ToDictionary(s => s.CriterionId);
        var leaves = a.Set!.Criteria.Where(c => !c.IsGroup).OrderBy(c => c.Position).ToList();
        if (leaves.FirstOrDefault(c => scores.GetValueOrDefault(c.Id)?.SelfPoints is null) is { } unscored)
        {
            throw DomainException.Invalid("Assessment.Unscored", unscored.Number);
        }
        var withEvidence = await db.Set<AssessmentEvidence>().Where(e => e.AssessmentId == id).Select(e => e.CriterionId).Distinct().ToListAsync(ct);
        if (leaves.FirstOrDefault(c => c.EvidenceRequired && !withEvidence.Contains(c.Id)) is { } bare)
        {
            throw DomainException.Invalid("Assessment.EvidenceMissing", bare.Number, bare.Title);
        }
        if (a.Set.Purpose == SetPurpose.HeadResponsibility && a.HeadName is null)
        {
            throw DomainException.Invalid("Assessment.HeadNameRequired");
        }
        a.SelfTotal = leaves.Sum(c => scores[c.Id].SelfPoints!.Value);
        a.SubmittedOn = today;
        a.Status = AssessmentStatus.Submitted;
        await db.SaveChangesAsync(ct);
        return a;
    }
}

/// <summary>The level above grants more time: a later due day, with its reason.</summary>
public sealed class ExtendAssessment(AppDbContext db, AssessmentLoader loader)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, ExtensionRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Until is not null, "until", "Validation.Required").Date(r.Until, "until")
            .Text(r.Reason, "reason", FieldLength.Line).ThrowIfInvalid();
        var a = await loader.ForAppraiserAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Open or AssessmentStatus.Returned))
        {
            throw DomainException.Conflict("Assessment.NotOpen");
        }
        if (r.Until <= (a.ExtendedTo ?? a.DueOn))
        {
            throw DomainException.Invalid("Assessment.ExtensionEarlier", Text.Date(a.ExtendedTo ?? a.DueOn));
        }
        a.ExtendedTo = r.Until;
        a.ExtensionReason = Text.Clean(r.Reason);
        await db.SaveChangesAsync(ct);
        return a;
    }
}
