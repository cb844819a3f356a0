using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Quartz;

namespace Grassroots.Web.Modules.Decisions.Matters;

/// <summary>
/// A vote opens (its first day, <see cref="DecisionMatter.OpensOn"/>, has come): each representative of the community's
/// households who left an email with recorded consent is told, through the outbox, once per representative and vote
/// (the key "vote.opened:{matter}:{household}"), in Vietnamese or in English if they chose it, HTML and text, with the
/// link to the matter on the portal. Run when a matter is created open and every morning for the matters opening that day.
/// </summary>
[Scoped]
public sealed class NotifyVoteOpened(AppDbContext db, Outbox outbox, IStringLocalizer<SharedResource> localizer, TimeProvider clock,
    IOptions<OutboxOptions> options)
{
    /// <summary>Queues the notices of every open matter not yet told (the outbox keeps each once); the number queued.</summary>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var ids = await db.Set<DecisionMatter>().AsNoTracking()
            .Where(m => m.ClosedAt == null && m.OpensOn <= today && m.ClosesOn >= today)
            .Select(m => m.Id).ToListAsync(ct);
        var queued = 0;
        foreach (var id in ids)
        {
            queued += await QueueAsync(id, ct);
        }
        return queued;
    }

    /// <summary>Queues and saves the notices of one matter, if it is open today; the number queued.</summary>
    public async Task<int> QueueAsync(Guid matterId, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Community).FirstOrDefaultAsync(m => m.Id == matterId, ct);
        if (matter is null)
        {
            return 0;
        }
        var queued = await AddAsync(matter, matter.Community!, ct);
        if (queued > 0)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Queued at the same moment by another run (the job and a creation): the outbox's unique key keeps each once.
                db.ChangeTracker.Clear();
                return 0;
            }
        }
        return queued;
    }

    /// <summary>Adds the notices of a matter open today to the caller's unit of work (saved with the matter itself).</summary>
    public async Task<int> AddAsync(DecisionMatter matter, Unit community, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        if (matter.ClosedAt is not null || matter.OpensOn > today || matter.ClosesOn < today)
        {
            return 0;
        }
        var households = await db.Set<Household>().AsNoTracking()
            .Where(h => h.CommunityId == matter.CommunityId && h.IsActive && h.RepresentativeEmail != null && h.EmailConsentAt != null)
            .OrderBy(h => h.Number).ToListAsync(ct);
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/p/{Uri.EscapeDataString(community.Code)}/decisions/{matter.Id}";
        var queued = 0;
        foreach (var h in households)
        {
            var mail = MailText.In(h.EmailLanguage, () => MailText.Compose(
                localizer["Decision.Mail.VoteOpened.Subject", matter.Question].Value,
                localizer["Decision.Mail.VoteOpened.Greeting", h.RepresentativeName, h.Number, community.Name].Value,
                [
                    localizer["Decision.Mail.VoteOpened.Body", matter.Question, Text.Date(matter.OpensOn), Text.Date(matter.ClosesOn)].Value,
                    matter.Forms.HasFlag(DecisionForms.Online) ? localizer["Decision.Mail.VoteOpened.Online"].Value : "",
                    localizer["Decision.Mail.VoteOpened.Withdraw"].Value,
                ],
                (localizer["Decision.Mail.VoteOpened.Link"].Value, link),
                localizer["Decision.Mail.VoteOpened.Closing"].Value));
            if (await outbox.EmailAsync($"vote.opened:{matter.Id}:{h.Id}", h.RepresentativeEmail!, mail.Subject, mail.Text, mail.Html, ct))
            {
                queued++;
            }
        }
        return queued;
    }
}

/// <summary>Every morning at 6:00 in Vietnam: the notices of the votes opening that day.</summary>
public sealed class VoteOpenedJob(NotifyVoteOpened notify, ILogger<VoteOpenedJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await notify.HandleAsync(cancellationToken);
        log.LogInformation("Queued {Count} notices of votes opening", count);
    }
}
