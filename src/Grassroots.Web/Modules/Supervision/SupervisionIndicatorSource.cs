using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Supervision;

/// <summary>
/// The supervision figures as indicators, counted from the records: "kiện toàn 22/22 Ban Thanh tra nhân dân", "giám sát
/// 115 cuộc", "Mặt trận … giám sát được 02 cuộc, phản biện xã hội được 01 cuộc", "9 cuộc giám sát tại 81 lượt đơn vị",
/// "02 hội nghị TXCT … 4 hội nghị Tiếp xúc cử tri với đại biểu HĐND", dialogues held, recommendations made and answered
/// (on time). The keys the units typed before keep their names. Labels: <c>Indicator.{key}</c> in Resources/Supervision.resx.
/// </summary>
public sealed class SupervisionIndicatorSource(AppDbContext db, UnitLineage lineage) : IIndicatorSource
{
    public const string FrontSessions = "supervision.front_sessions";
    public const string FrontUnitsVisited = "supervision.front_units_visited";
    public const string CommunityInvestment = "supervision.community_investment";
    public const string InspectionBoardSessions = "supervision.inspection_board";
    public const string InspectionBoards = "supervision.inspection_boards";
    public const string InvestmentBoards = "supervision.investment_boards";
    public const string CriticismSessions = "criticism.sessions";
    public const string CriticismConferences = "criticism.conferences";
    public const string CriticismByDraft = "criticism.by_draft";
    public const string DraftsCommented = "criticism.drafts_commented";
    public const string NationalAssemblyMeetings = "voters.meetings_national_assembly";
    public const string CouncilMeetings = "voters.meetings_councils";
    public const string Petitions = "voters.petitions";
    public const string PetitionsAnswered = "voters.petitions_answered";
    public const string Dialogues = "dialogues.held";
    public const string Made = "supervision.recommendations";
    public const string Answered = "supervision.recommendations_answered";
    public const string AnsweredOnTime = "supervision.recommendations_on_time";
    public const string AnswerRate = "supervision.recommendations_answer_rate";

