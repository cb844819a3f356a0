using System.Collections.Concurrent;

namespace Grassroots.Web.Modules.Surveys.Responses;

/// <summary>What the public form and the intake need of a campaign, read once and kept: its questions (a published version never changes).</summary>
public sealed record LiveCampaign(Guid Id, string PublicCode, int UnitId, string UnitCode, string UnitName, string Title, DateOnly From, DateOnly To,
    bool OnePerDevice, CampaignStatus Status, string QuestionnaireTitle, string? Introduction, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>
/// The campaigns behind public links, kept in memory for a minute (the intake at 1,000 answers a second reads no
/// campaign row per answer). A campaign closed here is forgotten at once; one closed elsewhere is refused all the
/// same by the intake, which checks the status in the transaction that stores the answers.
/// </summary>
public sealed class SurveyCampaigns(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (LiveCampaign Campaign, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<LiveCampaign> FindAsync(string? code, CancellationToken ct)
    {
        var clean = (code ?? "").Trim().ToLowerInvariant();
        if (clean.Length is 0 or > FieldLength.ShortCode)
        {
            throw DomainException.NotFound("Surveys.CampaignNotFound");
        }
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(clean, out var hit) && hit.Until > now)
        {
            return hit.Campaign;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var c = await db.Set<SurveyCampaign>().AsNoTracking().Include(x => x.Unit).Include(x => x.Questionnaire!).ThenInclude(q => q.Questions)
            .FirstOrDefaultAsync(x => x.PublicCode == clean, ct) ?? throw DomainException.NotFound("Surveys.CampaignNotFound");
        var live = new LiveCampaign(c.Id, c.PublicCode, c.UnitId, c.Unit!.Code, c.Unit.Name, c.Title, c.From, c.To, c.OnePerDevice, c.Status,
            c.Questionnaire!.Title, c.Questionnaire.Introduction, [.. c.Questionnaire.Questions.OrderBy(q => q.Number)]);
        _cache[clean] = (live, now.AddMinutes(1));
        return live;
    }

    public void Forget(string code) => _cache.TryRemove(code, out _);
}
