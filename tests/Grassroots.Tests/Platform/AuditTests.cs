using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Modules.AuditLog;

namespace Grassroots.Tests.Platform;

public sealed class AuditTests
{
    [Theory, Providers]
    public async Task A_change_is_logged_with_who_which_unit_and_before_and_after(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");

        await api.PostAsJsonAsync("/api/v1/units/68/rename", new { newName = "Tỉnh Lâm Đồng (thử)", effectiveDate = "2026-12-01" });

        var page = await (await api.GetAsync("/api/v1/audit?unit=68&action=Update")).ReadAsync<AuditPage>();
        var row = Assert.Single(page.Rows, r => r.EntityType == "Unit");
        Assert.Equal("admin", row.UserName);
        Assert.Equal("68", row.UnitCode);
        Assert.Contains("Tỉnh Lâm Đồng", row.Before);
        Assert.Contains("Tỉnh Lâm Đồng (thử)", row.After);
        Assert.DoesNotContain("PasswordHash", (await (await api.GetAsync("/api/v1/audit?entity=AppUser")).Content.ReadAsStringAsync()));
    }

    [Theory, Providers]
    public async Task Reading_someones_personal_details_is_logged_as_a_confidential_read(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var officer = (await (await api.GetAsync("/api/v1/accounts")).ReadAsync<List<AccountSummary>>()).First(a => a.UserName == "cb.binhan");

        await (await api.GetAsync($"/api/v1/accounts/{officer.Id}")).ReadAsync<AccountDetail>();

        var reads = await (await api.GetAsync("/api/v1/audit?action=ConfidentialRead")).ReadAsync<AuditPage>();
        var read = Assert.Single(reads.Rows);
        Assert.Equal(officer.Id.ToString(), read.EntityId);
        Assert.Equal("admin", read.UserName);
    }

    [Theory, Providers]
    public async Task The_log_cannot_be_changed_or_deleted_even_with_plain_SQL(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin"); // a sign-in writes a row
        var count = await app.DbAsync(db => db.AuditEntries.CountAsync());
        Assert.True(count > 0);

        await Assert.ThrowsAnyAsync<Exception>(() => app.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone-else'")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.DbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.DbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.UserName = "someone-else";
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(count, await app.DbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.UserName == "someone-else")));
    }

    [Theory, Providers]
    public async Task Only_administrators_read_the_log_and_only_for_their_own_units(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhan");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/audit")).StatusCode);

        using var admin = await app.ApiAsync("admin");
        await admin.PostAsJsonAsync("/api/v1/units/51/rename", new { newName = "Tỉnh Quảng Ngãi (thử)", effectiveDate = "2026-12-01" });
        await admin.PostAsJsonAsync("/api/v1/units/68/rename", new { newName = "Tỉnh Lâm Đồng (thử)", effectiveDate = "2026-12-01" });

        using var provinceAdmin = await app.ApiAsync("qt.lamdong");
        var rows = (await (await provinceAdmin.GetAsync("/api/v1/audit?action=Update")).ReadAsync<AuditPage>()).Rows;
        Assert.Contains(rows, r => r.UnitCode == "68");
        Assert.DoesNotContain(rows, r => r.UnitCode == "51");
        Assert.All(rows, r => Assert.NotNull(r.UnitCode));
        Assert.Equal(HttpStatusCode.Forbidden, (await provinceAdmin.GetAsync("/api/v1/audit?unit=51")).StatusCode);
    }
}
