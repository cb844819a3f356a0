using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// Two officers acting on one letter at the same moment: one wins, the others are told someone else changed it (409),
/// and the letter records the action once. Ten requests are held at the save until all ten have read the same letter
/// (<see cref="RaceGate"/>), so the race happens on every run; before the version check every one of them succeeded.
/// </summary>
public sealed class PetitionRaceTests
{
    private const int Racers = 10;

    /// <summary>A state-changing action on a letter, the state it needs, and what must be recorded once.</summary>
    private sealed record Action(
        Func<GrassrootsApp, HttpClient, Task<PetitionDto>> Prepare,
        Func<HttpClient, HttpClient, PetitionDto, int, Task<HttpResponseMessage>> Send,
        Func<AppDbContext, PetitionDto, Task<int>> Recorded);

    private static Task<int> Events(AppDbContext db, PetitionDto p, PetitionEventKind kind) =>
        db.Set<PetitionEvent>().CountAsync(e => e.PetitionId == p.Id && e.Kind == kind);

    private static async Task<PetitionDto> Received(GrassrootsApp app, HttpClient officer) =>
        await PetitionJourneyTests.RegisterAsync(officer, PetitionJourneyTests.Complaint());

    private static async Task<PetitionDto> Classified(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Received(app, officer);
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/classify", new { isEligible = true, isInCompetence = true })).EnsureSuccessStatusCode();
        return letter;
    }

