namespace Grassroots.Web.Modules.Disclosure;

/// <summary>Where one mandatory category of one unit stands for a period.</summary>
public enum ComplianceState
{
    /// <summary>Disclosed, posted long enough, and on the loudspeaker where the law asks for it.</summary>
    Compliant,

    /// <summary>Still posted and not yet at the minimum: nothing to flag yet.</summary>
    Ongoing,

    /// <summary>Posted long enough but not read on the loudspeaker for the consecutive days the law asks.</summary>
    NoLoudspeaker,

    /// <summary>The posting ended (or is planned to end) before the minimum.</summary>
    TooShort,

    /// <summary>Nothing disclosed in the period.</summary>
    Missing,
}

/// <summary>What one disclosure shows about a category (a row of the compliance view).</summary>
public sealed record PostingCheck(ComplianceState State, int PostedDays, int MinimumDays, int LoudspeakerDays, int LoudspeakerRequired);

/// <summary>
/// The disclosure rules of L10 Điều 13 as one pure function: posting lasts at least the category's minimum
/// (30 days by default, khoản 2 as the law issue reads it), items 7–12 also on the loudspeaker at least 3 consecutive days
/// ("Thông tin quy định tại các khoản 7, 8, 9, 10, 11 và 12 Điều 11 của Luật này được công khai trên hệ thống truyền thanh
/// của cấp xã (nếu có) trong thời hạn ít nhất là 03 ngày liên tục", khoản 3, read in the gazette). docs/legal.md L10-13.
/// </summary>
public static class DisclosureRules
{
    public const string PostingCitation = "Điều 13 Luật 10/2022/QH15; Điều 21 Luật Tiếp cận thông tin";

    public static PostingCheck Check(DisclosureCategory category, DateOnly postedFrom, DateOnly? postedTo, DisclosureForms forms, int loudspeakerDays, DateOnly today)
    {
        var end = postedTo ?? today;
        var lastCounted = end < today ? end : today;
        var days = Math.Max(0, lastCounted.DayNumber - postedFrom.DayNumber + 1);
        var plannedDays = postedTo is { } to ? to.DayNumber - postedFrom.DayNumber + 1 : int.MaxValue;
        var speaker = forms.HasFlag(DisclosureForms.Loudspeaker) ? loudspeakerDays : 0;
        var required = category.LoudspeakerDays;
        ComplianceState state;
        if (plannedDays < category.MinimumPostingDays)
        {
            state = ComplianceState.TooShort; // the posting ended, or is set to end, before the minimum
        }
        else if (days < category.MinimumPostingDays)
        {
            state = ComplianceState.Ongoing;
        }
        else if (speaker < required)
        {
            state = ComplianceState.NoLoudspeaker;
        }
        else
        {
            state = ComplianceState.Compliant;
        }
        return new PostingCheck(state, days, category.MinimumPostingDays, speaker, required);
    }
}
