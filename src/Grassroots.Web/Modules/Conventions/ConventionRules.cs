using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Conventions;

public enum ConventionDayKind
{
    /// <summary>"ngày": a last day that is a day off runs to the next working day.</summary>
    CalendarDays,

    /// <summary>"ngày làm việc".</summary>
    WorkingDays,
}

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
/// A limit of the convention's path as data (LEGAL.md "Counting days"): how long, counted how, from which event, under
/// which article. A minimum (the posting) says from when the next step may happen; a maximum says by when it must.
/// </summary>
public sealed record ConventionRule(ConventionRuleId Id, int Days, ConventionDayKind DayKind, bool IsMinimum, string StartEventKey, string Citation);

/// <summary>
/// The law of village conventions (Nghị định 61/2023/NĐ-CP) in one place. LEGAL.md gives the limits without their
/// articles: the article numbers below are to verify, and every deadline and refusal shows them so an officer can check.
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

    public static readonly IReadOnlyDictionary<ConventionRuleId, ConventionRule> All = new Dictionary<ConventionRuleId, ConventionRule>
    {
        // The draft is posted for comments at least 30 days before the vote (NĐ61).
        [ConventionRuleId.PostDraft] = new(ConventionRuleId.PostDraft, 30, ConventionDayKind.CalendarDays, true, "Convention.Start.Posted", PostingCitation),
        // The file goes to the commune within 5 working days of the meeting that adopted it or the end of the ballot (NĐ61).
        [ConventionRuleId.SendFile] = new(ConventionRuleId.SendFile, 5, ConventionDayKind.WorkingDays, false, "Convention.Start.Adopted", RecognitionCitation),
        // The commune decides within 5 working days of receiving the complete file (NĐ61).
        [ConventionRuleId.DecideRecognition] = new(ConventionRuleId.DecideRecognition, 5, ConventionDayKind.WorkingDays, false, "Convention.Start.FileComplete", RecognitionCitation),
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
public sealed record ConventionDeadline(ConventionRuleId Rule, int Days, ConventionDayKind DayKind, bool IsMinimum, DateOnly StartedOn, DateOnly DueOn, DateOnly? MetOn,
    bool IsLate, string Citation, string Explanation);

/// <summary>
/// Computes the convention's limits on the working calendar and explains them. Nothing is stored: a change of the
/// calendar is seen by every running limit the next time it is read.
/// </summary>
public sealed class ConventionClock(WorkingCalendar calendar, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<DateOnly> DueAsync(ConventionRuleId id, DateOnly from, CancellationToken ct)
    {
        var rule = ConventionRules.All[id];
        return rule.DayKind switch
        {
            ConventionDayKind.WorkingDays => await calendar.AddWorkingDaysAsync(from, rule.Days, ct),
            ConventionDayKind.CalendarDays => await calendar.AddCalendarDaysAsync(from, rule.Days, ct),
        };
    }

    /// <summary>The limit started on <paramref name="from"/>; <paramref name="metOn"/> is when its step was done, if it was.</summary>
    public async Task<ConventionDeadline> DeadlineAsync(ConventionRuleId id, DateOnly from, DateOnly? metOn, CancellationToken ct)
    {
        var rule = ConventionRules.All[id];
        var due = await DueAsync(id, from, ct);
        var late = !rule.IsMinimum && (metOn is { } met ? met > due : clock.VietnamToday() > due);
        var args = new object[] { rule.Days, localizer[$"DayKind.{rule.DayKind}"].Value, localizer[rule.StartEventKey].Value, Text.Date(from), rule.Citation, Text.Date(due) };
        var explanation = localizer[rule.IsMinimum ? "Convention.ExplainMinimum" : "Deadline.Explain", args].Value;
        return new ConventionDeadline(id, rule.Days, rule.DayKind, rule.IsMinimum, from, due, metOn, late, rule.Citation, explanation);
    }
}
