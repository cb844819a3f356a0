using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Modules.AuditLog;
using Grassroots.Web.Modules.Calendar;
using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Conventions;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Modules.Disclosure;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reception;
using Grassroots.Web.Modules.Reports;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Demo;
using Grassroots.Web.Platform.Http;
using Grassroots.Web.Platform.Localization;
using Grassroots.Web.Platform.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddGrassrootsData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddGrassrootsAuth();
builder.Services.AddGrassrootsLocalization();
builder.Services.AddGrassrootsProblems();
builder.Services.AddGrassrootsHttp();
builder.Services.AddGrassrootsUi();
builder.Services.AddDemoData(builder.Configuration, builder.Environment);

builder.Services.AddDirectory();
builder.Services.AddAccounts();
builder.Services.AddAuditLog();
builder.Services.AddCalendar();
builder.Services.AddPetitions();
builder.Services.AddReception();
builder.Services.AddDisclosure();
builder.Services.AddDecisions();
builder.Services.AddConsultations();
builder.Services.AddConventions();
builder.Services.AddIndicators();
builder.Services.AddReports();

var app = builder.Build();

await DatabaseStartup.PrepareAsync(app);

app.UseGrassrootsPipeline();
var api = app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy);
api.MapDirectory();
api.MapAccounts();
api.MapAuditLog();
api.MapCalendar();
api.MapPetitions();
api.MapReception();
api.MapDisclosure();
api.MapDecisions();
api.MapConsultations();
api.MapConventions();
api.MapIndicators();
api.MapReports();
app.MapGrassrootsUi();

app.Run();

public partial class Program;
