using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Grassroots.Web.Modules.Home.Contracts;
using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Outreach;

public sealed record CalendarFeedInfo(string? Url, DateTime? CreatedAt);

/// <summary>
/// A user's deadlines as an iCalendar feed (issue 20): what "Việc của tôi" names with a limit — reports due, tasks due,
/// registers to update — and each open letter's nearest running limit (<see cref="IMyDeadlines"/>), read as that user through Home's <see cref="IMyWorkSource"/> (so through
/// their unit scope), one all-day event on each limit. A calendar app cannot sign in: the address carries the user's secret
/// feed token (<see cref="CalendarFeedToken"/>), never the session cookie; resetting it ends the old address.
/// UID: stable per thing (its page); SEQUENCE: the limit's day number since 2020, so a limit moved later (an extension)
/// raises it and the calendar replaces the event.
/// </summary>
[Scoped]
public sealed class MyDeadlinesFeed(AppDbContext db, IServiceScopeFactory scopes, IHttpContextAccessor accessor, CurrentUser user, TimeProvider clock)
{
    private static readonly DateOnly Epoch = new(2020, 1, 1);

    /// <summary>The most limits one module adds to a feed (a province head's whole province could hold thousands).</summary>
    private const int MaxPerSource = 500;

    public static string PathOf(string token) => $"/calendar/{token}/deadlines.ics";

    /// <summary>The caller's feed address, if they made one.</summary>
    public async Task<CalendarFeedInfo> InfoAsync(string baseUrl, CancellationToken ct)
    {
        var id = user.Id ?? throw DomainException.Forbidden("Outreach.Feed.SignIn");
        var token = await db.Set<CalendarFeedToken>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == id, ct);
        return token is null ? new CalendarFeedInfo(null, null) : new CalendarFeedInfo(baseUrl + PathOf(token.Token), token.CreatedAt);
    }

    /// <summary>A new secret for the caller's feed: the old address answers 404 from now on.</summary>
    public async Task<CalendarFeedInfo> ResetAsync(string baseUrl, CancellationToken ct)
    {
        var id = user.Id ?? throw DomainException.Forbidden("Outreach.Feed.SignIn");
        var token = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.UserId == id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null)
        {
            token = new CalendarFeedToken { UserId = id, Token = CalendarFeedToken.NewToken(), CreatedAt = now };
            db.Add(token);
        }
        else
        {
            token.Token = CalendarFeedToken.NewToken();
            token.CreatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return new CalendarFeedInfo(baseUrl + PathOf(token.Token), token.CreatedAt);
    }

    /// <summary>The feed of the token's owner; 404 for a token no one holds (a reset one).</summary>
    public async Task<string> IcsAsync(string token, string baseUrl, CancellationToken ct)
    {
        var clean = Text.Clean(token);
        var owner = clean.Length is > 20 and <= 64
            ? await db.Set<CalendarFeedToken>().AsNoTracking().Where(t => t.Token == clean)
                .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { u.Id, u.UserName, u.FullName }).FirstOrDefaultAsync(ct)
            : null;
        if (owner is null)
        {
            throw DomainException.NotFound("Outreach.Feed.NotFound");
        }
        var previous = accessor.HttpContext;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            // Read as the token's owner: the sources see the unit scope of that person, as on their landing page.
            accessor.HttpContext = new DefaultHttpContext
            {
                RequestServices = scope.ServiceProvider,
                User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, owner.Id.ToString()), new Claim(ClaimTypes.Name, owner.UserName!)], "calendar-feed")),
            };
            var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            var events = new List<FeedEvent>();
            // One all-day event on a limit; its UID from the owner and the thing's page, so a calendar keeps one event.
            FeedEvent Event(MyWorkDetail d, DateOnly due, string titleKey) => new(
                $"deadline-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{owner.Id}|{d.Href}")))[..32]}@grassroots",
                Math.Max(0, due.DayNumber - Epoch.DayNumber), due, null, null, localizer["Outreach.Feed.Due", d.Text].Value, null,
                localizer[titleKey].Value, baseUrl + d.Href);
            foreach (var source in scope.ServiceProvider.GetServices<IMyWorkSource>())
            {
                if (await source.ReadAsync(ct) is not { } group)
                {
                    continue;
                }
                foreach (var item in group.Items)
                {
                    foreach (var d in item.Details ?? [])
                    {
                        if (d.DueOn is not { } due)
                        {
                            continue;
                        }
                        events.Add(Event(d, due, group.TitleKey));
                    }
                }
            }
            // The limits kept one by one (each letter on the legal clock), beyond the landing page's counts.
            foreach (var source in scope.ServiceProvider.GetServices<IMyDeadlines>())
            {
                foreach (var d in await source.DeadlinesAsync(MaxPerSource, ct))
                {
                    events.Add(Event(d, d.DueOn!.Value, source.TitleKey));
                }
            }
            var name = string.IsNullOrEmpty(owner.FullName) ? owner.UserName! : owner.FullName;
            return CalendarFeed.Write(localizer["Outreach.Feed.Name", name].Value, localizer["Outreach.Feed.Description"].Value,
                events.DistinctBy(e => e.Uid).OrderBy(e => e.On), clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }
}

public static class MyDeadlinesFeedEndpoints
{
    public static void MapMyDeadlinesFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token}/deadlines.ics", async (string token, HttpRequest request, MyDeadlinesFeed feed, CancellationToken ct) =>
            TypedResults.Text(await feed.IcsAsync(token, $"{request.Scheme}://{request.Host}", ct), CalendarFeed.ContentType))
            .AllowAnonymous().WithTags("Calendar feeds")
            .WithSummary("iCalendar feed (RFC 5545) of a user's deadlines (reports, tasks, letters, registers named on their landing page), authenticated by the user's secret feed token in the path (calendar apps cannot sign in); Asia/Ho_Chi_Minh, stable UIDs, SEQUENCE raised when a limit moves later, REFRESH-INTERVAL 12 hours. 404 for a token reset or unknown.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
}
