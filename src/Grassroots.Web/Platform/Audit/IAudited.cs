namespace Grassroots.Web.Platform.Audit;

/// <summary>Marks an entity whose every change is written to the audit log, with the unit it belongs to.</summary>
public interface IAudited
{
    int? AuditUnitId { get; }
}