    private static async Task<PetitionDto> Accepted(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Classified(app, officer);
        (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/accept", null)).EnsureSuccessStatusCode();
        return letter;
    }

    private static async Task<PetitionDto> Resolved(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Accepted(app, officer);
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve",
            new { decisionNumber = "312/QĐ-UBND", decisionDate = "2026-11-23", summary = "Giữ nguyên quyết định bồi thường." })).EnsureSuccessStatusCode();
        return letter;
    }

    private static async Task<PetitionDto> Answered(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Resolved(app, officer);
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/answer", new { summary = "Đã gửi quyết định cho ông Tám." })).EnsureSuccessStatusCode();
        return letter;
    }

    private static async Task<PetitionDto> Suspended(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Accepted(app, officer);
        (await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/suspend", new { reason = "Chờ kết quả giám định" })).EnsureSuccessStatusCode();
        return letter;
    }

    private static async Task<PetitionDto> WithFourFiles(GrassrootsApp app, HttpClient officer)
    {
        var letter = await Received(app, officer);
        for (var i = 1; i < PetitionAttachment.MaxPerLetter; i++)
        {
            (await officer.PostAsync($"/api/v1/petitions/{letter.Id}/attachments", ScopeCases.Pdf($"bien-ban-{i}.pdf"))).EnsureSuccessStatusCode();
        }
        return letter;
    }

    private const string SharedSubject = "Hai đơn cùng phản ánh tiếng ồn xưởng gỗ thôn Châu Thuận";

    /// <summary>The second of two letters on one matter, in the first one's case.</summary>
    private static async Task<PetitionDto> SharingACase(GrassrootsApp app, HttpClient officer)
    {
        object Letter(Guid? caseId) => new
        {
            unitCode = PetitionJourneyTests.Commune, kind = "Reflection", channel = "InPerson", receivedOn = "2026-11-20",
            subject = SharedSubject, content = "Xưởng gỗ hoạt động cả đêm gây tiếng ồn.", petitionerName = "Lê Văn Hùng", caseId,
        };
        var first = await PetitionJourneyTests.RegisterAsync(officer, Letter(null));
        var caseId = await app.DbAsync(db => db.Set<Petition>().Where(x => x.Id == first.Id).Select(x => x.CaseId).SingleAsync());
        return await PetitionJourneyTests.RegisterAsync(officer, Letter(caseId));
    }

    private static readonly string[] Communes = ["20614", "20617", "20620", "20623", "20626"];

    private static readonly Dictionary<string, Action> Actions = new()
    {
        ["classify"] = new(Received,
            (o, _, p, i) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/classify", new { isEligible = true, isInCompetence = i % 2 == 0 }),
            (db, p) => Events(db, p, PetitionEventKind.Classified)),
        ["accept"] = new(Classified,
            (o, _, p, _) => o.PostAsync($"/api/v1/petitions/{p.Id}/accept", null),
            (db, p) => db.Set<PetitionDeadline>().CountAsync(d => d.PetitionId == p.Id && d.Rule == DeadlineRuleId.ResolveComplaint)),
        ["transfer"] = new(Received,
            (o, _, p, i) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/transfer", new { toUnitCode = Communes[i % Communes.Length], note = "Không thuộc thẩm quyền" }),
            (db, p) => Events(db, p, PetitionEventKind.TransferredOut)),
        ["guide"] = new(Received,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/guide", new { note = "Hướng dẫn gửi Tòa án nhân dân" }),
            (db, p) => Events(db, p, PetitionEventKind.Guided)),
        ["file"] = new(Received,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/file", new { note = "Đơn trùng nội dung đã giải quyết" }),
            (db, p) => Events(db, p, PetitionEventKind.Filed)),
        ["extend"] = new(Accepted,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/extend", new { reason = "Vụ việc phức tạp, nhiều hộ liên quan" }),
            (db, p) => Events(db, p, PetitionEventKind.Extended)),
        ["verify"] = new(Accepted,
            (o, _, p, i) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/verify", new { on = "2026-11-23", method = "FieldVisit", findings = $"Đo đạc thửa đất, lần {i}" }),
            (db, p) => Events(db, p, PetitionEventKind.Verified)),
        ["suspend"] = new(Accepted,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/suspend", new { reason = "Chờ kết quả giám định" }),
            (db, p) => Events(db, p, PetitionEventKind.Suspended)),
        ["resume"] = new(Suspended,
            (o, _, p, _) => o.PostAsync($"/api/v1/petitions/{p.Id}/resume", null),
            (db, p) => Events(db, p, PetitionEventKind.Resumed)),
        ["resolve"] = new(Accepted,
            (o, _, p, i) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/resolve", new { decisionNumber = $"{300 + i}/QĐ-UBND", decisionDate = "2026-11-23", summary = "Giải quyết" }),
            (db, p) => Events(db, p, PetitionEventKind.Resolved)),
        ["answer"] = new(Resolved,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/answer", new { summary = "Đã gửi quyết định cho ông Tám." }),
            (db, p) => Events(db, p, PetitionEventKind.Answered)),
        ["case"] = new(SharingACase,
            (o, _, p, _) => o.PostAsJsonAsync($"/api/v1/petitions/{p.Id}/case", new { caseId = (Guid?)null }),
            async (db, p) => await db.Set<PetitionCase>().CountAsync(c => c.Title == SharedSubject) - 1),
        ["attachment"] = new(WithFourFiles,
            (o, _, p, i) => o.PostAsync($"/api/v1/petitions/{p.Id}/attachments", ScopeCases.Pdf($"them-{i}.pdf")),
            async (db, p) => await db.Set<PetitionAttachment>().CountAsync(a => a.PetitionId == p.Id) - (PetitionAttachment.MaxPerLetter - 1)),
        ["satisfaction"] = new(Answered,
            (_, c, p, i) => c.PostAsJsonAsync($"/api/v1/public/petitions/{p.TrackingCode}/satisfaction", new { satisfied = i % 2 == 0 }),
            (db, p) => Events(db, p, PetitionEventKind.SatisfactionGiven)),
    };

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var name in Actions.Keys)
            {
                data.Add(provider, name);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Ten_officers_acting_on_one_letter_at_once_one_wins_and_nine_are_told_to_reload(DatabaseProvider provider, string action)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        using var citizen = app.CreateClient();
        var (prepare, send, recorded) = Actions[action];
        var letter = await prepare(app, officer);

        var statuses = await app.Race.RunAsync(Racers, i => send(officer, citizen, letter, i));

        Assert.Equal(1, statuses.Count(s => (int)s is >= 200 and < 300));
        Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal(1, await app.DbAsync(db => recorded(db, letter)));
    }

    [Theory, Providers]
    public async Task The_refusal_tells_the_officer_in_Vietnamese_to_reload_and_the_letter_is_as_the_winner_left_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.binhson");
        var letter = await Accepted(app, officer);

        var responses = new HttpResponseMessage[Racers];
        await app.Race.RunAsync(Racers, async i => responses[i] = await officer.PostAsJsonAsync($"/api/v1/petitions/{letter.Id}/resolve",
            new { decisionNumber = $"{300 + i}/QĐ-UBND", decisionDate = "2026-11-23", summary = "Giải quyết" }));

        var winner = await responses.Single(r => r.IsSuccessStatusCode).ReadAsync<PetitionDto>();
        var loser = responses.First(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await loser.ProblemAsync();
        Assert.Equal("Người khác vừa thay đổi mục này cùng lúc với bạn nên thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới nhất rồi thực hiện lại.",
            problem.GetProperty("detail").GetString());
        var stored = await app.DbAsync(db => db.Set<Petition>().AsNoTracking().SingleAsync(p => p.Id == letter.Id));
        Assert.Equal(winner.DecisionNumber, stored.DecisionNumber);
        Assert.Equal(PetitionStatus.Resolved, stored.Status);
        Assert.Equal(1, await app.DbAsync(db => db.Set<PetitionEvent>().CountAsync(e => e.PetitionId == letter.Id && e.Kind == PetitionEventKind.Resolved)));
    }
}
