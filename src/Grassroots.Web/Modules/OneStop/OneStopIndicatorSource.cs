using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>
/// The one-stop indicators, computed from the imported figures (statistics or dossier lists) instead of typed: "tiếp nhận là
/// 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ ... đúng hạn 7029 hồ sơ (tỷ lệ 99,17%), quá hạn 59 hồ sơ (tỷ lệ 0,83%), hồ sơ chưa
/// giải quyết 216 hồ sơ (250 hồ sơ không đủ điều kiện giải quyết ...)", the online share, the digitised shares, the online
/// payments. The online share is of the dossiers received in the period (those carried over were counted when they came
/// in). The keys the units typed before keep their names; "on time" keeps counting early and on-time dossiers together
/// as the reports do, early is counted apart. Over a period of several months a unit's received dossiers are those carried
/// into its first month plus the new ones; its pending dossiers are those of its last month — summed over the subtree and
/// the units merged into it (2025 lineage). Rates are ratios of these sums (ONESTOP-RATE). Three one-stop indicators stay
/// typed (no export carries them): the communes running a one-stop office, the essential online services, the offices
/// standardised. Labels: <c>Indicator.{key}</c> in Resources/Indicators.resx and OneStop.resx.
/// </summary>
public sealed class OneStopIndicatorSource(AppDbContext db, UnitLineage lineage) : IIndicatorSource
{
    public const string Received = "onestop.received";
    public const string ReceivedNew = "onestop.received_new";
    public const string Online = "onestop.online";
    public const string Resolved = "onestop.resolved";
    public const string OnTime = "onestop.on_time";
    public const string Early = "onestop.early";
    public const string Late = "onestop.late";
    public const string Pending = "onestop.pending";
    public const string PendingOverdue = "onestop.pending_overdue";
    public const string NotEligible = "onestop.not_eligible";
    public const string DigitisedReceived = "onestop.digitised_received";
    public const string DigitisedResults = "onestop.digitised_results";
    public const string Payable = "onestop.payable";
    public const string PaidOnline = "onestop.paid_online";
    public const string OnTimeRate = "onestop.on_time_rate";
    public const string LateRate = "onestop.late_rate";
    public const string OnlineRate = "onestop.online_rate";
    public const string OnlinePaymentRate = "onestop.online_payment_rate";
    public const string DigitisedReceivedRate = "onestop.digitised_received_rate";
    public const string DigitisedResultsRate = "onestop.digitised_results_rate";

    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(Received, IndicatorArea.OneStop, Measure.Dossiers, Computed, headline: true),
        IndicatorDefinition.Sum(ReceivedNew, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Online, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Resolved, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(OnTime, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Early, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Late, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Pending, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(PendingOverdue, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(NotEligible, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(DigitisedReceived, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(DigitisedResults, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(Payable, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Sum(PaidOnline, IndicatorArea.OneStop, Measure.Dossiers, Computed),
        IndicatorDefinition.Rate(OnTimeRate, IndicatorArea.OneStop, OnTime, Resolved, Computed, headline: true),
        IndicatorDefinition.Rate(LateRate, IndicatorArea.OneStop, Late, Resolved, Computed),
        IndicatorDefinition.Rate(OnlineRate, IndicatorArea.OneStop, Online, ReceivedNew, Computed),
        IndicatorDefinition.Rate(OnlinePaymentRate, IndicatorArea.OneStop, PaidOnline, Payable, Computed),
        IndicatorDefinition.Rate(DigitisedReceivedRate, IndicatorArea.OneStop, DigitisedReceived, ReceivedNew, Computed),
        IndicatorDefinition.Rate(DigitisedResultsRate, IndicatorArea.OneStop, DigitisedResults, Resolved, Computed),
    ];

    /// <summary>One unit's (or a subtree's) counts over a period, summed as <see cref="OneStopIndicatorSource"/> says.</summary>
    public sealed record Totals(long CarriedOver, long ReceivedNew, long Online, long Early, long OnTime, long Late, long PendingInTime, long PendingOverdue,
        long Returned, long DigitisedReceived, long DigitisedResults, long Payable, long PaidOnline)
    {
        public long Received => CarriedOver + ReceivedNew;
        public long Settled => Early + OnTime + Late;
        public long Pending => PendingInTime + PendingOverdue;
        public decimal? OnlineRate => OneStopRules.Rate(Online, ReceivedNew);
        public decimal? OnTimeRate => OneStopRules.Rate(Early + OnTime, Settled);
        public decimal? DigitisedRate => OneStopRules.Rate(DigitisedResults, Settled);

        public static readonly Totals Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public static Totals Of(IEnumerable<Row> rows)
        {
            var byUnit = rows.GroupBy(r => r.UnitId).ToList();
            if (byUnit.Count == 0)
            {
                return Zero;
            }
            long Sum(Func<Row, long> f) => byUnit.Sum(g => g.Sum(f));
            return new Totals(
                byUnit.Sum(g => (long)g.MinBy(r => r.From)!.CarriedOver),
                Sum(r => r.Online + r.Post + r.Counter), Sum(r => r.Online), Sum(r => r.Early), Sum(r => r.OnTime), Sum(r => r.Late),
                byUnit.Sum(g => (long)g.MaxBy(r => r.To)!.PendingInTime), byUnit.Sum(g => (long)g.MaxBy(r => r.To)!.PendingOverdue),
                Sum(r => r.Returned), Sum(r => r.DigitisedReceived), Sum(r => r.DigitisedResults), Sum(r => r.Payable), Sum(r => r.PaidOnline));
        }
    }

    public sealed record Row(int UnitId, DateOnly From, DateOnly To, int CarriedOver, int Online, int Post, int Counter, int Early, int OnTime, int Late,
        int PendingInTime, int PendingOverdue, int Returned, int DigitisedReceived, int DigitisedResults, int Payable, int PaidOnline);

    /// <summary>The figures of these units whose periods lie within [from, to].</summary>
    public static Task<List<Row>> RowsAsync(AppDbContext db, IReadOnlyCollection<int> ids, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Set<OneStopFigures>().AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.From >= from && f.To <= to)
            .Select(f => new Row(f.UnitId, f.From, f.To, f.CarriedOver, f.ReceivedOnline, f.ReceivedByPost, f.ReceivedAtCounter, f.SettledEarly, f.SettledOnTime,
                f.SettledLate, f.PendingInTime, f.PendingOverdue, f.Returned, f.DigitisedReceived, f.DigitisedResults, f.Payable, f.PaidOnline))
            .ToListAsync(ct);

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var rows = await RowsAsync(db, ids, from, to, ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = idsOf[u.Id];
            var s = Totals.Of(rows.Where(r => mine.Contains(r.UnitId)));
            return (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal>
            {
                [Received] = s.Received,
                [ReceivedNew] = s.ReceivedNew,
                [Online] = s.Online,
                [Resolved] = s.Settled,
                [OnTime] = s.Early + s.OnTime,
                [Early] = s.Early,
                [Late] = s.Late,
                [Pending] = s.Pending,
                [PendingOverdue] = s.PendingOverdue,
                [NotEligible] = s.Returned,
                [DigitisedReceived] = s.DigitisedReceived,
                [DigitisedResults] = s.DigitisedResults,
                [Payable] = s.Payable,
                [PaidOnline] = s.PaidOnline,
            };
        });
    }
}
