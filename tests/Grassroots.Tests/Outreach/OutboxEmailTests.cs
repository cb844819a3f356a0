using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reports;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// The outbox and email (issue 20): messages are written in the transaction of the change that causes them and sent by
/// the dispatcher to a real SMTP server the test starts on loopback (driven one drain at a time: no timing). A citizen who
/// consented to news by email is told when the letter is accepted and answered; a report reminder arrives on the working
/// day the rule says; a server down, a refused mailbox and an invalid address: retried with backoff, given up, never sent
/// twice.
/// </summary>
public sealed class OutboxEmailTests
{
    private const string Commune = "20611"; // Xã Bình Sơn

    internal static async Task<int> DrainAsync(GrassrootsApp app) => await app.Services.GetRequiredService<OutboxDispatcher>().DrainAsync();

    internal static Task<List<OutboxMessage>> MessagesAsync(GrassrootsApp app, string eventPrefix) =>
        app.DbAsync(db => db.Set<OutboxMessage>().Where(m => m.EventKey.StartsWith(eventPrefix)).ToListAsync());

    private static async Task<Guid> IdOfAsync(GrassrootsApp app, string code) =>
        await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == code).Select(p => p.Id).SingleAsync());

    [Theory, Providers]
    public async Task A_citizen_who_left_an_email_is_told_when_the_letter_is_accepted_and_answered_once_each_in_the_chosen_language(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        using var citizen = app.CreateClient();
        var code = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = Commune, kind = "Recommendation", content = "Đề nghị sửa đèn đường thôn An Điềm.", petitionerName = "Trần Thị Hoa",
            petitionerEmail = "hoa@example.vn", emailUpdates = true,
        })).ReadAsync<PublicPetitionCreated>()).TrackingCode;
        var english = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions?lang=en", new
        {
            unitCode = Commune, kind = "Recommendation", content = "Please repair the street lights.", petitionerName = "Anna Lee",
            petitionerEmail = "anna@example.com", emailUpdates = true,
        })).ReadAsync<PublicPetitionCreated>()).TrackingCode;
        // A letter whose petitioner gave an email but no consent is never written to.
        var silent = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = Commune, kind = "Recommendation", content = "Đề nghị nạo vét mương.", petitionerEmail = "im.lang@example.vn",
        })).ReadAsync<PublicPetitionCreated>()).TrackingCode;

        using var officer = await app.ApiAsync("cb.binhson");
        foreach (var c in new[] { code, english, silent })
        {
            var id = await IdOfAsync(app, c);
            await (await officer.PostAsJsonAsync($"/api/v1/petitions/{id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
            await (await officer.PostAsync($"/api/v1/petitions/{id}/accept", null)).ReadAsync<PetitionDto>();
        }
        // Nothing leaves before the dispatcher runs: the rows wait in the outbox, written with the steps.
        Assert.Empty(smtp.Received);
        Assert.Equal(2, (await MessagesAsync(app, "petition.Accepted")).Count);

        await DrainAsync(app);
        var accepted = Assert.Single(smtp.To("hoa@example.vn"));
        Assert.Equal($"Đơn {code} đã được thụ lý", accepted.Subject);
        Assert.Contains($"https://dancoso.test/p/track?code={code}", accepted.TextBody);
        Assert.Contains("Kính gửi ông/bà Trần Thị Hoa", accepted.TextBody);
        Assert.Contains("<a href=\"https://dancoso.test/p/track?code=" + code + "\">", accepted.HtmlBody);
        Assert.Equal($"Letter {english} has been accepted", Assert.Single(smtp.To("anna@example.com")).Subject);
        Assert.Empty(smtp.To("im.lang@example.vn"));

        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{await IdOfAsync(app, code)}/answer",
            new { summary = "Đã thay bóng đèn ngày 25/11/2026." })).ReadAsync<PetitionDto>();
        await DrainAsync(app);
        await DrainAsync(app); // a second round sends nothing again
        var mails = smtp.To("hoa@example.vn");
        Assert.Equal(2, mails.Count);
        Assert.Equal($"Đơn {code} đã được trả lời", mails[1].Subject);
        Assert.Contains("Nội dung trả lời: Đã thay bóng đèn ngày 25/11/2026.", mails[1].TextBody);
        Assert.All(await MessagesAsync(app, "petition."), m => Assert.Equal(OutboxState.Sent, m.State));
        // The message id is the outbox row's: a receiver can recognise a repeat.
        Assert.Contains(mails[1].MessageId!.Replace("@grassroots", "", StringComparison.Ordinal),
            (await MessagesAsync(app, "petition.Answered")).Select(m => m.Id.ToString("N")));
    }

    [Theory, Providers]
    public async Task A_report_reminder_arrives_three_working_days_before_the_due_date_and_again_the_day_after_it(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        using var province = await app.ApiAsync("qt.lamdong");
        var open = await (await province.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = BuiltInTemplates.GovernmentReview, unitCode = "68", title = "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2026",
            from = "2026-01-01", to = "2026-12-31", dueOn = "2026-12-15", recipient = "UBND tỉnh Lâm Đồng", unitCodes = new[] { "24971" },
        })).ReadAsync<PeriodDto>();
        await app.DbAsync(async db =>
        {
            foreach (var u in await db.Users.Where(u => u.UserName == "cb.romen" || u.UserName == "ct.romen").ToListAsync())
            {
                u.Email = $"{u.UserName}@romen.gov.vn";
            }
            return await db.SaveChangesAsync();
        });
        // (The daily digest job may run too when the clock moves: its mails are not reminders.)
        IReadOnlyList<MimeKit.MimeMessage> To(string address) => smtp.To(address).Where(m => m.Subject!.StartsWith("Việc cần làm", StringComparison.Ordinal) is false).ToList();
        async Task RemindAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RecordReminders>().HandleAsync();
            await DrainAsync(app);
        }

        // Wednesday 9/12 is four working days before Tuesday 15/12: nothing yet.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 0, 10, 0, TimeSpan.Zero));
        await RemindAsync();
        Assert.Empty(To("cb.romen@romen.gov.vn"));
        // Thursday 10/12: three working days (10, 11, 14) before the due date.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 0, 10, 0, TimeSpan.Zero));
        await RemindAsync();
        await RemindAsync();
        var soon = Assert.Single(To("cb.romen@romen.gov.vn"));
        Assert.Equal("Sắp đến hạn nộp báo cáo “Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2026” (15/12/2026)", soon.Subject);
        Assert.Contains("Xã Rô Men chưa nộp báo cáo này", soon.TextBody);
        Assert.Single(To("ct.romen@romen.gov.vn"));
        // Saturday 12/12 is no working day: nothing more. Wednesday 16/12, the day after the due date: overdue.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 16, 0, 10, 0, TimeSpan.Zero));
        await RemindAsync();
        var both = To("cb.romen@romen.gov.vn");
        Assert.Equal(2, both.Count);
        Assert.StartsWith("Đã quá hạn nộp báo cáo", both[1].Subject);
        Assert.Equal(2, To("ct.romen@romen.gov.vn").Count);
    }

    [Theory, Providers]
    public async Task A_server_down_busy_or_refusing_and_an_invalid_address_are_retried_with_backoff_or_given_up_and_nothing_is_sent_twice(DatabaseProvider provider)
    {
        var port = TestSmtp.FreePort();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, port);
        await app.DbAsync(async db =>
        {
            var outbox = new Outbox(db, app.Clock, new OutboxSignal());
            await outbox.EmailAsync("test.fault:1", "an@example.vn", "Một", "Thư một", null);
            await outbox.EmailAsync("test.fault:1", "an@example.vn", "Một lần nữa", "Thư một", null); // the same event, the same recipient: once
            await outbox.EmailAsync("test.fault:2", "khong-phai-email", "Hai", "Thư hai", null);
            await outbox.EmailAsync("test.fault:3", "refused@example.vn", "Ba", "Thư ba", null);
            return await db.SaveChangesAsync();
        });
        var rows = await MessagesAsync(app, "test.fault");
        Assert.Equal(3, rows.Count);
        var invalid = rows.Single(m => m.Recipient == "khong-phai-email");
        Assert.Equal(OutboxState.Failed, invalid.State);
        Assert.Equal("Invalid email address", invalid.LastError);

        // The server is down: both wait, with an attempt and the error recorded, until the backoff has passed.
        await DrainAsync(app);
        rows = await MessagesAsync(app, "test.fault");
        Assert.All(rows.Where(m => m.Recipient != "khong-phai-email"), m =>
        {
            Assert.Equal(OutboxState.Pending, m.State);
            Assert.Equal(1, m.Attempts);
            Assert.StartsWith("SMTP:", m.LastError);
            Assert.True(m.NextAttemptAt >= app.Clock.GetUtcNow().UtcDateTime.AddSeconds(30));
        });
        await using var smtp = TestSmtp.Start(port);
        smtp.Busy = true;
        smtp.Refused.Add("refused@example.vn");
        Assert.Equal(0, await DrainAsync(app)); // not yet due again
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync(app);
        rows = await MessagesAsync(app, "test.fault");
        Assert.Equal(OutboxState.Failed, rows.Single(m => m.Recipient == "refused@example.vn").State); // 550: never to be tried again
        var busy = rows.Single(m => m.Recipient == "an@example.vn");
        Assert.Equal((OutboxState.Pending, 2), (busy.State, busy.Attempts)); // 451: later
        Assert.Contains("451", busy.LastError);

        smtp.Busy = false;
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // the second delay is twice the first (with up to a fifth more)
        await DrainAsync(app);
        app.Clock.Advance(TimeSpan.FromHours(10));
        await DrainAsync(app);
        var sent = Assert.Single(smtp.Received);
        Assert.Equal("Một", sent.Subject);
        rows = await MessagesAsync(app, "test.fault");
        Assert.Equal((OutboxState.Sent, 3), rows.Single(m => m.Recipient == "an@example.vn") is var m ? (m.State, m.Attempts) : default);
        Assert.Equal(2, await app.DbAsync(db => db.Set<OutboxAttempt>().CountAsync(a => a.MessageId == busy.Id)));
    }

    [Theory, Providers]
    public async Task Two_workers_draining_at_once_send_each_message_once(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        await app.DbAsync(async db =>
        {
            var outbox = new Outbox(db, app.Clock, new OutboxSignal());
            for (var i = 0; i < 300; i++)
            {
                await outbox.EmailAsync($"test.race:{i}", $"nguoi{i}@example.vn", $"Thư {i}", "Nội dung", "<p>Nội dung</p>");
            }
            return await db.SaveChangesAsync();
        });
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => dispatcher.DrainAsync())));
        await DrainAsync(app);
        Assert.Equal(300, smtp.Received.Count);
        Assert.Equal(300, smtp.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await MessagesAsync(app, "test.race"), m => Assert.Equal((OutboxState.Sent, 1), (m.State, m.Attempts)));
    }
}

