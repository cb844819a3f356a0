using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Tests.Petitions;

public sealed class AttachmentTests
{
    [Theory, Providers]
    public async Task A_citizen_attaches_files_only_of_the_accepted_kinds_and_sizes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var code = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Reflection",
            content = "Cống thoát nước thôn An Điềm bị tắc, nước tràn vào nhà dân.",
        })).ReadAsync<PublicPetitionCreated>()).TrackingCode;

        var ok = await citizen.PostAsync($"/api/v1/public/petitions/{code}/attachments", ScopeCases.Pdf("ảnh-hiện-trường.pdf"));
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);

        // An executable renamed to .pdf is refused by its first bytes.
        var fake = new MultipartFormDataContent { { new ByteArrayContent("MZ\x90\0fake"u8.ToArray()), "file", "hoa-don.pdf" } };
        var refused = await citizen.PostAsync($"/api/v1/public/petitions/{code}/attachments", fake);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("chỉ nhận PDF", (await refused.ProblemAsync()).GetProperty("detail").GetString());

        var big = new byte[PetitionAttachment.MaxBytes + 1];
        "%PDF"u8.CopyTo(big);
        var tooBig = await citizen.PostAsync($"/api/v1/public/petitions/{code}/attachments", new MultipartFormDataContent { { new ByteArrayContent(big), "file", "lon.pdf" } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("tối đa 10 MB", (await tooBig.ProblemAsync()).GetProperty("detail").GetString());

        var noFile = await citizen.PostAsync($"/api/v1/public/petitions/{code}/attachments", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);

        Assert.Equal(1, await app.DbAsync(db => db.Set<PetitionAttachment>().CountAsync()));
    }

    [Theory, Providers]
    public async Task A_denunciations_file_is_encrypted_and_given_only_to_the_head_with_an_audited_reason(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(officer, new
        {
            unitCode = PetitionJourneyTests.Commune,
            kind = "Denunciation",
            channel = "Post",
            receivedOn = "2026-11-20",
            content = "Tố cáo việc cấp đất sai đối tượng, kèm bản viết tay.",
            petitionerName = "Võ Văn Mười",
            petitionerPhone = "0912345678",
        });
        var attached = await (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/attachments", ScopeCases.Pdf("ban-viet-tay.pdf"))).ReadAsync<AttachmentDto>();
        Assert.True(attached.IsConfidential);
        var stored = await app.DbAsync(db => db.Set<PetitionAttachment>().SingleAsync());
        Assert.False(stored.Content.AsSpan().StartsWith("%PDF"u8)); // encrypted at rest

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/petitions/{letter.Id}/attachments/{attached.Id}?reason=Cần xem để xác minh nội dung")).StatusCode);
        using var head = await app.ApiAsync("ct.binhson");
        Assert.Equal(HttpStatusCode.BadRequest, (await head.GetAsync($"/api/v1/petitions/{letter.Id}/attachments/{attached.Id}")).StatusCode);
        var file = await head.GetAsync($"/api/v1/petitions/{letter.Id}/attachments/{attached.Id}?reason=Đối chiếu chữ viết trong bản tố cáo");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.StartsWith("%PDF", await file.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(PetitionAttachment) && e.Reason == "Đối chiếu chữ viết trong bản tố cáo")));
    }
}
