using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Directory;

namespace Grassroots.Tests.Directory;

public sealed class UnitsApiTests
{
    [Theory, Providers]
    public async Task Admin_sees_both_demo_districts_as_they_stood_before_the_reform(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");

        var before = await (await api.GetAsync("/api/v1/units?date=2025-06-30")).ReadAsync<List<UnitDto>>();

        var binhSon = before.Single(u => u.Code == "522");
        Assert.Equal("Huyện Bình Sơn", binhSon.Name);
        Assert.Equal(UnitKind.District, binhSon.Kind);
        Assert.Equal("51", binhSon.ParentCode);
        Assert.Equal(22, before.Count(u => u.ParentCode == "522" && u.Kind.IsCommuneLevel()));
        Assert.Equal(8, before.Count(u => u.ParentCode == "675" && u.Kind.IsCommuneLevel()));
        Assert.Contains(before, u => u.Name == "Thị trấn Châu Ổ" && u.Kind == UnitKind.Township);
        Assert.Contains(before, u => u.Name == "Xã Liêng S'rônh" && u.IsRemoteArea);
    }

    [Theory, Providers]
    public async Task After_the_reform_districts_are_gone_and_new_communes_sit_under_the_province(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");

        var today = await (await api.GetAsync("/api/v1/units")).ReadAsync<List<UnitDto>>();

        Assert.DoesNotContain(today, u => u.Kind == UnitKind.District);
        var newCommunes = today.Where(u => u.ParentCode == "51" && u.Kind.IsCommuneLevel()).ToList();
        Assert.InRange(newCommunes.Count, 6, 11);
        Assert.All(newCommunes, c => Assert.Equal(new DateOnly(2025, 7, 1), c.ValidFrom));
        // Villages moved with their communes: every village today hangs under a commune that exists today.
        var villages = today.Where(u => u.Kind == UnitKind.ResidentialCommunity).ToList();
        Assert.True(villages.Count > 100);
        Assert.All(villages, v => Assert.Contains(today, c => c.Code == v.ParentCode && c.Kind.IsCommuneLevel()));
    }

    [Theory, Providers]
    public async Task Old_commune_data_belongs_to_itself_before_the_reform_and_to_its_successor_after(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var oldCommune = (await (await api.GetAsync("/api/v1/units?date=2025-06-30")).ReadAsync<List<UnitDto>>())
            .First(u => u.ParentCode == "522");

        var before = await (await api.GetAsync($"/api/v1/units/{oldCommune.Code}/successor?date=2025-06-30")).ReadAsync<UnitDto>();
        var after = await (await api.GetAsync($"/api/v1/units/{oldCommune.Code}/successor?date=2025-07-01")).ReadAsync<UnitDto>();

        Assert.Equal(oldCommune.Code, before.Code);
        Assert.NotEqual(oldCommune.Code, after.Code);
        Assert.Equal("51", after.ParentCode);
        var lineage = await (await api.GetAsync($"/api/v1/units/{oldCommune.Code}/lineage")).ReadAsync<List<LineageEventDto>>();
        Assert.Contains(lineage, e => e.Kind == LineageEventKind.Merge && e.EffectiveDate == new DateOnly(2025, 7, 1)
            && e.Links.Any(l => l.Kind == LineageLinkKind.Succession && l.FromCode == oldCommune.Code && l.ToCode == after.Code && l.IsPrimary));
    }

    [Theory, Providers]
    public async Task A_commune_officer_sees_only_their_commune_and_what_lies_under_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.binhan");

        var units = await (await api.GetAsync("/api/v1/units?all=true")).ReadAsync<List<UnitDto>>();
        var own = units.Single(u => u.Name == "Xã Bình An");
        Assert.All(units.Where(u => u.Code != own.Code), u => Assert.StartsWith(own.Code + ".", u.Code));

        // The officer of the commune it merged into sees that commune's villages (Bình An's among them) and nothing outside.
        var successor = await (await api.GetAsync($"/api/v1/units/{own.Code}/successor")).ReadAsync<UnitDto>();
        using var heir = await app.ApiAsync(await OfficerOfAsync(app, successor.Code));
        var heirUnits = await (await heir.GetAsync("/api/v1/units")).ReadAsync<List<UnitDto>>();
        Assert.Contains(heirUnits, u => u.Kind == UnitKind.ResidentialCommunity && u.Code.StartsWith(own.Code + ".", StringComparison.Ordinal));
        Assert.All(heirUnits, u => Assert.True(u.Code == successor.Code || u.ParentCode == successor.Code, u.Code));

        var other = await api.GetAsync("/api/v1/units/522");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var problem = await other.ProblemAsync();
        Assert.Contains("không có quyền", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/units/NO-SUCH")).StatusCode);
    }

