namespace Grassroots.Web.Modules.Assessment;

/// <summary>
/// Assessment and classification: criteria sets issued by the level above (versioned; a published set is never edited), the
/// units' self-assessment with evidence and computed criteria pre-filled, the appraisal, the council's decision and appeals,
/// standards with the province's target share, heads' responsibility, and the published ranking. The classification counts
/// feed the indicators the seeds print.
/// </summary>
public sealed class AssessmentModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal shows the published results about the unit: its own, and those of the units it assessed.
        module.PortalSection<AssessmentReader, PortalResult>(60, "/Modules/Assessment/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PublishedAsync(unit.Id, 10, ct));
        module.MapApi(api => api.MapAssessmentApi());
        module.Nav(Pillar.Reports, "/assessment", "Nav.Assessment", Permission.View, order: 5);
        module.Nav(Pillar.Reports, "/assessment/targets", "Nav.AssessmentTargets", Permission.View, order: 6);
    }
}
