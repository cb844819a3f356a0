namespace Grassroots.Web.Modules.Consultations;

public sealed record ConsultationPortalModel(string UnitCode, IReadOnlyList<PortalConsultation> Items);

/// <summary>The portal's section of drafts open for comments (Dân bàn), and those whose summary is out.</summary>
public sealed class ConsultationPortalSection(ConsultationReader reader) : IPortalSection
{
    public int Order => 20;

    public string View => "/Modules/Consultations/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) => new ConsultationPortalModel(unit.Code, await reader.PortalAsync(unit.Id, 10, ct));
}