/// <summary>The daily digest: each person with an email gets the lines of their "Việc của tôi", once a working day.</summary>
public sealed class DailyDigestTests
{
    [Theory, Providers]
    public async Task An_officer_gets_one_digest_of_the_waiting_work_each_working_morning_and_none_on_a_day_off(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        await app.DbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == "cb.binhson")).Email = "cb.binhson@binhson.gov.vn";
            return await db.SaveChangesAsync();
        });
        async Task<int> DigestAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var queued = await scope.ServiceProvider.GetRequiredService<Grassroots.Web.Modules.Outreach.SendDailyDigest>().HandleAsync();
            await OutboxEmailTests.DrainAsync(app);
            return queued;
        }
        // (The daily job may queue the same digest when the clock moves: counted by what arrives, once a day whoever queues it.)
        await DigestAsync(); // Monday 23/11/2026
        await DigestAsync(); // once a day
        var digest = Assert.Single(smtp.To("cb.binhson@binhson.gov.vn"));
        Assert.StartsWith("Việc cần làm ngày 23/11/2026", digest.Subject);
        Assert.Contains("https://dancoso.test/", digest.TextBody);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)); // Sunday
        Assert.Equal(0, await DigestAsync());
        Assert.Single(smtp.To("cb.binhson@binhson.gov.vn"));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)); // Monday
        await DigestAsync();
        await DigestAsync();
        Assert.Equal(["Việc cần làm ngày 23/11/2026", "Việc cần làm ngày 30/11/2026"],
            smtp.To("cb.binhson@binhson.gov.vn").Select(m => m.Subject![..m.Subject!.IndexOf(" (", StringComparison.Ordinal)]));
    }
}
