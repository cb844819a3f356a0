using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.AuditLog;

/// <summary>
/// The audit log as an administrator reads it (issue 12): in Vietnamese — the kind of record, the fields by their labels,
/// the values as the pages say them, what changed as "field: old → new" — and people by their names, never the stored
/// JSON or "AppUser 01a2…".
/// </summary>
public sealed class AuditLogPageTests
{
    [Theory, Providers]
    public async Task A_change_reads_as_a_field_with_its_old_and_new_value_in_Vietnamese_by_the_persons_name(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint());
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
        Assert.True((await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/transfer", new { toUnitCode = "20614" })).IsSuccessStatusCode);

        using var admin = await PageClient.SignInAsync(app, "admin");
        var response = await admin.Client.GetAsync("/audit?entity=Petition&action=Update");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var table = html[html.IndexOf("id=\"audit\"", StringComparison.Ordinal)..];
        Assert.Contains("Lê Bá Sang", table);                    // the officer, by name
        Assert.Contains("<td>Đơn ", table);                      // the kind of record, not "Petition"
        Assert.Matches(@"Trạng thái:</span>\s*<span class=""audit-before"">Đã tiếp nhận</span>\s*<span aria-hidden=""true"">→</span><span class=""visually-hidden"">đổi thành</span>\s*<span class=""audit-after"">Đã phân loại</span>", table);
        Assert.Contains("Đủ điều kiện:", table);
        // A unit by its name, not its key.
        Assert.Matches(@"Đơn vị:</span>\s*<span class=""audit-before"">Xã Bình Sơn</span>\s*<span aria-hidden=""true"">→</span><span class=""visually-hidden"">đổi thành</span>\s*<span class=""audit-after"">Xã Vạn Tường</span>", table);

        // A new record lists what it holds, without the keys that mean nothing to a reader.
        var created = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/audit?entity=Petition&action=Create"));
        created = created[created.IndexOf("id=\"audit\"", StringComparison.Ordinal)..];
        Assert.Contains("Khiếu nại mức bồi thường đất thu hồi dự án đường ven biển", created);
        Assert.Contains("Loại:</span>", created);
        Assert.DoesNotContain("Số hiệu:", created);
        Assert.DoesNotContain("Vụ việc:", created);
        Assert.DoesNotContain("\"Status\"", table);             // no stored JSON
        Assert.DoesNotContain("Classified", table);
        Assert.DoesNotContain(">Petition", table);

        // Sign-ins name the account's holder, not its key.
        var signIns = WebUtility.HtmlDecode(await admin.Client.GetStringAsync("/audit?action=SignIn"));
        var rows = signIns[signIns.IndexOf("id=\"audit\"", StringComparison.Ordinal)..];
        Assert.Contains("Lê Bá Sang (cb.binhson)", rows);
        Assert.Contains("Tài khoản", rows);
        Assert.DoesNotContain("AppUser", rows);
    }

    // What the recorder never writes (AuditRecorder.Hidden).
    private static readonly HashSet<string> Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "Version"];

    /// <summary>Every field the log can record has a label in both languages: a new property cannot reach the page as its C# name.</summary>
    [Fact]
    public async Task Every_audited_field_and_kind_of_record_has_a_Vietnamese_and_an_English_label()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var resources = scope.ServiceProvider.GetRequiredService<Grassroots.Web.MergedResources>();
        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(IAudited).IsAssignableFrom(e.ClrType)))
        {
            var name = entity.ClrType.Name;
            foreach (var key in new[] { $"AuditEntity.{name}" }.Concat(entity.GetProperties()
                .Where(p => p.ClrType != typeof(byte[]) && !Secrets.Contains(p.Name)).Select(p => $"AuditField.{p.Name}")))
            {
                if (!resources.Vietnamese.ContainsKey(key) || !resources.English.ContainsKey(key))
                {
                    missing.Add(key);
                }
            }
        }
        Assert.True(missing.Count == 0, "missing labels: " + string.Join(", ", missing.Distinct()));
    }
}
