using Grassroots.Web.Modules.Indicators.Contracts;
using static Grassroots.Web.Modules.Indicators.Contracts.IndicatorDefinition;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The indicators no module records yet: the units type them in or import them from the spreadsheet until a module keeps
/// those records (one-stop dossiers, mediation, workplaces, classification, training, the
/// unit's profile, and the petition figures the petitions module does not count). Every figure the seed reports print has
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

    /// <summary>"nhận 112 đơn... hòa giải thành 107 đơn, đạt 95,5%"; "131 tổ hòa giải ở cơ sở"; "120 tổ An ninh nhân dân".</summary>
    public static class Mediation
    {
        public const string Received = "mediation.received";
        public const string Successful = "mediation.successful";
        public const string Failed = "mediation.failed";
        public const string Pending = "mediation.pending";
        public const string SuccessRate = "mediation.success_rate";
        public const string Teams = "mediation.teams";
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

    /// <summary>"100% cơ quan hành chính ... tổ chức hội nghị cán bộ công chức"; "doanh nghiệp tư nhân đạt 50%; ... nhà nước đạt 100%".</summary>
    public static class Workplace
    {
        public const string Agencies = "workplace.agencies";
        public const string AgenciesHeld = "workplace.agencies_held";
        public const string AgenciesRate = "workplace.agencies_rate";
        public const string PrivateEnterprises = "workplace.private_enterprises";
        public const string PrivateHeld = "workplace.private_held";
        public const string PrivateRate = "workplace.private_rate";
        public const string StateEnterprises = "workplace.state_enterprises";
        public const string StateHeld = "workplace.state_held";
        public const string StateRate = "workplace.state_rate";
    }

    /// <summary>"Dân vận khéo" models recognised.</summary>
    public static class Models
    {
        public const string DanVanKheo = "models.dan_van_kheo";
    }

    /// <summary>"06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16 đơn vị hoàn thành tốt nhiệm vụ và 05 đơn vị hoàn thành nhiệm vụ".</summary>
    public static class Classification
    {
        public const string Excellent = "classification.excellent";
        public const string Good = "classification.good";
        public const string Completed = "classification.completed";
        public const string NotCompleted = "classification.not_completed";
    }

    /// <summary>"cử 30 người gồm 04 công chức, viên chức các cơ quan huyện và 26 cán bộ, công chức cấp xã"; "01 lớp ... có 161 người".</summary>
    public static class Training
    {
        public const string PeopleSent = "training.people_sent";
        public const string DistrictOfficials = "training.district_officials";
        public const string CommuneOfficials = "training.commune_officials";
        public const string Classes = "training.classes";
        public const string Participants = "training.participants";
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

        Sum(Mediation.Received, IndicatorArea.Mediation, Measure.Cases, Entered),
        Sum(Mediation.Successful, IndicatorArea.Mediation, Measure.Cases, Entered),
        Sum(Mediation.Failed, IndicatorArea.Mediation, Measure.Cases, Entered),
        Sum(Mediation.Pending, IndicatorArea.Mediation, Measure.Cases, Entered),
        Rate(Mediation.SuccessRate, IndicatorArea.Mediation, Mediation.Successful, Mediation.Received, Entered, headline: true),
        Latest(Mediation.Teams, IndicatorArea.Mediation, Measure.Teams),
        Latest(Mediation.SecurityTeams, IndicatorArea.Mediation, Measure.Teams),

        // "số lượng thành viên của mỗi Ban Tư vấn là 06 người": the same in every unit, never added up.
        new(Supervision.AdvisoryBoardMembers, IndicatorArea.Supervision, LabelOf(Supervision.AdvisoryBoardMembers), Measure.People, RollUpKind.None, Entered),

        Sum(Workplace.Agencies, IndicatorArea.Workplace, Measure.Agencies, Entered),
        Sum(Workplace.AgenciesHeld, IndicatorArea.Workplace, Measure.Agencies, Entered),
        Rate(Workplace.AgenciesRate, IndicatorArea.Workplace, Workplace.AgenciesHeld, Workplace.Agencies, Entered),
        Sum(Workplace.PrivateEnterprises, IndicatorArea.Workplace, Measure.Enterprises, Entered),
        Sum(Workplace.PrivateHeld, IndicatorArea.Workplace, Measure.Enterprises, Entered),
        Rate(Workplace.PrivateRate, IndicatorArea.Workplace, Workplace.PrivateHeld, Workplace.PrivateEnterprises, Entered),
        Sum(Workplace.StateEnterprises, IndicatorArea.Workplace, Measure.Enterprises, Entered),
        Sum(Workplace.StateHeld, IndicatorArea.Workplace, Measure.Enterprises, Entered),
        Rate(Workplace.StateRate, IndicatorArea.Workplace, Workplace.StateHeld, Workplace.StateEnterprises, Entered),

        Sum(Models.DanVanKheo, IndicatorArea.Models, Measure.Models, Entered),

        Sum(Classification.Excellent, IndicatorArea.Classification, Measure.Units, Entered),
        Sum(Classification.Good, IndicatorArea.Classification, Measure.Units, Entered),
        Sum(Classification.Completed, IndicatorArea.Classification, Measure.Units, Entered),
        Sum(Classification.NotCompleted, IndicatorArea.Classification, Measure.Units, Entered),

        Sum(Training.PeopleSent, IndicatorArea.Training, Measure.People, Entered),
        Sum(Training.DistrictOfficials, IndicatorArea.Training, Measure.People, Entered),
        Sum(Training.CommuneOfficials, IndicatorArea.Training, Measure.People, Entered),
        Sum(Training.Classes, IndicatorArea.Training, Measure.Classes, Entered),
        Sum(Training.Participants, IndicatorArea.Training, Measure.People, Entered),

        Latest(Profile.AdministrativeUnits, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Towns, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Communes, IndicatorArea.Profile, Measure.Units),
        Latest(Profile.Area, IndicatorArea.Profile, Measure.SquareKm),
        Latest(Profile.Population, IndicatorArea.Profile, Measure.People),
        Latest(Profile.Departments, IndicatorArea.Profile, Measure.Agencies),
    ];
}
