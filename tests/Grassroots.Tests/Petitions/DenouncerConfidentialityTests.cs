using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.AuditLog;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Petitions;

/// <summary>LTC Điều 9, 47: a denouncer's identity is secret, shown only to whom the law allows, every reveal audited.</summary>
public sealed class DenouncerConfidentialityTests
{
    private const string Name = "Lê Thị Hoa";
    private const string Phone = "0988777666";

    [Theory, Providers]
    public async Task The_denouncers_identity_is_encrypted_hidden_everywhere_and_revealed_only_to_the_head_with_a_reason(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var created = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            content = "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa đất lấn chiếm ven sông Trà Bồng.",
            petitionerName = Name,
            petitionerAddress = "Thôn Phước Thiện",
            petitionerPhone = Phone,
        })).ReadAsync<PublicPetitionCreated>();

        // Not in any plain column, not in the audit log.
        var stored = await app.DbAsync(db => db.Set<Petition>().SingleAsync(p => p.TrackingCode == created.TrackingCode));
        Assert.Null(stored.PetitionerName);
        Assert.Null(stored.PetitionerPhone);
        Assert.NotNull(stored.ProtectedIdentity);
        Assert.DoesNotContain(Name, stored.ProtectedIdentity);
        var audit = await app.DbAsync(db => db.AuditEntries.Select(e => (e.Before ?? "") + (e.After ?? "")).ToListAsync());
        Assert.DoesNotContain(audit, a => a.Contains(Name) || a.Contains(Phone) || a.Contains(stored.ProtectedIdentity!));

        // The officer works the letter without ever seeing who sent it.
        using var officer = await app.ApiAsync("cb.binhson");
        var listJson = await (await officer.GetAsync("/api/v1/petitions")).Content.ReadAsStringAsync();
        var detailJson = await (await officer.GetAsync($"/api/v1/petitions/{stored.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Name, listJson + detailJson);
        Assert.DoesNotContain(Phone, listJson + detailJson);
        Assert.Contains("\"hasProtectedIdentity\":true", detailJson);
        var publicJson = await (await citizen.GetAsync($"/api/v1/public/petitions/{created.TrackingCode}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Name, publicJson);

        var officerReveal = await officer.PostAsJsonAsync($"/api/v1/petitions/{stored.Id}/reveal-identity", new { reason = "Cần liên hệ để xác minh thêm chứng cứ" });
        Assert.Equal(HttpStatusCode.Forbidden, officerReveal.StatusCode);
        using var otherHead = await app.ApiAsync("ct.vantuong");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsJsonAsync($"/api/v1/petitions/{stored.Id}/reveal-identity", new { reason = "Cần liên hệ để xác minh thêm chứng cứ" })).StatusCode);

        using var head = await app.ApiAsync("ct.binhson");
        var noReason = await head.PostAsJsonAsync($"/api/v1/petitions/{stored.Id}/reveal-identity", new { reason = "xem" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var identity = await (await head.PostAsJsonAsync($"/api/v1/petitions/{stored.Id}/reveal-identity", new { reason = "Mời người tố cáo đến cung cấp thông tin, tài liệu" })).ReadAsync<DenouncerIdentity>();
        Assert.Equal(Name, identity.Name);
        Assert.Equal(Phone, identity.Phone);

        using var admin = await app.ApiAsync("admin");
        var reads = await (await admin.GetAsync("/api/v1/audit?action=ConfidentialRead&entity=Petition")).ReadAsync<AuditPage>();
        var read = Assert.Single(reads.Rows);
        Assert.Equal("ct.binhson", read.UserName);
        Assert.Equal("Mời người tố cáo đến cung cấp thông tin, tài liệu", read.Reason);
        Assert.Equal(stored.Id.ToString(), read.EntityId);
    }

    [Theory, Providers]
    public async Task An_anonymous_denunciation_is_kept_but_not_settled_as_a_denunciation(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            channel = "Post",
            receivedOn = "2026-11-20",
            isAnonymous = true,
            content = "Thư không ký tên tố cáo trưởng thôn thu tiền đóng góp sai quy định, kèm bảng kê thu tiền.",
        });
        Assert.True(letter.IsAnonymous);
        Assert.False(letter.HasProtectedIdentity);
        Assert.DoesNotContain(letter.Deadlines, d => d.Rule == DeadlineRuleId.CheckDenunciation);

        await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true });
        var accept = await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null);
        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
        Assert.Contains("Điều 25 Luật Tố cáo", (await accept.ProblemAsync()).GetProperty("detail").GetString());
        var filed = await (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/file", new { note = "Chuyển tổ kiểm tra việc thu đóng góp của thôn" })).ReadAsync<PetitionDto>();
        Assert.Equal(PetitionStatus.Filed, filed.Status);
    }
}
