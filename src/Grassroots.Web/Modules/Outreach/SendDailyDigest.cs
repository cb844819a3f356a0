using System.Security.Claims;
using Grassroots.Web.Modules.Home.Contracts;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Quartz;

namespace Grassroots.Web.Modules.Outreach;

/// <summary>
/// Every working morning, to each person with an email and a role: the work waiting on them — the same lines as their
/// landing page's "Việc của tôi" (Home's <see cref="IMyWorkSource"/>, read as that person, through the unit scope), the
/// urgent ones (past a legal or set limit) first. Nothing waiting, no email. Once a day a person, whoever runs it.
/// </summary>
public sealed class SendDailyDigest(AppDbContext db, IServiceScopeFactory scopes, IHttpContextAccessor accessor, WorkingCalendar calendar,
    TimeProvider clock, IOptions<OutboxOptions> options)
{
    /// <summary>The number of digests queued.</summary>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        if (!await calendar.IsWorkingDayAsync(today, ct))
        {
            return 0;
        }
        var people = await db.Users.AsNoTracking().Where(u => u.Email != null && db.Set<RoleGrant>().Any(g => g.UserId == u.Id))
            .Select(u => new { u.Id, u.UserName, u.Email, u.FullName }).ToListAsync(ct);
        var queued = 0;
        var previous = accessor.HttpContext;
        try
        {
            foreach (var person in people)
            {
                await using var scope = scopes.CreateAsyncScope();
                // The person's own reach: the sources read the unit scope of the signed-in user.
                accessor.HttpContext = new DefaultHttpContext
                {
                    RequestServices = scope.ServiceProvider,
                    User = new ClaimsPrincipal(new ClaimsIdentity(
                        [new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()), new Claim(ClaimTypes.Name, person.UserName!)], "digest")),
                };
                var groups = new List<MyWorkGroup>();
                foreach (var source in scope.ServiceProvider.GetServices<IMyWorkSource>())
                {
                    if (await source.ReadAsync(ct) is { } group)
                    {
                        groups.Add(group);
                    }
                }
                var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
                var lines = groups.OrderBy(g => g.Order).SelectMany(g => g.Items.Where(i => i.Count > 0).Select(i => (Group: g, Item: i)))
                    .OrderByDescending(x => x.Item.Urgent).ToList();
                if (lines.Count == 0)
                {
                    continue;
                }
                var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
                var mail = MailText.In("vi", () => MailText.Compose(
                    localizer["Outreach.Digest.Subject", Text.Date(today), lines.Count(l => l.Item.Urgent)].Value,
                    localizer["Outreach.Digest.Greeting", string.IsNullOrEmpty(person.FullName) ? person.UserName! : person.FullName].Value,
                    lines.Select(l => $"{(l.Item.Urgent ? "⚠ " : "")}{localizer[l.Group.TitleKey].Value}: {localizer[l.Item.LabelKey, l.Item.Count].Value} — {baseUrl}{l.Item.Href}"),
                    (localizer["Outreach.Digest.Link"].Value, baseUrl + "/"),
                    localizer["Outreach.Digest.Closing"].Value));
                var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
                if (await outbox.EmailAsync($"digest:{today:yyyy-MM-dd}", person.Email!, mail.Subject, mail.Text, mail.Html, ct))
                {
                    try
                    {
                        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(ct);
                        queued++;
                    }
                    catch (DbUpdateException)
                    {
                        // Queued at the same moment by another run (the job and a manual run): the unique key keeps it once.
                    }
                }
            }
        }
        finally
        {
            accessor.HttpContext = previous;
        }
        return queued;
    }
}

/// <summary>The digest job: working mornings at 7:00 in Vietnam.</summary>
public sealed class DailyDigestJob(SendDailyDigest digest, ILogger<DailyDigestJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await digest.HandleAsync(cancellationToken);
        log.LogInformation("Queued {Count} daily digests", count);
    }
}
