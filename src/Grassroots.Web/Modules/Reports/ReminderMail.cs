using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// The email of a report reminder, to those who write the unit's report (its officers, report clerks and heads, granted on the unit
/// itself, with an email address): queued with the reminder's own row, so a reminder recorded is a reminder sent.
/// </summary>
[Scoped]
public sealed class ReminderMail(AppDbContext db, Outbox outbox, IStringLocalizer<SharedResource> localizer, IOptions<OutboxOptions> options)
{
    public async Task<int> QueueAsync(ReportPeriod period, int unitId, ReminderKind kind, DateOnly today, CancellationToken ct)
    {
        var people = await db.Set<RoleGrant>().AsNoTracking()
            .Where(g => g.UnitId == unitId && (g.Role == Role.ReportClerk || g.Role == Role.Head || g.Role == Role.Officer) && g.User!.Email != null)
            .Select(g => new { g.User!.Email, g.User.UserName, UnitName = g.Unit!.Name }).Distinct().ToListAsync(ct);
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/reports";
        var queued = 0;
        foreach (var p in people.DistinctBy(p => p.Email))
        {
            var mail = MailText.In("vi", () => MailText.Compose(
                localizer[$"Reports.Mail.Subject.{kind}", period.Title, Text.Date(period.DueOn)].Value,
                localizer["Reports.Mail.Greeting", p.UnitName].Value,
                [localizer[$"Reports.Mail.Body.{kind}", period.Title, Text.Date(period.DueOn), period.Recipient, p.UnitName].Value],
                (localizer["Reports.Mail.Link"].Value, link),
                localizer["Reports.Mail.Closing"].Value));
            if (await outbox.EmailAsync($"report.reminder:{period.Id}:{unitId}:{kind}", p.Email!, mail.Subject, mail.Text, mail.Html, ct))
            {
                queued++;
            }
        }
        return queued;
    }
}
