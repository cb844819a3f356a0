using System.Globalization;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// The register's rules, each citing its row of docs/legal.md: the symbol of a kind and of a body (ND30-SYMBOL), the format
/// a body writes in (HD36-FORMAT), the series a number is counted in (ND30-NUMBER, HD36-NUMBER) and how a document is cited
/// in a report's footnote, with its date written as Nghị định 30/2020 writes dates (ND30-DATE).
/// </summary>
public static class SteeringRules
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The abbreviation of a kind (NĐ 30/2020 Phụ lục III); a công văn has none.</summary>
    public static string? Abbreviation(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "KH",
        DocumentKind.Decision => "QĐ",
        DocumentKind.Directive => "CT",
        DocumentKind.Notice => "TB",
        DocumentKind.Guidance => "HD",
        DocumentKind.Report => "BC",
        DocumentKind.Programme => "CTr",
        DocumentKind.Minutes => "BB",
        DocumentKind.OfficialLetter => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The name of a kind as a citation writes it: "Kế hoạch", "Quyết định", "Công văn".</summary>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "Kế hoạch",
        DocumentKind.Decision => "Quyết định",
        DocumentKind.Directive => "Chỉ thị",
        DocumentKind.Notice => "Thông báo",
        DocumentKind.Guidance => "Hướng dẫn",
        DocumentKind.Report => "Báo cáo",
        DocumentKind.Programme => "Chương trình",
        DocumentKind.Minutes => "Biên bản",
        DocumentKind.OfficialLetter => "Công văn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The Party's bodies write in the Party's format (HD36-FORMAT); the State's and the Front's in Nghị định 30's.</summary>
    public static HeaderStyle FormatOf(IssuingBody body) =>
        body is IssuingBody.PartyCommittee or IssuingBody.SteeringCommittee or IssuingBody.MassMobilisationBoard ? HeaderStyle.Party : HeaderStyle.State;

    /// <summary>The body's abbreviation in a symbol: "UBND", "BCĐ", "HU" for a district's Party committee.</summary>
    public static string BodyAbbreviation(IssuingBody body, UnitKind level) => body switch
    {
        IssuingBody.PeoplesCommittee => "UBND",
        IssuingBody.PeoplesCouncil => "HĐND",
        IssuingBody.PartyCommittee => level switch
        {
            UnitKind.Province => "TU",
            UnitKind.District => "HU",
            _ => "ĐU",
        },
        IssuingBody.SteeringCommittee => "BCĐ",
        IssuingBody.MassMobilisationBoard => "BDV",
        IssuingBody.FatherlandFront => "MTTQ",
        _ => throw new ArgumentOutOfRangeException(nameof(body)),
    };

    /// <summary>The level word of a unit in a body's name: "tỉnh", "huyện", "xã", "phường".</summary>
    public static string LevelWord(UnitKind kind) => kind switch
    {
        UnitKind.Province => "tỉnh",
        UnitKind.District => "huyện",
        UnitKind.Ward => "phường",
        UnitKind.Township => "thị trấn",
        UnitKind.SpecialZone => "đặc khu",
        _ => "xã",
    };

    /// <summary>How a citation names the body: "UBND huyện", "Ban Chỉ đạo QCDC cơ sở huyện", "Huyện ủy".</summary>
    public static string BodyName(IssuingBody body, UnitKind level) => body switch
    {
        IssuingBody.PeoplesCommittee => "UBND " + LevelWord(level),
        IssuingBody.PeoplesCouncil => "HĐND " + LevelWord(level),
        IssuingBody.PartyCommittee => level switch
        {
            UnitKind.Province => "Tỉnh ủy",
            UnitKind.District => "Huyện ủy",
            _ => "Đảng ủy " + LevelWord(level),
        },
        IssuingBody.SteeringCommittee => "Ban Chỉ đạo QCDC cơ sở " + LevelWord(level),
        IssuingBody.MassMobilisationBoard => "Ban Dân vận " + (level == UnitKind.Province ? "Tỉnh ủy" : level == UnitKind.District ? "Huyện ủy" : "Đảng ủy"),
        IssuingBody.FatherlandFront => "Ủy ban MTTQ Việt Nam " + LevelWord(level),
        _ => throw new ArgumentOutOfRangeException(nameof(body)),
    };

    /// <summary>
    /// The series a number is counted in, each year from 01: the State's bodies number all their documents in one series
    /// (ND30-NUMBER); the Party's bodies number each kind on its own, as the seed shows ("02-QĐ/BCĐ" beside "01-TB/BCĐ";
    /// HD36-NUMBER, unverified).
    /// </summary>
    public static string Series(IssuingBody body, DocumentKind kind) => FormatOf(body) == HeaderStyle.Party ? kind.ToString() : "";

    /// <summary>
    /// The number and symbol: State "47/KH-UBND", a công văn "868/UBND-TH"; Party "02-QĐ/BCĐ", a công văn "15-CV/HU".
    /// Numbers under 10 take a leading zero (ND30-NUMBER).
    /// </summary>
    public static string Symbol(IssuingBody body, UnitKind level, DocumentKind kind, int number, string? draftingOffice)
    {
        var n = number.ToString("00", CultureInfo.InvariantCulture);
        var b = BodyAbbreviation(body, level);
        if (FormatOf(body) == HeaderStyle.Party)
        {
            return $"{n}-{Abbreviation(kind) ?? "CV"}/{b}";
        }
        return Abbreviation(kind) is { } k
            ? $"{n}/{k}-{b}"
            : string.IsNullOrWhiteSpace(draftingOffice) ? $"{n}/{b}" : $"{n}/{b}-{draftingOffice}";
    }

    /// <summary>The number at the head of a number and symbol ("868/UBND-TH" → 868, "02-QĐ/BCĐ" → 2); null without one.</summary>
    public static int? LeadingNumber(string numberAndSymbol)
    {
        var digits = new string(numberAndSymbol.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length is > 0 and <= 6 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A date as Nghị định 30/2020 writes it: the day and the months 1 and 2 with a leading zero — "04/4/2022", "10/02/2022" (ND30-DATE).</summary>
    public static string Date(DateOnly d) =>
        $"{d.Day:00}/{(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))}/{d.Year}";

    /// <summary>
    /// A document as a report's footnote cites it: "Kế hoạch số 47/KH-UBND ngày 04/4/2022 của UBND huyện về triển khai …".
    /// </summary>
    public static string Citation(DocumentKind kind, string numberAndSymbol, DateOnly? on, string bodyName, string summary)
    {
        var about = summary.Trim();
        foreach (var lead in new[] { "V/v ", "Về việc ", "về việc ", "Về ", "về " })
        {
            if (about.StartsWith(lead, StringComparison.Ordinal))
            {
                about = about[lead.Length..];
                break;
            }
        }
        about = LowerFirst(about);
        var date = on is { } d ? $" ngày {Date(d)}" : "";
        return $"{KindName(kind)} số {numberAndSymbol}{date} của {bodyName} về {about}";
    }

    /// <summary>"Kiểm tra việc …" → "kiểm tra việc …"; an abbreviation ("UBND …") keeps its capitals.</summary>
    public static string LowerFirst(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) && (text.Length == 1 || !char.IsUpper(text[1])) ? char.ToLower(text[0], Vi) + text[1..] : text;

    /// <summary>A due day that falls on a day off moves to the next working day (the civil code's rule for a last day, BLDS-148).</summary>
    public static async Task<DateOnly> WorkingDueAsync(WorkingCalendar calendar, DateOnly due, CancellationToken ct) =>
        await calendar.IsWorkingDayAsync(due, ct) ? due : await calendar.AddWorkingDaysAsync(due, 1, ct);

    /// <summary>
    /// The issuing-body lines of a document's header and how many of them name the governing body: the Ban Chỉ đạo under
    /// its Party committee ("HUYỆN ỦY ĐAM RÔNG" / "BAN CHỈ ĐẠO THỰC HIỆN" / "QUY CHẾ DÂN CHỦ CƠ SỞ"), the People's Committee alone.
    /// </summary>
    public static (IReadOnlyList<string> Lines, int Governing) HeaderLines(IssuingBody body, Unit unit)
    {
        var place = Unit.PlaceName(unit.Name).ToUpper(Vi);
        var level = LevelWord(unit.Kind).ToUpper(Vi);
        var party = unit.Kind switch
        {
            UnitKind.Province => "TỈNH ỦY " + place,
            UnitKind.District => "HUYỆN ỦY " + place,
            _ => "ĐẢNG ỦY " + level + " " + place,
        };
        return body switch
        {
            IssuingBody.PeoplesCommittee => (["ỦY BAN NHÂN DÂN", level + " " + place], 0),
            IssuingBody.PeoplesCouncil => (["HỘI ĐỒNG NHÂN DÂN", level + " " + place], 0),
            IssuingBody.PartyCommittee => ([party], 0),
            IssuingBody.SteeringCommittee => ([party, "BAN CHỈ ĐẠO THỰC HIỆN", "QUY CHẾ DÂN CHỦ CƠ SỞ"], 1),
            IssuingBody.MassMobilisationBoard => ([party, "BAN DÂN VẬN"], 1),
            IssuingBody.FatherlandFront => (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", level + " " + place], 0),
            _ => throw new ArgumentOutOfRangeException(nameof(body)),
        };
    }

    /// <summary>The signature's authority line: "T/M BAN CHỈ ĐẠO", "TM. ỦY BAN NHÂN DÂN".</summary>
    public static string Authority(IssuingBody body) => body switch
    {
        IssuingBody.PeoplesCommittee => "TM. ỦY BAN NHÂN DÂN",
        IssuingBody.PeoplesCouncil => "TM. HỘI ĐỒNG NHÂN DÂN",
        IssuingBody.PartyCommittee => "T/M BAN THƯỜNG VỤ",
        IssuingBody.SteeringCommittee => "T/M BAN CHỈ ĐẠO",
        IssuingBody.MassMobilisationBoard => "T/M BAN DÂN VẬN",
        IssuingBody.FatherlandFront => "TM. BAN THƯỜNG TRỰC",
        _ => throw new ArgumentOutOfRangeException(nameof(body)),
    };

    /// <summary>Due soon: within this many days, the landing pages show a task.</summary>
    public const int DueSoonDays = 7;
}
