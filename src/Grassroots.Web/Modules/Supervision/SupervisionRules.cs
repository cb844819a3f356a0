namespace Grassroots.Web.Modules.Supervision;

public enum SupervisionRuleId
{
    /// <summary>An inspection plan reaches the Front, the commune chairman and the inspected body at least 5 working days before the inspection.</summary>
    InspectionPlanAhead,

    /// <summary>The addressed body answers a recommendation.</summary>
    Answer,

    /// <summary>A commune's dialogue with the people is announced at least 7 days ahead.</summary>
    DialogueAnnounced,

    /// <summary>Its results are published within 10 days.</summary>
    DialogueResults,
}

/// <summary>
/// The rules of the people's supervision as small pure functions and rule data for the one legal clock. Each cites its
/// row of docs/legal.md: SUP-BOARD-5 (at least five members, residents who are not commune officials), SUP-INVEST-CONFLICT
/// (no investor, contractor, consultant or their relative on an investment board), SUP-PLAN-5WD, SUP-ANSWER, DLG-ANNOUNCE-7
/// and DLG-RESULTS-10.
/// </summary>
public static class SupervisionRules
{
    /// <summary>"at least five" members (docs/legal.md SUP-BOARD-5, unverified against the gazette).</summary>
    public const int MinimumMembers = 5;

    public const string BoardCitation = "Luật 10/2022/QH15 (Ban Thanh tra nhân dân); Nghị định 59/2023/NĐ-CP";
    public const string InvestmentCitation = "Luật 10/2022/QH15 (giám sát đầu tư của cộng đồng); Nghị định 59/2023/NĐ-CP";
    public const string DialogueCitation = "Điều 43 Luật Tổ chức chính quyền địa phương 2025";

    /// <summary>The limits on the legal clock; each id is its row in docs/legal.md.</summary>
    public static readonly IReadOnlyDictionary<SupervisionRuleId, LegalRule> All = new Dictionary<SupervisionRuleId, LegalRule>
    {
        [SupervisionRuleId.InspectionPlanAhead] = new("SUP-PLAN-5WD", 5, DayKind.WorkingDays, LimitKind.Minimum, "Supervision.Start.PlanSent", BoardCitation)
        {
            InForceFrom = new DateOnly(2023, 7, 1),
            ExplainKey = "Supervision.ExplainPlan",
        },
        // No limit for the answer was found in the texts we could read: the platform's default, named as such (docs/legal.md SUP-ANSWER).
        [SupervisionRuleId.Answer] = new("SUP-ANSWER", 30, DayKind.CalendarDays, LimitKind.Deadline, "Supervision.Start.Sent", "Supervision.Citation.Default"),
        [SupervisionRuleId.DialogueAnnounced] = new("DLG-ANNOUNCE-7", 7, DayKind.CalendarDays, LimitKind.Minimum, "Supervision.Start.Announced", DialogueCitation)
        {
            InForceFrom = new DateOnly(2025, 7, 1),
            ExplainKey = "Supervision.ExplainDialogue",
        },
        [SupervisionRuleId.DialogueResults] = new("DLG-RESULTS-10", 10, DayKind.CalendarDays, LimitKind.Deadline, "Supervision.Start.Held", DialogueCitation)
        {
            InForceFrom = new DateOnly(2025, 7, 1),
        },
    };

    /// <summary>
    /// "by-election when ≥ 6 months remain" of the People's Inspection Board's term (../shared/design/LEGAL.md; docs/legal.md
    /// SUP-BYELECT-6M, unverified against the gazette): a seat is filled only while at least six months of the term are left.
    /// </summary>
    public const int ByElectionMonthsLeft = 6;

    public static bool ByElectionAllowed(DateOnly electedOn, DateOnly? termEndsOn) => termEndsOn is not { } end || electedOn.AddMonths(ByElectionMonthsLeft) <= end;

    /// <summary>
    /// A commune's dialogue with the people is held "khi có ít nhất 10% tổng số cử tri ở cấp xã yêu cầu" (docs/legal.md DLG-ANNOUNCE-7):
    /// a dialogue recorded as asked for by the voters needs at least a tenth of them.
    /// </summary>
    public static bool EnoughVotersAsked(int asking, int voters) => voters > 0 && asking * 10 >= voters;

    /// <summary>Which board a session of this kind belongs to, if any.</summary>
    public static BoardKind? BoardOf(SessionKind kind) => kind switch
    {
        SessionKind.Inspection => BoardKind.Inspection,
        SessionKind.Investment => BoardKind.Investment,
        _ => null,
    };

    /// <summary>The source a session's recommendations are tracked under.</summary>
    public static RecommendationSource SourceOf(SessionKind kind) => kind switch
    {
        SessionKind.Inspection => RecommendationSource.InspectionBoard,
        SessionKind.Investment => RecommendationSource.InvestmentBoard,
        SessionKind.FrontSupervision => RecommendationSource.Front,
        _ => RecommendationSource.Criticism,
    };

    /// <summary>
    /// What the portal may show by default: voters' petitions and dialogues (their answers are published), and the boards'
    /// recommendations to the commune (the people elected the boards to follow them); the Front's own supervision and
    /// criticism it publishes itself. Never who raised it.
    /// </summary>
    public static bool PublicByDefault(RecommendationSource source) => source is not (RecommendationSource.Front or RecommendationSource.Criticism);

    /// <summary>The first member who may not sit on the board, and why (a resource key), or null when all may.</summary>
    public static (string Name, string Key)? Refused(BoardKind kind, IEnumerable<(string Name, bool IsCommuneOfficial, ConflictOfInterest Conflict)> members)
    {
        foreach (var m in members)
        {
            if (kind == BoardKind.Inspection && m.IsCommuneOfficial)
            {
                return (m.Name, "Supervision.MemberIsOfficial");
            }
            if (kind == BoardKind.Investment && m.Conflict != ConflictOfInterest.None)
            {
                return (m.Name, "Supervision.MemberConflict." + m.Conflict);
            }
        }
        return null;
    }

    /// <summary>Overdue: not answered, and its due day has passed.</summary>
    public static bool IsOverdue(DateOnly dueOn, DateOnly? answeredOn, DateOnly today) => answeredOn is null && today > dueOn;

    /// <summary>Answered on time: on or before its due day.</summary>
    public static bool OnTime(DateOnly dueOn, DateOnly? answeredOn) => answeredOn is { } a && a <= dueOn;
}

/// <summary>The module's limits on the one legal clock, explained in the reader's language.</summary>
[Scoped]
public sealed class SupervisionClock(LegalClock legal)
{
    public Task<LegalDeadline> StartAsync(SupervisionRuleId id, DateOnly from, CancellationToken ct) => legal.StartAsync(SupervisionRules.All[id], from, ct: ct);
}