    private static readonly Measure Recommendations = new("kiến nghị", "recommendations");
    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(NationalAssemblyMeetings, IndicatorArea.Participation, Measure.Conferences, Computed),
        IndicatorDefinition.Sum(CouncilMeetings, IndicatorArea.Participation, Measure.Conferences, Computed),
        IndicatorDefinition.Sum(Petitions, IndicatorArea.Participation, Recommendations, Computed),
        IndicatorDefinition.Sum(PetitionsAnswered, IndicatorArea.Participation, Recommendations, Computed),
        IndicatorDefinition.Sum(Dialogues, IndicatorArea.Participation, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(FrontSessions, IndicatorArea.Supervision, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(FrontUnitsVisited, IndicatorArea.Supervision, Measure.Visits, Computed),
        IndicatorDefinition.Sum(CommunityInvestment, IndicatorArea.Supervision, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(InspectionBoardSessions, IndicatorArea.Supervision, Measure.Sessions, Computed),
        // A state: the boards in place on the period's last day, over the subtree.
        new(InspectionBoards, IndicatorArea.Supervision, IndicatorDefinition.LabelOf(InspectionBoards), Measure.Boards, RollUpKind.Latest, Computed),
        new(InvestmentBoards, IndicatorArea.Supervision, IndicatorDefinition.LabelOf(InvestmentBoards), Measure.Boards, RollUpKind.Latest, Computed),
        IndicatorDefinition.Sum(CriticismSessions, IndicatorArea.Supervision, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(CriticismConferences, IndicatorArea.Supervision, Measure.Conferences, Computed),
        IndicatorDefinition.Sum(CriticismByDraft, IndicatorArea.Supervision, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(DraftsCommented, IndicatorArea.Supervision, Measure.Documents, Computed),
        IndicatorDefinition.Sum(Made, IndicatorArea.Supervision, Recommendations, Computed),
        IndicatorDefinition.Sum(Answered, IndicatorArea.Supervision, Recommendations, Computed),
        IndicatorDefinition.Sum(AnsweredOnTime, IndicatorArea.Supervision, Recommendations, Computed),
        IndicatorDefinition.Rate(AnswerRate, IndicatorArea.Supervision, AnsweredOnTime, Made, Computed),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var sessions = await db.Set<SupervisionSession>().AsNoTracking().Where(s => ids.Contains(s.UnitId) && s.HeldOn >= from && s.HeldOn <= to)
            .GroupBy(s => new { s.UnitId, s.Kind, s.Form }).Select(g => new { g.Key.UnitId, g.Key.Kind, g.Key.Form, Count = g.Count(), Visited = g.Sum(s => s.UnitsVisited) })
            .ToListAsync(ct);
        var boards = await db.Set<SupervisionBoard>().AsNoTracking()
            .Where(b => ids.Contains(b.UnitId) && b.EstablishedOn != null && b.EstablishedOn <= to && (b.DissolvedOn == null || b.DissolvedOn > to))
            .GroupBy(b => new { b.UnitId, b.Kind }).Select(g => new { g.Key.UnitId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        var meetings = await db.Set<VotersMeeting>().AsNoTracking().Where(m => ids.Contains(m.UnitId) && m.HeldOn >= from && m.HeldOn <= to)
            .GroupBy(m => new { m.UnitId, m.Level }).Select(g => new { g.Key.UnitId, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
        var dialogues = await db.Set<Dialogue>().AsNoTracking().Where(d => ids.Contains(d.UnitId) && d.HeldOn >= from && d.HeldOn <= to)
            .GroupBy(d => d.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var recs = await db.Set<Recommendation>().AsNoTracking().Where(r => ids.Contains(r.UnitId) && r.SentOn >= from && r.SentOn <= to && !r.IsCommitment)
            .GroupBy(r => new { r.UnitId, Voters = r.Source == RecommendationSource.Voters })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.Voters,
                Count = g.Count(),
                Answered = g.Count(r => r.AnsweredOn != null),
                OnTime = g.Count(r => r.AnsweredOn != null && r.AnsweredOn <= r.DueOn),
            }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = idsOf[u.Id];
            var s = sessions.Where(x => mine.Contains(x.UnitId)).ToList();
            var b = boards.Where(x => mine.Contains(x.UnitId)).ToList();
            var m = meetings.Where(x => mine.Contains(x.UnitId)).ToList();
            var r = recs.Where(x => mine.Contains(x.UnitId)).ToList();
            return (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
            {
                [NationalAssemblyMeetings] = m.Where(x => x.Level == DeputyLevel.NationalAssembly).Sum(x => x.Count),
                [CouncilMeetings] = m.Where(x => x.Level != DeputyLevel.NationalAssembly).Sum(x => x.Count),
                [Petitions] = r.Where(x => x.Voters).Sum(x => x.Count),
                [PetitionsAnswered] = r.Where(x => x.Voters).Sum(x => x.Answered),
                [Dialogues] = dialogues.Where(x => mine.Contains(x.UnitId)).Sum(x => x.Count),
                [FrontSessions] = s.Where(x => x.Kind == SessionKind.FrontSupervision).Sum(x => x.Count),
                [FrontUnitsVisited] = s.Where(x => x.Kind == SessionKind.FrontSupervision).Sum(x => x.Visited),
                [CommunityInvestment] = s.Where(x => x.Kind == SessionKind.Investment).Sum(x => x.Count),
                [InspectionBoardSessions] = s.Where(x => x.Kind == SessionKind.Inspection).Sum(x => x.Count),
                [InspectionBoards] = b.Where(x => x.Kind == BoardKind.Inspection).Sum(x => x.Count),
                [InvestmentBoards] = b.Where(x => x.Kind == BoardKind.Investment).Sum(x => x.Count),
                [CriticismSessions] = s.Where(x => x.Kind == SessionKind.Criticism).Sum(x => x.Count),
                [CriticismConferences] = s.Where(x => x.Kind == SessionKind.Criticism && x.Form == CriticismForm.Conference).Sum(x => x.Count),
                [CriticismByDraft] = s.Where(x => x.Kind == SessionKind.Criticism && x.Form == CriticismForm.DraftSent).Sum(x => x.Count),
                [DraftsCommented] = s.Where(x => x.Kind == SessionKind.DraftComment).Sum(x => x.Count),
                [Made] = r.Sum(x => x.Count),
                [Answered] = r.Sum(x => x.Answered),
                [AnsweredOnTime] = r.Sum(x => x.OnTime),
            };
        });
    }
}
