namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// Steering work (Ban Chỉ đạo): the committee and its members over time, the register of directive documents numbered as
/// Nghị định 30/2020 prescribes, plans and tasks followed to their end, inspections and concluding notices whose items become
/// tasks; the periodic reports cite the register and draft their key tasks from the open ones.
/// </summary>
public sealed class SteeringModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapSteeringApi());
        module.MapEndpoints(app => app.MapCommitteeMeetingFeed());
        module.Nav(Pillar.Reports, "/steering", "Nav.Steering", Permission.View, order: 0);
    }
}
