using Grassroots.Web.Modules.Assessment.SelfAssessment;

namespace Grassroots.Web.Modules.Assessment.Appraisal;

public sealed record AppraisedScore(Guid? CriterionId, decimal? Points, string? Reason);

/// <summary>The appraiser's points: those not named are agreed as the unit scored them; a change needs its reason.</summary>
public sealed record AppraisalRequest(IReadOnlyList<AppraisedScore>? Scores);

public sealed record ReturnRequest(string? Note);

public sealed record DecisionRequest(string? DecisionNumber, DateOnly? DecidedOn, string? Council);

public sealed record AppealRequest(string? Appeal);

public sealed record AppealAnswerRequest(string? Answer, IReadOnlyList<AppraisedScore>? Scores);

/// <summary>Applies the appraiser's points to an assessment: over the maximum, or changed without a reason, refused naming the criterion.</summary>
public static class AppraisalScores
{
    public static void Validate(Validation v, IReadOnlyList<AppraisedScore>? scores, bool required)
    {
        v.Require(scores is not null || !required, "scores", "Validation.Required")
            .Require(scores is null || scores.Count <= ScoreSelf.MaxScores, "scores", "Validation.OutOfRange");
        for (var i = 0; i < Math.Min(scores?.Count ?? 0, ScoreSelf.MaxScores); i++)
        {
            var s = scores![i];
            v.Require(s?.CriterionId is not null, $"scores[{i}].criterionId", "Validation.Required")
                .Require(s?.Points is not null, $"scores[{i}].points", "Validation.Required")
                .Require(s?.Points is null or (>= 0 and <= AssessmentRules.MaxTotal), $"scores[{i}].points", "Validation.OutOfRange")
                .Text(s?.Reason, $"scores[{i}].reason", FieldLength.Note, required: false);
        }
    }

    public static void Apply(UnitAssessment a, IReadOnlyList<AppraisedScore> changes)
    {
        var scores = a.Scores.ToDictionary(s => s.CriterionId);
        foreach (var s in changes)
        {
            var c = AssessmentLoader.Leaf(a, s.CriterionId);
            var points = s.Points!.Value;
            AssessmentLoader.CheckPoints(c, points);
            var score = scores[c.Id];
            var reason = Text.CleanOrNull(s.Reason);
            if (points != score.SelfPoints && reason is null)
            {
                throw DomainException.Invalid("Assessment.ReasonRequired", c.Number);
            }
            score.AppraisedPoints = points;
            score.AppraisalReason = points == score.SelfPoints ? null : reason;
        }
        foreach (var score in a.Scores.Where(x => x.AppraisedPoints is null))
        {
            score.AppraisedPoints = score.SelfPoints;
        }
        var leaves = a.Set!.Criteria.Where(c => !c.IsGroup).Select(c => c.Id).ToHashSet();
        a.AppraisedTotal = a.Scores.Where(x => leaves.Contains(x.CriterionId)).Sum(x => x.AppraisedPoints ?? 0);
    }
}

/// <summary>The level above appraises a submitted self-assessment, criterion by criterion (ASM-SET).</summary>
public sealed class AppraiseAssessment(AppDbContext db, AssessmentLoader loader, CurrentUser user, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, AppraisalRequest r, CancellationToken ct = default)
    {
        var v = new Validation();
        AppraisalScores.Validate(v, r.Scores, required: false);
        v.ThrowIfInvalid();
        var a = await loader.ForAppraiserAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Submitted or AssessmentStatus.Appraised))
        {
            throw DomainException.Conflict("Assessment.NotSubmitted");
        }
        AppraisalScores.Apply(a, r.Scores ?? []);
        a.Status = AssessmentStatus.Appraised;
        a.AppraisedOn = clock.VietnamToday();
        a.AppraisedBy = user.UserName;
        await db.SaveChangesAsync(ct);
        return a;
    }
}

/// <summary>Sent back to the unit for more evidence or a correction, with what is missing; the unit scores and submits again.</summary>
public sealed class ReturnAssessment(AppDbContext db, AssessmentLoader loader, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, ReturnRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Note, "note", FieldLength.Note).ThrowIfInvalid();
        var a = await loader.ForAppraiserAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Submitted or AssessmentStatus.Appraised))
        {
            throw DomainException.Conflict("Assessment.NotSubmitted");
        }
        a.Status = AssessmentStatus.Returned;
        a.ReturnedOn = clock.VietnamToday();
        a.ReturnNote = Text.Clean(r.Note);
        foreach (var s in a.Scores)
        {
            s.AppraisedPoints = null;
            s.AppraisalReason = null;
        }
        a.AppraisedTotal = null;
        await db.SaveChangesAsync(ct);
        return a;
    }
}

