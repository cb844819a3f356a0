namespace Grassroots.Web.Modules.LegacyReports;

/// <summary>
/// The reports of the time before the platform, read back (issue 18): Word files, PDFs, scans and old text files in
/// pre-Unicode encodings are read (Grassroots.Import), their lost marks restored, their metadata and figures extracted; an
/// officer reviews and accepts them, and the figures enter the indicators marked as imported from their report, so a
/// province starts with its past figures on the dashboard.
/// </summary>
public sealed class LegacyReportsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapLegacyReportsApi());
        module.Nav(Pillar.Reports, "/legacy-reports", "Nav.LegacyReports", Permission.Edit, order: 6);
        module.Services.AddSingleton<ReportReadingGate>();
    }
}
