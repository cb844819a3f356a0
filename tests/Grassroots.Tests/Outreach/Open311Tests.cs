using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Petitions.Open311;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// Open311 GeoReport v2 over the petitions register (issue 20): a citizen's app posts a reflection with an API key; its
/// service request id is the tracking code; the letter runs on the legal clock like any other; the citizen who asked for
/// news by email receives the answer by email. Bad requests get Open311's error list, in JSON or XML.
/// </summary>
public sealed class Open311Tests
{
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Theory, Providers]
    public async Task A_citizen_submits_through_Open311_and_receives_the_answer_by_email(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        using var admin = await app.ApiAsync("admin");
        var client = await (await admin.PostAsJsonAsync("/api/v1/open311/clients", new { name = "Ứng dụng Bình Sơn trực tuyến" })).ReadAsync<Open311ClientCreated>();
        using var anyone = app.CreateClient();

        var services = JsonDocument.Parse(await anyone.GetStringAsync("/open311/v2/services.json")).RootElement;
        Assert.Equal(["Reflection", "Recommendation"], services.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()));
        Assert.Equal("Phản ánh", services[0].GetProperty("service_name").GetString());
        var xml = XDocument.Parse(await anyone.GetStringAsync("/open311/v2/services.xml?lang=en"));
        Assert.Equal(2, xml.Root!.Elements("service").Count());
        var definition = JsonDocument.Parse(await anyone.GetStringAsync("/open311/v2/services/Reflection.json")).RootElement;
        Assert.Equal("email_updates", definition.GetProperty("attributes")[0].GetProperty("code").GetString());

        var posted = await anyone.PostAsync("/open311/v2/requests.json", Form(("api_key", client.ApiKey), ("jurisdiction_id", "20611"),
            ("service_code", "Reflection"), ("description", "Cống thoát nước thôn An Điềm bị tắc, nước tràn ra đường."), ("first_name", "Hoa"),
            ("last_name", "Trần Thị"), ("email", "hoa.open311@example.vn"), ("attribute[email_updates]", "true"), ("address_string", "Thôn An Điềm"),
            ("lat", "15.28"), ("long", "108.76")));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var code = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!;
        Assert.StartsWith("DT-", code);
        var petition = await app.DbAsync(db => db.Set<Petition>().SingleAsync(p => p.TrackingCode == code));
        Assert.Equal((PetitionKind.Reflection, PetitionChannel.Portal, "Trần Thị Hoa"), (petition.Kind, petition.Channel, petition.PetitionerName));

        var one = JsonDocument.Parse(await anyone.GetStringAsync($"/open311/v2/requests/{code}.json")).RootElement[0];
        Assert.Equal("open", one.GetProperty("status").GetString());
        Assert.Equal("20611", one.GetProperty("jurisdiction_id").GetString());
        Assert.DoesNotContain("Trần Thị Hoa", one.GetRawText());

        using var officer = await app.ApiAsync("cb.binhson");
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{petition.Id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
        await (await officer.PostAsync($"/api/v1/petitions/{petition.Id}/accept", null)).ReadAsync<PetitionDto>();
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{petition.Id}/answer", new { summary = "Đã nạo vét cống ngày 24/11/2026." })).ReadAsync<PetitionDto>();
        await OutboxEmailTests.DrainAsync(app);
        var answered = smtp.To("hoa.open311@example.vn").Single(m => m.Subject == $"Đơn {code} đã được trả lời");
        Assert.Contains("Nội dung trả lời: Đã nạo vét cống ngày 24/11/2026.", answered.TextBody);

        var closed = XDocument.Parse(await anyone.GetStringAsync($"/open311/v2/requests.xml?service_request_id={code}"));
        Assert.Equal("closed", closed.Root!.Element("request")!.Element("status")!.Value);
        var byFilter = JsonDocument.Parse(await anyone.GetStringAsync("/open311/v2/requests.json?jurisdiction_id=20611&status=closed&service_code=Reflection")).RootElement;
        Assert.Contains(code, byFilter.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()));
    }

    [Theory, Providers]
    public async Task Bad_requests_get_the_Open311_error_format_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var client = await (await admin.PostAsJsonAsync("/api/v1/open311/clients", new { name = "Ứng dụng thử" })).ReadAsync<Open311ClientCreated>();
        using var anyone = app.CreateClient();
        var before = await app.DbAsync(db => db.Set<Petition>().CountAsync());

        async Task<(HttpStatusCode, string)> ErrorAsync(HttpResponseMessage r)
        {
            var error = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement[0];
            Assert.Equal((int)r.StatusCode, error.GetProperty("code").GetInt32());
            return (r.StatusCode, error.GetProperty("description").GetString()!);
        }
        var noKey = await ErrorAsync(await anyone.PostAsync("/open311/v2/requests.json", Form(("jurisdiction_id", "20611"), ("service_code", "Reflection"), ("description", "x"))));
        Assert.Equal(HttpStatusCode.Forbidden, noKey.Item1);
        Assert.StartsWith("Thiếu khóa API", noKey.Item2);
        var unknown = await ErrorAsync(await anyone.PostAsync("/open311/v2/requests.json", Form(("api_key", client.ApiKey), ("jurisdiction_id", "20611"), ("service_code", "Pothole"), ("description", "x"))));
        Assert.Equal((HttpStatusCode.NotFound, "Không có dịch vụ mã “Pothole”. Các mã dịch vụ: Reflection (phản ánh), Recommendation (kiến nghị)."), unknown);
        var missing = await anyone.PostAsync("/open311/v2/requests.xml", Form(("api_key", client.ApiKey), ("jurisdiction_id", "20611"), ("service_code", "Reflection")));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var error = XDocument.Parse(await missing.Content.ReadAsStringAsync()).Root!.Element("error")!;
        Assert.Equal("400", error.Element("code")!.Value);
        Assert.Contains("description", error.Element("description")!.Value);
        var complaint = await ErrorAsync(await anyone.PostAsync("/open311/v2/requests.json", Form(("api_key", client.ApiKey), ("jurisdiction_id", "20611"), ("service_code", "Complaint"), ("description", "x"))));
        Assert.Equal(HttpStatusCode.NotFound, complaint.Item1); // complaints and denunciations have their own forms, with identity
        var status = await ErrorAsync(await anyone.GetAsync("/open311/v2/requests.json?status=pending"));
        Assert.Equal(HttpStatusCode.BadRequest, status.Item1);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/open311/v2/requests/DT-KHONGCO.json")).StatusCode);
        Assert.Equal(before, await app.DbAsync(db => db.Set<Petition>().CountAsync()));
        Assert.Contains("/open311/v2/requests.{format}", await anyone.GetStringAsync("/openapi/v1.json"));
    }
}
