using Grassroots.Web.Modules.Indicators.Contracts;
using static Grassroots.Web.Modules.Indicators.Contracts.IndicatorDefinition;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The indicators no module records yet: the units type them in or import them from the spreadsheet until a module keeps
/// those records (the one-stop offices in place, the unit's profile, and the petition figures the petitions module does not count). Every figure the seed reports print has
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

    /// <summary>"8/8 xã ... cơ chế 'một cửa'"; "25 dịch vụ công thiết yếu": no one-stop export carries these (the dossier figures are the OneStop module's).</summary>
    public static class OneStop
    {
        // Received, online, settled (early, on time, late), pending, returned, digitised and paid online: computed by the
        // OneStop module from the one-stop software's statistics or dossier lists. These three no export carries.
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
