using System.Text.RegularExpressions;

namespace Grassroots.Import.Extraction;

/// <summary>
/// Which catalogue indicator a figure is: rules on the figure's unit and the plain words (marks taken off, so text
/// that lost them is read alike) just before the figure and just after its unit. The first rule that fits wins; a
/// figure no rule fits keeps no key and the officer maps it on the review page. Every key named here is in the
/// platform's catalogue (ReportImportTests checks).
/// </summary>
public static class IndicatorRules
{
    sealed record Rule(string Key, string[] Units, Regex? Before, Regex? After, bool Whole);

    static Rule R(string key, string units, string? before = null, string? after = null, bool whole = false) =>
        new(key, units.Split('|'), before is null ? null : new Regex(before, RegexOptions.CultureInvariant), after is null ? null : new Regex(after, RegexOptions.CultureInvariant), whole);

    // Ordered from the most specific.
    static readonly Rule[] Rules =
    [
        // One-stop dossiers.
        R("onestop.on_time_rate", "%", before: @"dung han[^;]{0,40}ty le\s*$"),
        R("onestop.late_rate", "%", before: @"qua han[^;]{0,40}ty le\s*$"),
        R("onestop.digitised_received_rate", "%", before: @"so hoa ho so[^;]{0,60}dat\s*$"),
        R("onestop.digitised_results_rate", "%", before: @"so hoa ket qua[^;]{0,60}dat\s*$"),
        R("onestop.online_payment_rate", "%", before: @"thanh toan truc tuyen[^;]{0,40}$"),
        R("onestop.online_rate", "%", before: @"(ho so truc tuyen|truc tuyen)[^;]{0,30}dat\s*$"),
        R("onestop.on_time", "ho so", before: @"dung han\s*$"),
        R("onestop.late", "ho so", before: @"qua han\s*$"),
        R("onestop.pending", "ho so", before: @"chua giai quyet\s*$"),
        R("onestop.not_eligible", "ho so", after: @"^\s*khong du dieu kien"),
        R("onestop.digitised_received", "ho so", before: @"so hoa ho so[^;]{0,40}$"),
        R("onestop.digitised_results", "ho so", before: @"so hoa ket qua[^;]{0,40}$"),
        R("onestop.resolved", "ho so", before: @"(da )?giai quyet\s*$"),
        R("onestop.received", "ho so", before: @"tiep nhan[^;,]{0,20}$"),
        // Reception: the head's days ("định kỳ, đột xuất"), the regular one ("thường xuyên"), and all of it.
        R("reception.head.crowd_delegations", "doan", before: @"(dinh ky|dot xuat)", after: @"^\s*dong nguoi"),
        R("reception.head.crowd_cases", "vu|vu viec", before: @"(dinh ky|dot xuat).*dong nguoi \d+ nguoi/\s*$"),
        R("reception.head.crowd_people", "nguoi", before: @"(dinh ky|dot xuat).*dong nguoi\s*$"),
        R("reception.regular.crowd_cases", "vu|vu viec", before: @"thuong xuyen", after: @"^\s*dong nguoi"),
        R("reception.regular.crowd_people", "nguoi", before: @"thuong xuyen.*dong nguoi\s*$"),
        R("reception.head.visits", "luot", before: @"(dinh ky|dot xuat)[^;]{0,20}$"),
        R("reception.head.people", "nguoi", before: @"(dinh ky|dot xuat)[^;]{0,30}luot/\s*$"),
        R("reception.head.cases", "vu|vu viec", before: @"(dinh ky|dot xuat)[^;]{0,50}nguoi voi\s*$"),
        R("reception.regular.visits", "luot", before: @"thuong xuyen[^;]{0,10}$"),
        R("reception.regular.people", "nguoi", before: @"thuong xuyen[^;]{0,30}luot/\s*$"),
        R("reception.regular.cases", "vu|vu viec", before: @"thuong xuyen[^;]{0,50}nguoi voi\s*$"),
        R("reception.visits", "luot", before: @"tiep cong dan[^;]{0,80}$"),
        R("reception.people", "nguoi", before: @"tiep cong dan[^;]{0,100}luot(/| voi )\s*$"),
        R("reception.cases", "vu|vu viec", before: @"tiep cong dan[^;]{0,120}nguoi voi\s*$"),
        // Letters.
        R("petitions.complaints", "don", after: @"^\s*khieu nai"),
        R("petitions.recommendations", "don", after: @"^\s*kien nghi"),
        R("petitions.resolved_in_competence", "don", before: @"tham quyen[^;]{0,80}da giai quyet\s*$"),
        R("petitions.resolved.cases", "vu|vu viec", before: @"tham quyen[^;]{0,80}da giai quyet \d+ don/\s*$"),
        R("petitions.in_competence.letters", "don", before: @"tham quyen[^;]{0,60}$"),
        R("petitions.in_competence.cases", "vu|vu viec", before: @"tham quyen[^;]{0,60}don/\s*$"),
        R("petitions.resolved.letters", "don", before: @"da giai quyet\s*$"),
        R("petitions.in_progress", "don", before: @"con lai\s*$"),
        R("petitions.letters", "don", before: @"(tiep nhan|nhan duoc|khieu nai, to cao)[^;]{0,50}$"),
        R("petitions.cases", "vu|vu viec", before: @"(tiep nhan|nhan duoc|khieu nai, to cao)[^;]{0,50}don/\s*$"),
        R("petitions.complex_resolved", "vu viec", before: @"da giai quyet duoc\s*$"),
        R("petitions.complex_rate", "%", before: @"giai quyet duoc[^;]{0,30}ty le\s*$"),
        R("petitions.resolution_rate", "%", before: @"giai quyet[^;]{0,60}ty le\s*$"),
        R("feedback.national_portal", "phan anh", after: @"^[^.;]{0,40}he thong phan anh"),
        // Voters, supervision, criticism.
        R("voters.meetings_national_assembly", "hoi nghi", after: @"^\s*(txct|tiep xuc cu tri)[^;.]{0,40}quoc hoi"),
        R("voters.meetings_councils", "hoi nghi", after: @"^\s*(txct|tiep xuc cu tri)[^;.]{0,60}hdnd"),
        R("criticism.conferences", "hoi nghi", after: @"^\s*phan bien"),
        R("criticism.by_draft", "cuoc", after: @"^\s*phan bien[^;]{0,30}gui du thao"),
        R("criticism.sessions", "cuoc", before: @"phan bien xa hoi[^;]{0,20}$"),
        R("supervision.community_investment", "cuoc", after: @"^\s*giam sat doi voi cac cong trinh"),
        R("supervision.front_sessions", "cuoc", before: @"giam sat[^;]{0,20}$"),
        R("supervision.front_sessions", "cuoc", after: @"^\s*giam sat"),
        R("supervision.front_units_visited", "luot", after: @"^\s*don vi"),
        R("supervision.inspection_boards", "ban", after: @"^\s*thanh tra nhan dan"),
        R("criticism.drafts_commented", "du thao", before: @"gop y\s*$"),
        R("front.advisory_board_members", "nguoi", before: @"thanh vien[^;]{0,40} la\s*$"),
        // Training.
        R("training.people_sent", "nguoi", before: @"da cu\s*$"),
        R("training.district_officials", "cong chuc", before: @"gom\s*$"),
        R("training.commune_officials", "can bo", after: @"^, cong chuc cap xa"),
        // Assessment of units.
        R("classification.excellent", "don vi", after: @"^\s*hoan thanh xuat sac"),
        R("classification.good", "don vi", after: @"^\s*hoan thanh tot"),
        R("classification.completed", "don vi", after: @"^\s*hoan thanh nhiem vu"),
        // Democracy at work.
        R("workplace.private_rate", "%", before: @"doanh nghiep tu nhan[^;]{0,10}dat\s*$"),
        R("workplace.state_rate", "%", before: @"doanh nghiep nha nuoc[^;]{0,10}dat\s*$"),
        R("workplace.agencies_rate", "%", after: @"^\s*co quan hanh chinh"),
        // The unit's profile and one-stop offices.
        R("profile.communes", "xa", whole: true),
        R("onestop.communes_with_one_stop", "xa", after: @"^[^.]{0,160}mot cua"),
        R("profile.administrative_units", "don vi", after: @"^\s*hanh chinh"),
        R("profile.towns", "thi tran"),
        R("profile.area", "km²"),
        R("profile.population", "nguoi", before: @"dan so[^;]{0,100}$"),
        R("onestop.offices_standardised", "xa", before: @"bo phan mot cua\s*$"),
        R("profile.departments", "phong"),
        R("profile.communes", "xa"),
        // Mediation, training, security.
        R("mediation.teams", "to", after: @"^\s*hoa giai"),
        R("security.teams", "to", after: @"^\s*an ninh"),
        R("mediation.successful", "don", before: @"hoa giai thanh\s*$"),
        R("mediation.success_rate", "%", before: @"hoa giai[^;]{0,60}dat\s*$"),
        R("training.classes", "lop"),
        R("training.participants", "nguoi", before: @"lop hoc co\s*$"),
        R("onestop.essential_services_online", "dich vu"),
    ];

