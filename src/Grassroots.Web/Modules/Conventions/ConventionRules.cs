namespace Grassroots.Web.Modules.Conventions;

public enum ConventionRuleId
{
    /// <summary>The draft stays posted for comments before the vote.</summary>
    PostDraft,

    /// <summary>The village head sends the file to the commune after adoption.</summary>
    SendFile,

    /// <summary>The commune decides on recognition after a complete file.</summary>
    DecideRecognition,
}

/// <summary>
/// The law of village conventions (Nghị định 61/2023/NĐ-CP) in one place (docs/legal.md, "Village conventions", gives the limits without their
/// articles): the article numbers below are to verify, and every deadline and refusal shows them so an officer can check.
/// </summary>
public static class ConventionRules
{
    public const string PostingCitation = "Điều 9 Nghị định 61/2023/NĐ-CP";
    public const string AdoptionCitation = "Điều 10 Nghị định 61/2023/NĐ-CP; Điều 21 Luật 10/2022/QH15";
    public const string RecognitionCitation = "Điều 11 Nghị định 61/2023/NĐ-CP";

    /// <summary>Besides the village head and the Front committee head, two household representatives sign the adopted text.</summary>
    public const int HouseholdSigners = 2;

    /// <summary>A file is complete with the request letter, the record of the vote and the adopted text.</summary>
    public const FileDocuments CompleteFile = FileDocuments.RequestLetter | FileDocuments.VoteRecord | FileDocuments.AdoptedText;

    /// <summary>The limits of the convention's path on the one legal clock; each id is its row in docs/legal.md.</summary>
    public static readonly IReadOnlyDictionary<ConventionRuleId, LegalRule> All = new Dictionary<ConventionRuleId, LegalRule>
    {
        // The draft is posted for comments at least 30 days before the vote (NĐ61).
        [ConventionRuleId.PostDraft] = new("ND61-POST", 30, DayKind.CalendarDays, LimitKind.Minimum, "Convention.Start.Posted", PostingCitation)
        {
            ExplainKey = "Convention.ExplainMinimum",
        },
        // The file goes to the commune within 5 working days of the meeting that adopted it or the end of the ballot (NĐ61).
        [ConventionRuleId.SendFile] = new("ND61-FILE", 5, DayKind.WorkingDays, LimitKind.Deadline, "Convention.Start.Adopted", RecognitionCitation),
        // The commune decides within 5 working days of receiving the complete file (NĐ61).
        [ConventionRuleId.DecideRecognition] = new("ND61-RECOGNISE", 5, DayKind.WorkingDays, LimitKind.Deadline, "Convention.Start.FileComplete", RecognitionCitation),
    };

    public static bool IsComplete(FileDocuments documents) => (documents & CompleteFile) == CompleteFile;

    public static FileDocuments Missing(FileDocuments documents) => CompleteFile & ~documents;

    /// <summary>Hương ước for a village, quy ước for a residential group (tổ dân phố, khu phố).</summary>
    public static ConventionKind KindFor(string communityName) =>
        communityName.StartsWith("Tổ", StringComparison.Ordinal) || communityName.StartsWith("Khu phố", StringComparison.Ordinal)
            ? ConventionKind.GroupConvention
            : ConventionKind.VillageConvention;
}

/// <summary>A limit computed for one version, with its explanation ("5 ngày làm việc kể từ ngày thông qua 23/11/2026 theo … → 30/11/2026").</summary>
public sealed record ConventionDeadline(ConventionRuleId Rule, int Days, DayKind DayKind, bool IsMinimum, DateOnly StartedOn, DateOnly DueOn, DateOnly? MetOn,
    bool IsLate, string Citation, string Explanation);

/// <summary>
/// The convention's limits on the one legal clock, explained. Nothing is stored: a change of the calendar is seen by
/// every running limit the next time it is read.
/// </summary>
[Scoped]
public sealed class ConventionClock(LegalClock legal, TimeProvider clock)
{
    /// <summary>The due day of a deadline, or the first day the vote may be held after the posting.</summary>
    public Task<DateOnly> DueAsync(ConventionRuleId id, DateOnly from, CancellationToken ct) => legal.DueAsync(ConventionRules.All[id], from, ConventionRules.All[id].Days, ct);

    /// <summary>The limit started on <paramref name="from"/>; <paramref name="metOn"/> is when its step was done, if it was.</summary>
    public async Task<ConventionDeadline> DeadlineAsync(ConventionRuleId id, DateOnly from, DateOnly? metOn, CancellationToken ct)
    {
        var rule = ConventionRules.All[id];
        var deadline = await legal.StartAsync(rule, from, ct: ct);
        var minimum = rule.Kind == LimitKind.Minimum;
        var late = !minimum && (metOn is { } met ? met > deadline.DueOn : clock.VietnamToday() > deadline.DueOn);
        return new ConventionDeadline(id, rule.Days, rule.DayKind, minimum, from, deadline.DueOn, metOn, late, rule.Citation, deadline.Explanation);
    }
}
