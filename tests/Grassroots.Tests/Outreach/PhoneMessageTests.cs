using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Outreach;

/// <summary>SMS and Zalo behind one interface (issue 20): in tests the logging adapter takes the messages; no network call.</summary>
public sealed class PhoneMessageTests
{
    [Theory, Providers]
    public async Task A_text_message_goes_through_the_outbox_to_the_configured_adapter_once(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        await app.DbAsync(async db =>
        {
            var outbox = new Outbox(db, app.Clock, new OutboxSignal());
            Assert.True(await outbox.SmsAsync("vote.opened:1", "0912345678", "Hội nghị thôn An Điềm biểu quyết từ 7:30 ngày 28/11/2026."));
            Assert.False(await outbox.SmsAsync("vote.opened:1", "0912345678", "Lần hai"));
            return await db.SaveChangesAsync();
        });
        await OutboxEmailTests.DrainAsync(app);
        await OutboxEmailTests.DrainAsync(app);
        var sent = Assert.Single(app.Services.GetRequiredService<LoggingPhoneMessenger>().Sent);
        Assert.Equal(("0912345678", "Hội nghị thôn An Điềm biểu quyết từ 7:30 ngày 28/11/2026."), sent);
        Assert.Equal(OutboxState.Sent, Assert.Single(await OutboxEmailTests.MessagesAsync(app, "vote.opened")).State);
    }
}
