namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>A unit a citizen may write to instead: its code and name.</summary>
public sealed record LetterReceiver(string Code, string Name);

/// <summary>
/// Where a letter meant for a unit that takes none goes instead: the commune it lies in (one), the communes in it
/// (several), or, for the nation, its provinces, whose pages list their communes.
/// </summary>
public sealed record LetterRedirect(IReadOnlyList<LetterReceiver> Units, bool AreProvinces);

/// <summary>
/// Who receives a citizen's letter from the portal: a commune, ward, township or special zone, whose People's Committee
/// receives and settles the letters of the people who live there (docs/domain.md, "Who receives a citizen's letter").
/// The nation, a province or a district, a village (thôn, tổ dân phố), and the agencies, enterprises and organisations
/// beside the tree take none: a letter to one of them is refused, and the form points to the commune instead.
/// </summary>
[Scoped]
public sealed class LetterReceivers(AppDbContext db, UnitLineage lineage)
{
    private static readonly UnitKind[] CommuneKinds =
        [.. Enum.GetValues<UnitKind>().Where(k => k.IsCommuneLevel())];

    public static bool Receives(Unit unit) => unit.Kind.IsCommuneLevel();

    /// <summary>The unit that holds a unit's letters on the day: itself, or the unit it was merged into.</summary>
    public async Task<Unit> HolderAsync(Unit unit, DateOnly today, CancellationToken ct) =>
        unit.IsActiveOn(today) ? unit : await lineage.SuccessorOnAsync(unit, today, ct);

    /// <summary>Where a letter meant for <paramref name="unit"/> goes, among the units active on <paramref name="today"/>, in Vietnamese order.</summary>
    public async Task<LetterRedirect> InsteadOfAsync(Unit unit, DateOnly today, CancellationToken ct)
    {
        // The commune it lies in: the nearest commune above it on its path (a village, a commune's own bodies).
        var above = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToList();
        var commune = (await Active(today).Where(u => above.Contains(u.Code) && CommuneKinds.Contains(u.Kind))
                .Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct))
            .OrderByDescending(u => u.Path.Length).FirstOrDefault();
        if (commune is not null)
        {
            return new LetterRedirect([new LetterReceiver(commune.Code, commune.Name)], AreProvinces: false);
        }
        var provinces = unit.Kind == UnitKind.Nation;
        var below = provinces
            ? Active(today).Where(u => u.ParentId == unit.Id && u.Kind == UnitKind.Province)
            : Active(today).Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id && CommuneKinds.Contains(u.Kind));
        var units = await below.Select(u => new LetterReceiver(u.Code, u.Name)).ToListAsync(ct);
        return new LetterRedirect([.. units.OrderBy(u => u.Name, Text.VietnameseOrder)], provinces);
    }

    /// <summary>The refusal of a letter to a unit that takes none, naming the commune to write to when there is one.</summary>
    public async Task<DomainException> RefusalAsync(Unit unit, DateOnly today, CancellationToken ct) =>
        await InsteadOfAsync(unit, today, ct) is { AreProvinces: false, Units: [var commune] }
            ? DomainException.Invalid("Petition.SendToCommune", unit.Name, commune.Name, commune.Code)
            : DomainException.Invalid("Petition.ReceivesNoLetters", unit.Name);

    private IQueryable<Unit> Active(DateOnly today) => db.Units.AsNoTracking()
        .Where(u => (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo > today));
}
