using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>
/// Two people changing one matter, household or year-end meeting at the same moment: one wins, the others get 409, and
/// the record holds one change. Ten requests are held at the save until all have read (<see cref="RaceGate"/>).
/// </summary>
public sealed class DecisionRaceTests
{
    private const int Racers = 10;

    private sealed record Scene(GrassrootsApp App, HttpClient Officer, HttpClient Head, HttpClient Portal, List<HouseholdDto> Households, Guid Id, int Agree);

    private sealed record Action(Func<Scene, Task<Guid>> Prepare, Func<Scene, int, Task<HttpResponseMessage>> Send, Func<AppDbContext, Scene, Task<bool>> RecordedOnce);

    private static async Task<Guid> Matter(Scene s, string forms = "Meeting", string closesOn = "2026-11-23")
    {
        var m = await (await s.Officer.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = "RM.RACE",
            // A village head's election: the commune chairman recognises it (docs/legal.md L10-21-2); online only for matter (6).
            subject = forms.Contains("Online", StringComparison.Ordinal) ? "OtherSelfManaged" : "VillageHead",
            question = "Tổ chức ngày hội đại đoàn kết tại nhà văn hóa thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms,
            onlineAgreed = forms.Contains("Online", StringComparison.Ordinal),
            householdsChoosingOnline = forms.Contains("Online", StringComparison.Ordinal) ? Racers / 2 + 1 : (int?)null,
            opensOn = "2026-11-23",
            closesOn,
        })).ReadAsync<MatterDto>();
        return m.Id;
    }

    private static async Task<int> AgreeAsync(Scene s, Guid id) => (await (await s.Officer.GetAsync($"/api/v1/decisions/{id}")).ReadAsync<MatterDto>()).Options[0].Id;

    private static async Task<Guid> Met(Scene s, int present)
    {
        var id = await Matter(s);
        (await s.Officer.PostAsJsonAsync($"/api/v1/decisions/{id}/meeting", new { heldOn = "2026-11-23", householdsPresent = present, minutes = "Họp tại nhà văn hóa." }))
            .EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> Voted(Scene s, int present, int votes)
    {
        var id = await Met(s, present);
        var agree = await AgreeAsync(s, id);
        (await s.Officer.PostAsJsonAsync($"/api/v1/decisions/{id}/votes",
            new { form = "Meeting", votes = s.Households.Take(votes).Select(h => new { householdId = h.Id, optionId = agree }).ToArray() })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> Closed(Scene s, int present, int votes)
    {
        var id = await Voted(s, present, votes);
        (await s.Officer.PostAsync($"/api/v1/decisions/{id}/close", null)).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<Guid> YearEnd(Scene s, bool invited)
    {
        var planned = await (await s.Officer.PostAsJsonAsync("/api/v1/decisions/communities/RM.RACE/year-end-meetings",
            new { year = 2026, plannedOn = "2026-11-23", place = "Nhà văn hóa thôn" })).ReadAsync<YearEndMeetingDto>();
        if (invited)
        {
            (await s.Officer.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{planned.Id}/invitations", new { sentOn = "2026-11-23" })).EnsureSuccessStatusCode();
        }
        return planned.Id;
    }

    private static Task<T> Matter<T>(AppDbContext db, Scene s, Func<DecisionMatter, T> read) =>
        db.Set<DecisionMatter>().AsNoTracking().SingleAsync(m => m.Id == s.Id).ContinueWith(t => read(t.Result));

    private static readonly Dictionary<string, Action> Actions = new()
    {
        ["meeting"] = new(s => Matter(s),
            (s, i) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/{s.Id}/meeting", new { heldOn = "2026-11-23", householdsPresent = 5 + i % 5, minutes = $"Biên bản {i}" }),
            (db, s) => Matter(db, s, m => m.MeetingHouseholdsPresent is >= 5 and < 10)),
        // Ten sheets of one vote each, for a meeting of five households present: before the check, all ten were stored.
        ["votes"] = new(s => Met(s, present: 5),
            (s, i) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/{s.Id}/votes", new { form = "Meeting", votes = new[] { new { householdId = s.Households[i].Id, optionId = s.Agree } } }),
            async (db, s) => await db.Set<DecisionVote>().CountAsync(v => v.MatterId == s.Id) == 1),
        ["close"] = new(s => Voted(s, present: 10, votes: 10),
            (s, _) => s.Officer.PostAsync($"/api/v1/decisions/{s.Id}/close", null),
            (db, s) => Matter(db, s, m => m.ClosedAt is not null)),
        ["follow-up ballot"] = new(s => Closed(s, present: 2, votes: 2),
            (s, i) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/{s.Id}/follow-up-ballot", new { closesOn = $"2026-11-{24 + i % 5}" }),
            (db, s) => Matter(db, s, m => m.Forms.HasFlag(DecisionForms.HouseholdBallot))),
        ["recognise"] = new(s => Closed(s, present: 10, votes: 10),
            (s, i) => s.Head.PostAsJsonAsync($"/api/v1/decisions/{s.Id}/recognise", new { note = $"Công nhận {i}" }),
            (db, s) => Matter(db, s, m => m.RecognisedAt is not null)),
        ["household"] = new(s => Task.FromResult(s.Households[0].Id),
            (s, i) => s.Officer.PutAsJsonAsync($"/api/v1/decisions/households/{s.Id}", new { number = "001", representativeName = $"Người đại diện {i}" }),
            async (db, s) => (await db.Set<Household>().AsNoTracking().SingleAsync(h => h.Id == s.Id)).RepresentativeName.StartsWith("Người đại diện", StringComparison.Ordinal)),
        ["representative account"] = new(s => Task.FromResult(s.Households[1].Id),
            (s, i) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/households/{s.Id}/account", new { userName = $"daidien.race{i}", password = "Demo@12345" }),
            async (db, s) => await db.Users.CountAsync(u => u.UserName!.StartsWith("daidien.race")) == 1),
        ["year-end invitations"] = new(s => YearEnd(s, invited: false),
            (s, _) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{s.Id}/invitations", new { sentOn = "2026-11-23" }),
            async (db, s) => (await db.Set<YearEndMeeting>().AsNoTracking().SingleAsync(m => m.Id == s.Id)).InvitationsSentOn is not null),
        ["year-end held"] = new(s => YearEnd(s, invited: true),
            (s, i) => s.Officer.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{s.Id}/held", new { heldOn = "2026-11-23", householdsPresent = 1 + i % 9, minutes = "Tổng kết năm 2026." }),
            async (db, s) => (await db.Set<YearEndMeeting>().AsNoTracking().SingleAsync(m => m.Id == s.Id)).HouseholdsPresent is >= 1 and <= 9),
        // One household's code voting ten times at once online: one vote.
        ["online vote"] = new(s => Matter(s, "Online", "2026-11-30"),
            (s, i) => s.Portal.PostAsJsonAsync($"/api/v1/public/decisions/{s.Id}/votes", new { householdCode = s.Households[0].VoteCode, optionId = s.Agree }),
            async (db, s) => await db.Set<DecisionVote>().CountAsync(v => v.MatterId == s.Id) == 1),
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
    public async Task Ten_people_changing_one_decision_at_once_one_wins_and_nine_get_409(DatabaseProvider provider, string action)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (_, households) = await TestVillages.CreateAsync(app, "RM.RACE", Racers);
        using var officer = await app.ApiAsync("cb.romen");
        using var head = await app.ApiAsync("ct.romen");
        using var portal = app.CreateClient();
        var (prepare, send, recordedOnce) = Actions[action];
        var scene = new Scene(app, officer, head, portal, households, Guid.Empty, 0);
        var id = await prepare(scene);
        var agree = action is "votes" or "online vote" ? await AgreeAsync(scene, id) : 0;
        scene = scene with { Id = id, Agree = agree };

        var statuses = await app.Race.RunAsync(Racers, i => send(scene, i));

        Assert.Equal(1, statuses.Count(s => (int)s is >= 200 and < 300));
        Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.True(await app.DbAsync(db => recordedOnce(db, scene)));
    }
}
