using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers;

/// <summary>
/// The law's rules the four registers apply, as small pure functions, each citing its row of docs/legal.md: who may be a
/// mediation team, what grassroots mediation may not take up, when an agency's yearly conference is due, which enterprises a
/// rate counts.
/// </summary>
public static class RegisterRules
{
    /// <summary>
    /// A mediation team has at least three mediators, one of them its leader, and a woman among them (LHGCS Điều 12 khoản 1,
    /// "Mỗi tổ hòa giải có từ 03 hòa giải viên trở lên, trong đó có hòa giải viên nữ" — docs/legal.md LHGCS-12, text not read by us).
    /// </summary>
    public const int MinimumMediators = 3;

    public const string TeamCitation = "Khoản 1 Điều 12 Luật Hòa giải ở cơ sở 2013";

    /// <summary>
    /// What grassroots mediation may not take up (LHGCS Điều 3 khoản 1, read: "a) Mâu thuẫn, tranh chấp xâm phạm lợi ích của
    /// Nhà nước, lợi ích công cộng; b) Vi phạm pháp luật về hôn nhân và gia đình, giao dịch dân sự mà theo quy định của pháp
    /// luật tố tụng dân sự không được hòa giải; c) Vi phạm pháp luật mà theo quy định phải bị truy cứu trách nhiệm hình sự
    /// hoặc bị xử lý vi phạm hành chính" — docs/legal.md LHGCS-3): the point of the article, or null when it may be mediated.
    /// </summary>
    public static string? Excluded(DisputeKind kind) => kind switch
    {
        DisputeKind.PublicInterest => "a",
        DisputeKind.NotMediableCivil => "b",
        DisputeKind.Criminal or DisputeKind.AdministrativeViolation => "c",
        _ => null,
    };

    /// <summary>
    /// The success rate as the seed reports write it: cases mediated successfully ÷ cases received, both of the period
    /// ("nhận 112 đơn … hòa giải thành 107 đơn, đạt 95,5%" = 107 ÷ 112; docs/legal.md LHGCS-RATE).
    /// </summary>
    public static decimal? SuccessRate(int successful, int received) => Percent(successful, received);

    /// <summary>A part of a whole in percent, two decimals (as IndicatorRules rounds), or null when the whole is nothing.</summary>
    public static decimal? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The yearly conference of an agency or public service unit is held once a year after its work year ends, "nhưng không
    /// chậm hơn 03 tháng của năm công tác tiếp theo" (L10 Điều 51 khoản 1; docs/legal.md L10-51-1): counted on the legal clock
    /// as 90 calendar days from the last day of the work year (31/3; 30/3 in a leap year, a day early rather than late).
    /// </summary>
    public static readonly LegalRule ConferenceDue =
        new("L10-51-1", 90, DayKind.CalendarDays, LimitKind.Deadline, "Registers.Start.WorkYearEnded", "Registers.Cite.Conference")
        {
            InForceFrom = new DateOnly(2023, 7, 1),
        };

    /// <summary>
    /// Fewer than 100 people: a plenary conference; from 100, or spread out, the head and the union may choose delegates
    /// (L10 Điều 51 khoản 2; docs/legal.md L10-51-2). A delegates' conference of a small unit is recorded and flagged.
    /// </summary>
    public static bool DelegatesNeedReason(int staff, ConferenceForm form) => form == ConferenceForm.Delegates && staff < 100;

    /// <summary>A conference reports on a work year: it cannot be held before that year began, nor later than the year after it.</summary>
    public static bool HeldInItsTime(int year, DateOnly heldOn) => heldOn.Year >= year && heldOn.Year <= year + 1;

    /// <summary>
    /// Which rate an enterprise counts in, by its ownership; none while its ownership is unknown (the rate would mean
    /// nothing). Workers' conferences and dialogues: BLLĐ Điều 63, NĐ145 (docs/legal.md BLLD-63, ND145-CONFERENCE).
    /// </summary>
    public static bool CountsInRate(WorkplaceKind kind) => kind != WorkplaceKind.UnknownOwnership;

    /// <summary>A workplace dialogue is held at least once a year (BLLĐ Điều 63 khoản 2 điểm a; docs/legal.md BLLD-63).</summary>
    public const int DialoguesPerYear = 1;
}