    [Theory, Providers]
    public async Task An_officer_of_a_new_commune_also_reaches_the_communes_merged_into_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var today = await (await admin.GetAsync("/api/v1/units")).ReadAsync<List<UnitDto>>();
        var newCommune = today.First(u => u.ParentCode == "51" && u.Kind.IsCommuneLevel() && u.ValidFrom == new DateOnly(2025, 7, 1));
        var predecessors = (await (await admin.GetAsync($"/api/v1/units/{newCommune.Code}/lineage")).ReadAsync<List<LineageEventDto>>())
            .SelectMany(e => e.Links).Where(l => l.Kind == LineageLinkKind.Succession && l.ToCode == newCommune.Code).Select(l => l.FromCode).ToList();
        Assert.NotEmpty(predecessors);

        using var officer = await app.ApiAsync(await OfficerOfAsync(app, newCommune.Code));
        foreach (var code in predecessors)
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/units/{code}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/units/522")).StatusCode);
    }

    [Theory, Providers]
    public async Task Rename_keeps_the_old_name_for_earlier_dates(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");

        var response = await api.PostAsJsonAsync("/api/v1/units/51/rename",
            new { newName = "Tỉnh Quảng Ngãi (mới)", effectiveDate = "2026-01-01", reference = "Nghị quyết 99/NQ-HĐND" });
        var lineageEvent = await response.ReadAsync<LineageEventDto>();

        Assert.Equal(LineageEventKind.Rename, lineageEvent.Kind);
        var now = await (await api.GetAsync("/api/v1/units/51")).ReadAsync<UnitDto>();
        Assert.Equal("Tỉnh Quảng Ngãi (mới)", now.Name);
        var children = await (await api.GetAsync("/api/v1/units/VN/children?date=2025-12-31")).ReadAsync<List<UnitDto>>();
        Assert.Contains(children, c => c.Code == "51" && c.Name == "Tỉnh Quảng Ngãi");
    }

    [Theory, Providers]
    public async Task Merge_into_a_new_unit_ends_the_sources_and_moves_their_villages(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var communes = (await (await api.GetAsync("/api/v1/units?kind=Commune")).ReadAsync<List<UnitDto>>())
            .Where(u => u.ParentCode == "68").Take(2).ToList();
        var villagesBefore = new List<string>();
        foreach (var c in communes)
        {
            villagesBefore.AddRange((await (await api.GetAsync($"/api/v1/units/{c.Code}/children")).ReadAsync<List<UnitDto>>()).Select(v => v.Code));
        }

        var merged = await (await api.PostAsJsonAsync("/api/v1/units/merge", new
        {
            sourceCodes = communes.Select(c => c.Code),
            newUnit = new { code = "68999", name = "Xã Đam Rông", parentCode = "68" },
            effectiveDate = "2027-01-01",
            reference = "Nghị quyết thử nghiệm",
        })).ReadAsync<LineageEventDto>();

        Assert.Equal(LineageEventKind.Merge, merged.Kind);
        var after = await (await api.GetAsync("/api/v1/units/68999/children?date=2027-01-02")).ReadAsync<List<UnitDto>>();
        Assert.Equal(villagesBefore.Order(), after.Select(v => v.Code).Order());
        foreach (var c in communes)
        {
            var successor = await (await api.GetAsync($"/api/v1/units/{c.Code}/successor?date=2027-01-02")).ReadAsync<UnitDto>();
            Assert.Equal("68999", successor.Code);
            var stillToday = await (await api.GetAsync($"/api/v1/units/{c.Code}/successor")).ReadAsync<UnitDto>();
            Assert.Equal(c.Code, stillToday.Code);
        }
    }

    [Theory, Providers]
    public async Task Split_creates_the_parts_and_passes_the_records_to_the_primary_one(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var village = (await (await api.GetAsync("/api/v1/units?kind=ResidentialCommunity")).ReadAsync<List<UnitDto>>()).First();

        var split = await (await api.PostAsJsonAsync($"/api/v1/units/{village.Code}/split", new
        {
            parts = new[] { new { code = village.Code + "A", name = village.Name + " A" }, new { code = village.Code + "B", name = village.Name + " B" } },
            primaryCode = village.Code + "B",
            effectiveDate = "2026-12-01",
        })).ReadAsync<LineageEventDto>();

        Assert.Equal(2, split.Links.Count(l => l.Kind == LineageLinkKind.Succession));
        var successor = await (await api.GetAsync($"/api/v1/units/{village.Code}/successor?date=2026-12-01")).ReadAsync<UnitDto>();
        Assert.Equal(village.Code + "B", successor.Code);
        var part = await (await api.GetAsync($"/api/v1/units/{village.Code}A")).ReadAsync<UnitDto>();
        Assert.Equal(village.ParentCode, part.ParentCode);
    }

    private static Task<string> OfficerOfAsync(GrassrootsApp app, string unitCode) =>
        app.DbAsync(db => db.RoleGrants.Where(g => g.Unit!.Code == unitCode && g.Role == Web.Platform.Auth.Role.Officer && g.User!.HomeUnitId == g.UnitId)
            .Select(g => g.User!.UserName!).FirstAsync());
}
