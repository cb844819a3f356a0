using Grassroots.Web.Modules.Indicators.Contracts;
using static Grassroots.Web.Modules.Indicators.Contracts.IndicatorDefinition;

namespace Grassroots.Web.Modules.Registers;

/// <summary>
/// The indicators the four registers now compute from their records, under the keys the units used to type (reports,
/// templates and the catalogue's seed phrases name them): "nhận 112 đơn … hòa giải thành 107 đơn, đạt 95,5%"; "131 tổ hòa
/// giải ở cơ sở"; "tuyên truyền được 52 cuộc có 2.641 lượt"; "01 lớp bồi dưỡng … 161 người"; "cử 30 người gồm 04 … và 26 …";
/// "mô hình Dân vận khéo", "nhân rộng 04 mô hình"; "100% cơ quan hành chính … hội nghị cán bộ công chức"; "doanh nghiệp tư
/// nhân đạt 50% … nhà nước đạt 100%". Labels: <c>Indicator.{key}</c> (the old ones in Indicators.resx, the new in Registers.resx).
/// </summary>
public sealed class RegisterIndicators(RegisterFigures figures) : IIndicatorSource
{
    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public static class Mediation
    {
        public const string Received = "mediation.received";
        public const string Successful = "mediation.successful";
        public const string Failed = "mediation.failed";
        public const string Pending = "mediation.pending";
        public const string Withdrawn = "mediation.withdrawn";
        public const string SuccessRate = "mediation.success_rate";
        public const string Teams = "mediation.teams";
    }

    public static class Training
    {
        public const string PeopleSent = "training.people_sent";
        public const string DistrictOfficials = "training.district_officials";
        public const string CommuneOfficials = "training.commune_officials";
        public const string Classes = "training.classes";
        public const string Participants = "training.participants";
        public const string PropagandaSessions = "training.propaganda_sessions";
        public const string PropagandaPeople = "training.propaganda_people";
        public const string PropagandaAttendances = "training.propaganda_attendances";
        public const string LegalAidTrips = "training.legal_aid_trips";
    }

    public static class Models
    {
        public const string DanVanKheo = "models.dan_van_kheo";
        public const string Replications = "models.replications";
    }

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
        public const string ForeignEnterprises = "workplace.foreign_enterprises";
        public const string ForeignHeld = "workplace.foreign_held";
        public const string ForeignRate = "workplace.foreign_rate";
        public const string Dialogues = "workplace.dialogues";
    }

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        Sum(Mediation.Received, IndicatorArea.Mediation, Measure.Cases, Computed),
        Sum(Mediation.Successful, IndicatorArea.Mediation, Measure.Cases, Computed),
        Sum(Mediation.Failed, IndicatorArea.Mediation, Measure.Cases, Computed),
        Sum(Mediation.Pending, IndicatorArea.Mediation, Measure.Cases, Computed),
        Sum(Mediation.Withdrawn, IndicatorArea.Mediation, Measure.Cases, Computed),
        Rate(Mediation.SuccessRate, IndicatorArea.Mediation, Mediation.Successful, Mediation.Received, Computed, headline: true),
        // Teams in place at the period's end: a state, counted from the teams recognised by then.
        new(Mediation.Teams, IndicatorArea.Mediation, LabelOf(Mediation.Teams), Measure.Teams, RollUpKind.Latest, Computed),

        Sum(Workplace.Agencies, IndicatorArea.Workplace, Measure.Agencies, Computed),
        Sum(Workplace.AgenciesHeld, IndicatorArea.Workplace, Measure.Agencies, Computed),
        Rate(Workplace.AgenciesRate, IndicatorArea.Workplace, Workplace.AgenciesHeld, Workplace.Agencies, Computed),
        Sum(Workplace.PrivateEnterprises, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Sum(Workplace.PrivateHeld, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Rate(Workplace.PrivateRate, IndicatorArea.Workplace, Workplace.PrivateHeld, Workplace.PrivateEnterprises, Computed),
        Sum(Workplace.StateEnterprises, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Sum(Workplace.StateHeld, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Rate(Workplace.StateRate, IndicatorArea.Workplace, Workplace.StateHeld, Workplace.StateEnterprises, Computed),
        Sum(Workplace.ForeignEnterprises, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Sum(Workplace.ForeignHeld, IndicatorArea.Workplace, Measure.Enterprises, Computed),
        Rate(Workplace.ForeignRate, IndicatorArea.Workplace, Workplace.ForeignHeld, Workplace.ForeignEnterprises, Computed),
        Sum(Workplace.Dialogues, IndicatorArea.Workplace, Measure.Sessions, Computed),

        Sum(Models.DanVanKheo, IndicatorArea.Models, Measure.Models, Computed),
        Sum(Models.Replications, IndicatorArea.Models, Measure.Units, Computed),

        Sum(Training.PeopleSent, IndicatorArea.Training, Measure.People, Computed),
        Sum(Training.DistrictOfficials, IndicatorArea.Training, Measure.People, Computed),
        Sum(Training.CommuneOfficials, IndicatorArea.Training, Measure.People, Computed),
        Sum(Training.Classes, IndicatorArea.Training, Measure.Classes, Computed),
        Sum(Training.Participants, IndicatorArea.Training, Measure.People, Computed),
        Sum(Training.PropagandaSessions, IndicatorArea.Training, Measure.Sessions, Computed),
        Sum(Training.PropagandaPeople, IndicatorArea.Training, Measure.People, Computed),
        Sum(Training.PropagandaAttendances, IndicatorArea.Training, Measure.Visits, Computed),
        Sum(Training.LegalAidTrips, IndicatorArea.Training, Measure.Sessions, Computed),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default) =>
        (await figures.ValuesAsync(units, from, to, ct)).ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, decimal>)kv.Value);
}
