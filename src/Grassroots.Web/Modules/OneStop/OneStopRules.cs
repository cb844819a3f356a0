namespace Grassroots.Web.Modules.OneStop;

/// <summary>
/// The rules of the one-stop figures, each citing its row of docs/legal.md.
/// <list type="bullet">
/// <item>ONESTOP-RATE (QĐ 766/QĐ-TTg, 23/6/2022, Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh
/// nghiệp): a rate is a ratio of sums — the dossiers settled early or on time over those settled, the dossiers received online
/// over those received, the results digitised over those settled, the dossiers paid online over those with a fee —
/// summed over the units and months first, never an average of the units' rates.</item>
/// <item>ONESTOP-DUE (NĐ 61/2018/NĐ-CP Điều 19–21; BLDS 2015 Điều 148): a dossier is settled early before its due day,
/// on time on it, late after it; a due day that is not a working day runs to the next working day.</item>
/// </list>
/// </summary>
public static class OneStopRules
{
    /// <summary>A count above this is no municipality's month (the whole country receives some tens of millions a year).</summary>
    public const long MaxCount = 10_000_000;

    /// <summary>The first year the platform accepts figures for.</summary>
    public const int FirstYear = 2015;

    /// <summary>numerator ÷ denominator in %, two decimals as the reports print them; null when nothing was counted.</summary>
    public static decimal? Rate(decimal numerator, decimal denominator) =>
        denominator <= 0 ? null : Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero);

    /// <summary>The contradictions of a unit-period's counts, as (field, message key): settled more than received, paid online more than payable...</summary>
    public static IEnumerable<(OneStopField Field, string Key)> Contradictions(OneStopFigures f)
    {
        if (f.Settled > f.Received)
        {
            yield return (OneStopField.Settled, "OneStop.SettledOverReceived");
        }
        if (f.Settled + f.PendingInTime + f.PendingOverdue + f.Returned > f.Received)
        {
            yield return (OneStopField.Pending, "OneStop.OutcomesOverReceived");
        }
        if (f.PaidOnline > f.Payable)
        {
            yield return (OneStopField.PaidOnline, "OneStop.PaidOverPayable");
        }
        if (f.DigitisedReceived > f.Received)
        {
            yield return (OneStopField.DigitisedReceived, "OneStop.DigitisedOverReceived");
        }
        if (f.DigitisedResults > f.Settled)
        {
            yield return (OneStopField.DigitisedResults, "OneStop.DigitisedResultsOverSettled");
        }
    }

    /// <summary>Early, on time or late: the settled day against the due day, moved to the next working day when it is a day off (ONESTOP-DUE).</summary>
    public static Timeliness Judge(DateOnly settledOn, DateOnly effectiveDue) =>
        settledOn < effectiveDue ? Timeliness.Early : settledOn == effectiveDue ? Timeliness.OnTime : Timeliness.Late;
}

public enum Timeliness
{
    Early,
    OnTime,
    Late,
}
