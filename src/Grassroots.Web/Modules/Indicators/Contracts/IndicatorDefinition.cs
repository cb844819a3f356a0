namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>How an indicator's values of several units or periods combine.</summary>
public enum RollUpKind
{
    /// <summary>Counts: the sum over the subtree and the period.</summary>
    Sum,

    /// <summary>A rate: numerator ÷ denominator, each summed first — never an average of rates.</summary>
    Ratio,

    /// <summary>A state (population, teams in place): each unit's latest value up to the period's end, summed over units.</summary>
    Latest,

    /// <summary>Not combined: only the unit's own value.</summary>
    None,
}

/// <summary>Where a value comes from.</summary>
public enum IndicatorSourceKind
{
    /// <summary>Counted by a module from its records (receptions, letters).</summary>
    Computed,

    /// <summary>Entered by the unit (form or spreadsheet), until a module keeps those records.</summary>
    Entered,
}

/// <summary>The areas the catalogue groups its indicators by, in the order the pages show them.</summary>
public enum IndicatorArea
{
    Reception,
    Petitions,
    OneStop,
    Mediation,
    Participation,
    Supervision,
    Workplace,
    Models,
    Classification,
    Training,
    Profile,
    Steering,
}

/// <summary>A unit of measure, in both languages; <see cref="Whole"/> when only whole numbers make sense.</summary>
public sealed record Measure(string Vi, string En, bool Whole = true)
{
    public static readonly Measure Visits = new("lượt", "visits");
    public static readonly Measure People = new("người", "people");
    public static readonly Measure Cases = new("vụ việc", "cases");
    public static readonly Measure Letters = new("đơn", "letters");
    public static readonly Measure Delegations = new("đoàn", "delegations");
    public static readonly Measure Dossiers = new("hồ sơ", "dossiers");
    public static readonly Measure Sessions = new("cuộc", "sessions");
    public static readonly Measure Conferences = new("hội nghị", "conferences");
    public static readonly Measure Units = new("đơn vị", "units");
    public static readonly Measure Agencies = new("cơ quan", "agencies");
    public static readonly Measure Enterprises = new("doanh nghiệp", "enterprises");
    public static readonly Measure Teams = new("tổ", "teams");
    public static readonly Measure Boards = new("ban", "boards");
    public static readonly Measure Models = new("mô hình", "models");
    public static readonly Measure Classes = new("lớp", "classes");
    public static readonly Measure Services = new("dịch vụ", "services");
    public static readonly Measure Documents = new("văn bản", "documents");
    public static readonly Measure Feedback = new("phản ánh", "reports");
    public static readonly Measure Times = new("lần", "times");
    public static readonly Measure Tasks = new("nhiệm vụ", "tasks");
    public static readonly Measure Percent = new("%", "%", Whole: false);
    public static readonly Measure SquareKm = new("km²", "km²", Whole: false);
}

/// <summary>
/// An indicator as the module that owns it declares it. Its key is stable: templates, spreadsheets and the API name it.
/// Its label is a string of the declaring module's resources (<see cref="LabelKey"/>, in both languages). A ratio names
/// the two summed indicators it divides. <see cref="Headline"/> puts it among the main figures of the dashboard.
/// </summary>
public sealed record IndicatorDefinition(string Key, IndicatorArea Area, string LabelKey, Measure Measure, RollUpKind RollUp, IndicatorSourceKind Source,
    string? Numerator = null, string? Denominator = null, bool Headline = false)
{
    /// <summary>A count summed over the subtree and the period.</summary>
    public static IndicatorDefinition Sum(string key, IndicatorArea area, Measure measure, IndicatorSourceKind source, bool headline = false) =>
        new(key, area, LabelOf(key), measure, RollUpKind.Sum, source, Headline: headline);

    /// <summary>A state: each unit's latest value, summed over units.</summary>
    public static IndicatorDefinition Latest(string key, IndicatorArea area, Measure measure) =>
        new(key, area, LabelOf(key), measure, RollUpKind.Latest, IndicatorSourceKind.Entered);

    /// <summary>A rate in percent: <paramref name="numerator"/> ÷ <paramref name="denominator"/>, both summed first.</summary>
    public static IndicatorDefinition Rate(string key, IndicatorArea area, string numerator, string denominator, IndicatorSourceKind source, bool headline = false) =>
        new(key, area, LabelOf(key), Measure.Percent, RollUpKind.Ratio, source, numerator, denominator, headline);

    /// <summary>The resource key of an indicator's label: "Indicator." and its key.</summary>
    public static string LabelOf(string key) => "Indicator." + key;
}
