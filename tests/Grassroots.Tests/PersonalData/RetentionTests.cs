using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.PersonalData;
using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reception;

namespace Grassroots.Tests.PersonalData;

/// <summary>
/// Retention (docs/personal-data.md; the periods are the operator's setting, fifteen years unless set — no article fixing
/// them was read): when a record's period has ended its people's data is cleared, the record stays, and nothing is cleared
/// while a letter of its case is open. Tested with the app's clock moved fifteen years on; the nightly job runs on the
/// app's clock too, so the end state is checked whichever run — the job's or the officer's — cleared a record.
/// </summary>
public sealed class RetentionTests
{
    private const string Commune = "20611"; // Xã Bình Sơn

    [Theory, Providers]
    public async Task Fifteen_years_after_a_case_ended_its_people_are_cleared_but_never_while_a_letter_of_the_case_is_open(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        // A letter filed today (ended), and two letters of one case of which one stays open.
        var ended = await LetterAsync(officer, "Nguyễn Văn Hết Hạn", "0912000001");
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{ended.Id}/file", new { note = "Đơn trùng, đã giải quyết" })).EnsureSuccessStatusCode();
        var filedOfOpenCase = await LetterAsync(officer, "Trần Thị Còn Hồ Sơ", "0912000002");
        var open = await LetterAsync(officer, "Trần Thị Còn Hồ Sơ", "0912000002", filedOfOpenCase.CaseId);
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{filedOfOpenCase.Id}/file", new { note = "Gộp vào đơn sau" })).EnsureSuccessStatusCode();
        // A visit answered on the spot, and one that handed over a letter still being handled.
        var session = (await (await officer.PostAsJsonAsync("/api/v1/reception/sessions", new
        {
            unitCode = Commune, kind = "Regular", heldOn = "2026-11-23", place = "Trụ sở UBND xã", receivedBy = "Cán bộ tiếp công dân",
        })).ReadAsync<SessionDto>()).Id;
        await VisitAsync(officer, session, "Lê Văn Hỏi Đáp", "051188000111", "AnsweredOnSpot");
        await VisitAsync(officer, session, "Phạm Thị Nộp Đơn", "051188000222", "LetterReceived");

        // Nothing of ours is due today: not even fifteen years have passed.
        using var admin = await app.ApiAsync("admin");
        var before = await (await admin.GetAsync("/api/v1/personal-data/retention")).ReadAsync<List<RetentionRow>>();
        Assert.Equal(15, before.Single(r => r.Kind == PersonalRecordKind.Letter).Years);
        Assert.Equal(new DateOnly(2011, 11, 23), before.Single(r => r.Kind == PersonalRecordKind.Letter).EndedBefore);
        Assert.All(before, r => Assert.Equal(0, r.Records)); // the demo's records start in 2021

        app.Clock.Advance(TimeSpan.FromDays(15 * 366));
        using var national = await app.ApiAsync("admin");
        // A commune officer may not run it.
        using var commune = await app.ApiAsync("cb.binhson");
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsync("/api/v1/personal-data/retention/run", null)).StatusCode);
        var run = await (await national.PostAsync("/api/v1/personal-data/retention/run", null)).ReadAsync<List<RetentionRow>>();
        Assert.Equal([PersonalRecordKind.Letter, PersonalRecordKind.ReceptionVisit], run.Select(r => r.Kind).ToArray());

        var letters = await app.DbAsync(db => db.Set<Petition>().AsNoTracking().Where(p => p.Id == ended.Id || p.Id == filedOfOpenCase.Id || p.Id == open.Id).ToListAsync());
        var cleared = letters.Single(p => p.Id == ended.Id);
        Assert.Equal((null, null, null), (cleared.PetitionerName, cleared.PetitionerPhone, cleared.PetitionerAddress));
        Assert.NotNull(cleared.AnonymisedOn);
        Assert.StartsWith("Khiếu nại mức bồi thường đất thu hồi", cleared.Content, StringComparison.Ordinal); // the letter itself stays
        // The case still has an open letter: both its letters keep their people.
        Assert.All(letters.Where(p => p.Id != ended.Id), p => Assert.Equal("Trần Thị Còn Hồ Sơ", p.PetitionerName));

        var visits = await app.DbAsync(db => db.Set<ReceptionVisit>().AsNoTracking().Where(v => v.SessionId == session).ToListAsync());
        var answered = visits.Single(v => v.Outcome == VisitOutcome.AnsweredOnSpot);
        Assert.Equal((ReceptionRetention.ClearedName, (string?)null, (string?)null), (answered.VisitorName, answered.VisitorAddress, answered.VisitorIdNumber));
        Assert.Equal("Phạm Thị Nộp Đơn", visits.Single(v => v.Outcome == VisitOutcome.LetterReceived).VisitorName);

        // The search no longer finds the cleared person; the run is in the audit log with its counts, never the data.
        var search = await (await national.GetAsync($"/api/v1/personal-data?unit={Commune}&phone=0912000001")).ReadAsync<PersonalDataResult>();
        Assert.Empty(search.Records);
        var audit = await app.DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == ApplyRetention.AuditEntity).ToListAsync());
        Assert.Equal(["Letter", "ReceptionVisit"], audit.Select(a => a.EntityId ?? "").Distinct().Order().ToArray());
        Assert.All(audit, a => Assert.DoesNotContain("Hết Hạn", a.After + a.Before, StringComparison.Ordinal));

        // Run again: nothing more is due.
        var again = await (await national.PostAsync("/api/v1/personal-data/retention/run", null)).ReadAsync<List<RetentionRow>>();
        Assert.All(again, r => Assert.Equal(0, r.Records));
    }

    private static async Task<PetitionDto> LetterAsync(HttpClient officer, string name, string phone, Guid? caseId = null)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = Commune, kind = "Complaint", channel = "InPerson", receivedOn = "2026-11-20", caseId,
            content = "Khiếu nại mức bồi thường đất thu hồi làm đường liên thôn",
            petitionerName = name, petitionerAddress = "Thôn An Điềm", petitionerPhone = phone,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<RegisteredDto>()).Petition;
    }

    private static async Task VisitAsync(HttpClient officer, Guid session, string name, string idNumber, string outcome)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/reception/sessions/{session}/visits", new
        {
            people = 1, visitorName = name, visitorAddress = "Thôn An Điềm", visitorIdNumber = idNumber,
            content = "Hỏi về bồi thường, hỗ trợ tái định cư", outcome, letterKind = outcome == "LetterReceived" ? "Recommendation" : null,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
