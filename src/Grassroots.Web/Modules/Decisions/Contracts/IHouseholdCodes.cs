namespace Grassroots.Web.Modules.Decisions.Contracts;

/// <summary>Whether a household's code belongs to a residential community under a unit (residents-only consultations ask).</summary>
public interface IHouseholdCodes
{
    /// <summary>The household whose code this is, if it lives in a residential community under the unit path.</summary>
    Task<Guid?> HouseholdUnderAsync(string code, string unitPath, CancellationToken ct);
}
