namespace Grassroots.Web.Modules.Assessment;

/// <summary>
/// The rules of assessment and classification as small pure functions, each citing its row of docs/legal.md: ASM-LEVELS (the
/// four levels), ASM-SET (a published set is never edited), ASM-SELF-DUE (the self-assessment's due day, set by the issuing
/// decision, on the working calendar), ASM-APPEAL (the appeal window of the issuing decision), ASM-HEAD (a head's level is
/// tied to the results of the units in their charge) and ASM-TARGET (the province's target share of a standard).
/// </summary>
public static class AssessmentRules
{
    /// <summary>Points are kept to the quarter point: the finest step the sets in the seeds use.</summary>
    public const decimal Step = 0.25m;

    public const int MaxDays = 90;
    public const decimal MaxTotal = 1000m;

    /// <summary>The level a total earns (ASM-LEVELS): from the highest threshold it reaches down.</summary>
    public static Classification ClassOf(decimal total, decimal excellentFrom, decimal goodFrom, decimal completedFrom) =>
        total >= excellentFrom ? Classification.Excellent
        : total >= goodFrom ? Classification.Good
        : total >= completedFrom ? Classification.Completed
        : Classification.NotCompleted;

    /// <summary>Points rounded down to the step.</summary>
    public static decimal ToStep(decimal points) => decimal.Floor(points / Step) * Step;

    /// <summary>Whether points are a legal score of a criterion: within 0..max, in quarter steps; yes/no only 0 or max.</summary>
    public static bool IsValidPoints(decimal points, decimal max, Scoring scoring) =>
        points >= 0 && points <= max && (scoring == Scoring.YesNo ? points == 0 || points == max : points % Step == 0);

    /// <summary>
    /// An indicator criterion's points: the maximum × figure ÷ the figure that earns full points, at most the maximum, rounded
    /// down to the step; no figure (a rate with nothing to divide) earns nothing computed — the unit scores it itself.
    /// </summary>
    public static decimal? Computed(decimal? figure, decimal fullAt, decimal max) =>
        figure is not { } f || fullAt <= 0 ? null : ToStep(Math.Min(max, Math.Max(0, max * f / fullAt)));

    /// <summary>The self-assessment's due day: the issuing decision's working days from publication, on the one legal clock (ASM-SELF-DUE).</summary>
    public static LegalRule SelfAssessmentRule(int days, string issuingDocument) =>
        new("ASM-SELF-DUE", days, DayKind.WorkingDays, LimitKind.Deadline, "Assessment.Start.Published", issuingDocument);

    /// <summary>The appeal window: the issuing decision's working days from the council's decision (ASM-APPEAL).</summary>
    public static LegalRule AppealRule(int days, string issuingDocument) =>
        new("ASM-APPEAL", days, DayKind.WorkingDays, LimitKind.Deadline, "Assessment.Start.Decided", issuingDocument);

    /// <summary>The units a set assesses, by kind.</summary>
    public static bool Assesses(AssessedUnits assessed, UnitKind kind) => assessed switch
    {
        AssessedUnits.Communes => kind.IsCommuneLevel(),
        AssessedUnits.Agencies => kind is UnitKind.Agency or UnitKind.PublicServiceUnit,
        _ => kind.IsCommuneLevel() || kind is UnitKind.Agency or UnitKind.PublicServiceUnit,
    };

    /// <summary>
    /// A head's responsibility beside the unit's result (ASM-HEAD, after NĐ 90/2020 Điều 13 khoản 2 điểm d: a manager is
    /// "hoàn thành tốt" only when every unit in their charge completes its tasks): a head cannot be rated above their unit.
    /// </summary>
    public static Classification HeadCapped(Classification head, Classification? unit) =>
        unit is { } u && (int)u > (int)head ? u : head;

    /// <summary>The share in percent, to two decimals; none when there is nothing to divide.</summary>
    public static decimal? Share(int passed, int of) => of == 0 ? null : Math.Round(100m * passed / of, 2);
}