    /// <summary>The figure with the key of the first rule that fits it, and a higher confidence when one does.</summary>
    public static ExtractedFigure Map(string text, ExtractedFigure figure)
    {
        var unit = figure.Unit is null ? "" : Vietnamese.VietnameseText.Strip(figure.Unit).ToLowerInvariant();
        var sentence = SentenceStart(text, figure.Start);
        var before = FigureExtractor.Plain(text, sentence, figure.Start - sentence).ToLowerInvariant();
        before = Regex.Replace(before, @"\s+", " ");
        var afterStart = figure.Start + figure.Length;
        var after = Regex.Replace(FigureExtractor.Plain(text, afterStart, 80).ToLowerInvariant(), @"\s+", " ");
        foreach (var rule in Rules)
        {
            if (!rule.Units.Contains(unit) || rule.Whole != (figure.Label == FigureLabels.Whole)) continue;
            if (rule.Before is not null && !rule.Before.IsMatch(before)) continue;
            if (rule.After is not null && !rule.After.IsMatch(after)) continue;
            return figure with { Key = rule.Key, Confidence = Math.Max(figure.Confidence, 0.9) };
        }
        return figure;
    }

    /// <summary>Every key the rules can give.</summary>
    public static IEnumerable<string> Keys => Rules.Select(r => r.Key).Distinct();

    static int SentenceStart(string text, int at)
    {
        var min = Math.Max(0, at - 160);
        for (var i = at - 1; i >= min; i--)
        {
            if (text[i] is '\n' or ';' || (text[i] == '.' && !(i > 0 && char.IsDigit(text[i - 1])))) return i + 1;
        }
        return min;
    }
}
