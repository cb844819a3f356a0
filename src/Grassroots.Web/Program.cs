using Grassroots.Web.Kernel;
using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Modules.Assessment;
using Grassroots.Web.Modules.AuditLog;
using Grassroots.Web.Modules.Calendar;
using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Conventions;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Modules.Disclosure;
using Grassroots.Web.Modules.Home;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.LegacyReports;
using Grassroots.Web.Modules.OneStop;
using Grassroots.Web.Modules.Outreach;
using Grassroots.Web.Modules.PersonalData;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Portal;
using Grassroots.Web.Modules.Reception;
using Grassroots.Web.Modules.Registers;
using Grassroots.Web.Modules.Reports;
using Grassroots.Web.Modules.Steering;
using Grassroots.Web.Modules.Supervision;
using Grassroots.Web.Modules.Surveys;

var builder = WebApplication.CreateBuilder(args);
if (Grassroots.Web.Platform.Data.BackupCommand.Handles(args))
{
    // The operator's backup and restore (docs/operations.md), with the app's own configuration; no server is started.
    Environment.ExitCode = await Grassroots.Web.Platform.Data.BackupCommand.RunAsync(args, builder.Configuration, builder.Environment);
    return;
}
builder.AddPlatform();
builder.Services.AddKernels();
// One line a module (docs/architecture.md): its manifest declares the rest.
builder.AddModules(
    new DirectoryModule(),
    new AccountsModule(),
    new AuditLogModule(),
    new CalendarModule(),
    new PetitionsModule(),
    new ReceptionModule(),
    new DisclosureModule(),
    new DecisionsModule(),
    new ConsultationsModule(),
    new ConventionsModule(),
    new SupervisionModule(),
    new IndicatorsModule(),
    new SteeringModule(),
    new ReportsModule(),
    new RegistersModule(),
    new OneStopModule(),
    new AssessmentModule(),
    new LegacyReportsModule(),
    new SurveysModule(),
    new OutreachModule(),
    new PersonalDataModule(),
    new HomeModule(),
    new PortalModule());

var app = builder.Build();
await app.StartPlatformAsync();
app.Run();

public partial class Program;
