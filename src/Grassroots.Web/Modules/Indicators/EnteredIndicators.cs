using Grassroots.Web.Modules.Indicators.Contracts;
using static Grassroots.Web.Modules.Indicators.Contracts.IndicatorDefinition;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The indicators no module records yet: the units type them in or import them from the spreadsheet until a module keeps
/// those records (one-stop dossiers, the unit's profile, and the petition figures the petitions module does not count). Every figure the seed reports print has
/// an indicator here or in a module's source (CatalogueTests). Each key is written once, here; the demo and the rates
/// name it by its constant. Labels: <c>Indicator.{key}</c> in Resources/Indicators.resx.
/// </summary>
public static class EnteredIndicators
{
    private const IndicatorSourceKind Entered = IndicatorSourceKind.Entered;

    /// <summary>"các vụ việc khiếu kiện đông người, phức tạp, kéo dài (đã giải quyết được 08 vụ việc, đạt tỷ lệ 80%)"; "06 phản ánh ... qua Hệ thống phản ánh, kiến nghị của Chính phủ".</summary>
    public static class Petitions
    {
        public const string ComplexCases = "petitions.complex_cases";
        public const string ComplexResolved = "petitions.complex_resolved";
        public const string ComplexRate = "petitions.complex_rate";
        public const string NationalPortalFeedback = "feedback.national_portal";
    }

    /// <summary>"tiếp nhận là 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ ... đúng hạn 7029 hồ sơ (tỷ lệ 99,17%), quá hạn 59 hồ sơ (tỷ lệ 0,83%)"; "8/8 xã ... cơ chế 'một cửa'".</summary>
    public static class OneStop
    {
        public const string Received = "onestop.received";
        public const string Online = "onestop.online";
        public const string Resolved = "onestop.resolved";
        public const string OnTime = "onestop.on_time";
        public const string Late = "onestop.late";
        public const string Pending = "onestop.pending";
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
        public const string CommunesWithOneStop = "onestop.communes_with_one_stop";
        public const string EssentialServicesOnline = "onestop.essential_services_online";
        public const string OfficesStandardised = "onestop.offices_standardised";
    }

    /// <summary>"120 tổ An ninh nhân dân" (the mediation figures are the Registers module's, computed from its records).</summary>
    public static class Mediation
    {
        public const string SecurityTeams = "security.teams";
    }

    /// <summary>
    /// "số lượng thành viên của mỗi Ban Tư vấn là 06 người". The supervision, criticism, voters' meeting and dialogue figures
    /// are counted by the Supervision module from its records (Modules/Supervision/SupervisionIndicatorSource.cs).
    /// </summary>
    public static class Supervision
    {
        public const string AdvisoryBoardMembers = "front.advisory_board_members";
    }

    /// <summary>"22 đơn vị hành chính trực thuộc gồm 01 thị trấn và 21 xã; diện tích ... 466,8524 km²; dân số ... 183.142 người"; "12 phòng".</summary>
    public static class Profile
    {
        public const string AdministrativeUnits = "profile.administrative_units";
        public const string Towns = "profile.towns";
        public const string Communes = "profile.communes";
        public const string Area = "profile.area";
        public const string Population = "profile.population";
        public const string Departments = "profile.departments";
    }

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Sum(Petitions.ComplexCases, IndicatorArea.Petitions, Measure.Cases, Entered),
        Sum(Petitions.ComplexResolved, IndicatorArea.Petitions, Measure.Cases, Entered),
        Rate(Petitions.ComplexRate, IndicatorArea.Petitions, Petitions.ComplexResolved, Petitions.ComplexCases, Entered),
        Sum(Petitions.NationalPortalFeedback, IndicatorArea.Petitions, Measure.Feedback, Entered),

        Sum(OneStop.Received, IndicatorArea.OneStop, Measure.Dossiers, Entered, headline: true),
        Sum(OneStop.Online, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.Resolved, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.OnTime, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.Late, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.Pending, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.NotEligible, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.DigitisedReceived, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.DigitisedResults, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.Payable, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Sum(OneStop.PaidOnline, IndicatorArea.OneStop, Measure.Dossiers, Entered),
        Rate(OneStop.OnTimeRate, IndicatorArea.OneStop, OneStop.OnTime, OneStop.Resolved, Entered, headline: true),
        Rate(OneStop.LateRate, IndicatorArea.OneStop, OneStop.Late, OneStop.Resolved, Entered),
        Rate(OneStop.OnlineRate, IndicatorArea.OneStop, OneStop.Online, OneStop.Received, Entered),
        Rate(OneStop.OnlinePaymentRate, IndicatorArea.OneStop, OneStop.PaidOnline, OneStop.Payable, Entered),
        Rate(OneStop.DigitisedReceivedRate, IndicatorArea.OneStop, OneStop.DigitisedReceived, OneStop.Received, Entered),
        Rate(OneStop.DigitisedResultsRate, IndicatorArea.OneStop, OneStop.DigitisedResults, OneStop.Resolved, Entered),
        Latest(OneStop.CommunesWithOneStop, IndicatorArea.OneStop, Measure.Units),
        Latest(OneStop.EssentialServicesOnline, IndicatorArea.OneStop, Measure.Services),
        Latest(OneStop.OfficesStandardised, IndicatorArea.OneStop, Measure.Units),
        Latest(Mediation.SecurityTeams, IndicatorArea.Mediation, Measure.Teams),

        // "số lượng thành viên của mỗi Ban Tư vấn là 06 người": the same in every unit, never added up.
        new(Supervision.AdvisoryBoardMembers, IndicatorArea.Supervision, LabelOf(Supervision.AdvisoryBoardMembers), Measure.People, RollUpKind.None, Entered),


        Latest(Profile.AdministrativeUnits, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Towns, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Communes, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Area, IndicatorArea.Profile, Measure.SquareKm),
        Latest(Profile.Population, IndicatorArea.Profile, Measure.People),
        Latest(Profile.Departments, IndicatorArea.Profile, Measure.Agencies),
    ];
}
