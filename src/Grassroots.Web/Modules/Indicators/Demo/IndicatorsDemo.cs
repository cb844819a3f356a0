using static Grassroots.Web.Modules.Indicators.EnteredIndicators;

namespace Grassroots.Web.Modules.Indicators.Demo;

/// <summary>
/// The values every demo district and commune entered, half-year by half-year from 2021 to today (one-stop dossiers,
/// mediation, supervision, conferences...), growing believably: online services spread, digitisation
/// starts in 2023. Deterministic: the same seed gives the same demo everywhere.
/// </summary>
public sealed class IndicatorsDemo(AppDbContext db, TimeProvider clock) : IDemoData
{
    private static readonly UnitKind[] Reporting = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public int Order => 80;

    public async Task SeedAsync(CancellationToken ct)
    {
        var random = new Random(20220630);
        var today = clock.VietnamToday();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = await db.Units.AsNoTracking().Where(u => Reporting.Contains(u.Kind)).OrderBy(u => u.Code).ToListAsync(ct);
        var villages = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ResidentialCommunity).GroupBy(u => u.ParentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key ?? 0, g => g.Count, ct);
        var communesOf = units.Where(u => u.Kind != UnitKind.District).GroupBy(u => u.ParentId ?? 0).ToDictionary(g => g.Key, g => g.Count());
        var rows = new List<IndicatorValue>();
        void Add(Unit u, DateOnly from, DateOnly to, string key, decimal value) =>
            rows.Add(new IndicatorValue { UnitId = u.Id, Key = key, From = from, To = to, Value = Math.Max(0, value), Origin = ValueOrigin.Demo, EnteredBy = "demo", EnteredAt = now });

        for (var year = 2021; year <= today.Year; year++)
        {
            foreach (var (from, to) in new[] { (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)), (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)) })
            {
                if (from > today)
                {
                    continue;
                }
                var progress = (year - 2021) * 2 + (from.Month > 6 ? 1 : 0); // 0 … 11: online services grow
                foreach (var u in units.Where(u => u.IsActiveOn(from) || u.IsActiveOn(to)))
                {
                    var district = u.Kind == UnitKind.District;
                    var size = district ? 1.4 : 0.6 + random.NextDouble() * (u.IsRemoteArea ? 0.5 : 0.9);
                    // One-stop dossiers: the OneStop module's demo imports them (its own draws); these keep the sequence of the rest.
                    for (var draw = 0; draw < 5; draw++)
                    {
                        _ = random.NextDouble();
                    }
                    _ = random.Next(district ? 2 : 0, district ? 6 : 3); // FrontSessions: counted from the Supervision module's demo records
                    _ = random.Next(0, district ? 3 : 2); // CriticismSessions: counted from the Supervision module's demo records
                    _ = random.Next(1, district ? 5 : 3); // CouncilMeetings: counted from the Supervision module's demo records
                    _ = random.Next(0, 3); // Dialogues: counted from the Supervision module's demo records
                    if (district)
                    {
                        _ = random.Next(1, 3); // NationalAssemblyMeetings: counted from the Supervision module's demo records
                        _ = random.Next(6, 20); // FrontUnitsVisited: counted from the Supervision module's demo records
                        _ = random.Next(1, 3); // CriticismConferences: counted from the Supervision module's demo records
                        _ = random.Next(0, 2); // CriticismByDraft: counted from the Supervision module's demo records
                        Add(u, from, to, Profile.Departments, 12);
                        var communes = communesOf.GetValueOrDefault(u.Id);
                        Add(u, from, to, Profile.Communes, communes);
                        Add(u, from, to, Profile.AdministrativeUnits, communes);
                        Add(u, from, to, EnteredIndicators.OneStop.CommunesWithOneStop, communes);
                        if (from.Month == 1)
                        {
                            // Last year's classification of the district's agencies and communes: decided in the Assessment module's demo records.
                            _ = random.Next(2, 7);
                            _ = random.Next(2, 6);
                        }
                    }
                    else
                    {
                        _ = random.Next(1, 6); // CommunityInvestment: counted from the Supervision module's demo records
                        _ = random.Next(1, 4); // InspectionBoardSessions: counted from the Supervision module's demo records
                        var teams = villages.GetValueOrDefault(u.Id, 4);
                        Add(u, from, to, Mediation.SecurityTeams, teams);
                        Add(u, from, to, Profile.Population, (int)(size * 9000) + random.Next(0, 800));
                        Add(u, from, to, EnteredIndicators.OneStop.OfficesStandardised, year >= 2023 ? 1 : 0);
                    }
                }
            }
        }
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
    }
}