/// <summary>
/// The council's final decision: the appraised total is final, the level follows from the set's thresholds (ASM-LEVELS) or
/// the standard's pass mark; a head is never rated above their unit (ASM-HEAD). Appeals are open for the issuing decision's
/// working days (ASM-APPEAL).
/// </summary>
public sealed class DecideAssessment(AppDbContext db, AssessmentLoader loader, LegalClock legal, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, DecisionRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.DecisionNumber, "decisionNumber", FieldLength.DocumentNumber)
            .Require(r.DecidedOn is not null, "decidedOn", "Validation.Required").Date(r.DecidedOn, "decidedOn")
            .Text(r.Council, "council", FieldLength.Name, required: false).ThrowIfInvalid();
        var a = await loader.ForAppraiserAsync(id, ct);
        if (a.Status is not (AssessmentStatus.Submitted or AssessmentStatus.Appraised))
        {
            throw DomainException.Conflict("Assessment.NotSubmitted");
        }
        var decided = r.DecidedOn!.Value;
        if (decided > clock.VietnamToday())
        {
            throw DomainException.Invalid("Assessment.InTheFuture");
        }
        if (decided.Year < a.Set!.Year)
        {
            throw DomainException.Invalid("Assessment.DecidedBeforeYear", a.Set.Year);
        }
        if (a.Status == AssessmentStatus.Submitted)
        {
            AppraisalScores.Apply(a, []);
        }
        await DecideAsync(db, a, decided, ct);
        a.DecisionNumber = Text.Clean(r.DecisionNumber);
        a.Council = Text.CleanOrNull(r.Council);
        var deadline = await legal.StartAsync(AssessmentRules.AppealRule(a.Set.AppealDays, a.Set.IssuingDocument), decided, ct: ct);
        a.AppealDueOn = deadline.DueOn;
        a.AppealDueExplanation = deadline.Explanation;
        a.Status = AssessmentStatus.Decided;
        a.DecidedOn = decided;
        await db.SaveChangesAsync(ct);
        return a;
    }

    /// <summary>The final total and what it earns.</summary>
    public static async Task DecideAsync(AppDbContext db, UnitAssessment a, DateOnly decided, CancellationToken ct)
    {
        var set = a.Set!;
        a.FinalTotal = a.AppraisedTotal;
        var total = a.FinalTotal ?? 0;
        if (set.Purpose == SetPurpose.Standard)
        {
            a.Passed = total >= set.PassFrom;
            a.Result = null;
            return;
        }
        var level = set.ClassOf(total);
        if (set.Purpose == SetPurpose.HeadResponsibility)
        {
            var unit = await db.Set<UnitAssessment>().AsNoTracking()
                .Where(x => x.UnitId == a.UnitId && x.Set!.Year == set.Year && x.Set.Purpose == SetPurpose.Classification && x.Status == AssessmentStatus.Decided)
                .OrderByDescending(x => x.DecidedOn).Select(x => x.Result).FirstOrDefaultAsync(ct);
            level = AssessmentRules.HeadCapped(level, unit);
        }
        a.Result = level;
        a.Passed = null;
    }
}

/// <summary>The unit appeals the decision within the appeal window, once.</summary>
public sealed class AppealAssessment(AppDbContext db, AssessmentLoader loader, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, AppealRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Appeal, "appeal", FieldLength.Text).ThrowIfInvalid();
        var a = await loader.ForUnitAsync(id, ct);
        if (a.Status != AssessmentStatus.Decided)
        {
            throw DomainException.Conflict("Assessment.NotDecided");
        }
        if (a.AppealedOn is not null)
        {
            throw DomainException.Conflict("Assessment.AlreadyAppealed");
        }
        var today = clock.VietnamToday();
        if (today > a.AppealDueOn)
        {
            throw DomainException.Invalid("Assessment.AppealLate", Text.Date(a.AppealDueOn), a.AppealDueExplanation ?? "");
        }
        a.AppealedOn = today;
        a.Appeal = Text.Clean(r.Appeal);
        await db.SaveChangesAsync(ct);
        return a;
    }
}

/// <summary>The council answers the appeal; when it changes points (each with its reason) the total and the level follow.</summary>
public sealed class AnswerAppeal(AppDbContext db, AssessmentLoader loader, TimeProvider clock)
{
    public async Task<UnitAssessment> HandleAsync(Guid id, AppealAnswerRequest r, CancellationToken ct = default)
    {
        var v = new Validation().Text(r.Answer, "answer", FieldLength.Text);
        AppraisalScores.Validate(v, r.Scores, required: false);
        v.ThrowIfInvalid();
        var a = await loader.ForAppraiserAsync(id, ct);
        if (a.AppealedOn is null || a.AppealAnsweredOn is not null)
        {
            throw DomainException.Conflict("Assessment.NoAppeal");
        }
        if (r.Scores is { Count: > 0 })
        {
            AppraisalScores.Apply(a, r.Scores);
            await DecideAssessment.DecideAsync(db, a, a.DecidedOn!.Value, ct);
        }
        a.AppealAnsweredOn = clock.VietnamToday();
        a.AppealAnswer = Text.Clean(r.Answer);
        await db.SaveChangesAsync(ct);
        return a;
    }
}
