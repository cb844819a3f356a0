using System.Security.Cryptography;

namespace Grassroots.Web.Modules.Surveys.Responses;

public sealed record SurveyAnswersRequest(IReadOnlyDictionary<int, string?>? Answers, ResponseChannel? Channel = null, string? DeviceToken = null);

/// <summary>
/// One anonymous response, from the public link (the portal or the counter's QR code, without signing in) or typed from a
/// paper form by an officer. Refused, with nothing stored: a campaign closed or outside its period, an answer out of the
/// scale or the choices, a required answer missing, a device that has answered already (one response per device by
/// default). Stored by the group-commit intake; acknowledged only once committed.
/// </summary>
[Scoped]
public sealed class SubmitSurveyResponse(SurveyCampaigns campaigns, SurveyIntake intake, AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public const int TokenLength = 64;

    /// <summary>From the public link. The device token is the random value of the form's cookie; only its hash with the campaign is kept.</summary>
    public async Task PublicAsync(string? code, SurveyAnswersRequest r, CancellationToken ct = default)
    {
        var channel = r.Channel ?? ResponseChannel.Portal;
        if (!Enum.IsDefined(channel) || channel == ResponseChannel.Paper)
        {
            throw DomainException.Invalid("Surveys.BadChannel");
        }
        var c = await campaigns.FindAsync(code, ct);
        var token = Text.CleanOrNull(r.DeviceToken);
        if (c.OnePerDevice && (token is null || token.Length is < 16 or > TokenLength))
        {
            throw DomainException.Invalid("Surveys.DeviceTokenMissing");
        }
        await SubmitAsync(c.Id, c.Status, c.From, c.To, c.Questions, r, channel, c.OnePerDevice ? Hash(c.Id, token!) : null, ct);
    }

    /// <summary>A paper form typed in by an officer who may edit the campaign's unit.</summary>
    public async Task PaperAsync(Guid campaignId, SurveyAnswersRequest r, CancellationToken ct = default)
    {
        var c = await db.Set<SurveyCampaign>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == campaignId, ct)
            ?? throw DomainException.NotFound("Surveys.CampaignNotFound");
        await scope.RequireAsync(c.Unit!, Permission.Edit, ct);
        var live = await campaigns.FindAsync(c.PublicCode, ct);
        await SubmitAsync(c.Id, c.Status, c.From, c.To, live.Questions, r, ResponseChannel.Paper, null, ct);
    }

    private async Task SubmitAsync(Guid campaignId, CampaignStatus status, DateOnly from, DateOnly to, IReadOnlyList<SurveyQuestion> questions,
        SurveyAnswersRequest r, ResponseChannel channel, string? deviceHash, CancellationToken ct)
    {
        if (status == CampaignStatus.Closed)
        {
            throw DomainException.Conflict("Surveys.CampaignClosed");
        }
        var today = SurveyRules.Day(clock);
        if (today < from || (channel != ResponseChannel.Paper && today > to))
        {
            throw DomainException.Invalid("Surveys.OutsidePeriod", Text.Date(from), Text.Date(to));
        }
        var (stored, counts) = SurveyRules.Check(questions, r.Answers);
        var s = counts.Satisfied;
        var n = counts.Answers;
        var response = new SurveyResponse
        {
            CampaignId = campaignId,
            // A paper form typed in after the campaign's end is dated its last day: it counts in the campaign's period.
            SubmittedOn = channel == ResponseChannel.Paper && today > to ? to : today,
            Channel = channel,
            Answers = stored,
            S1 = (int)s[0], N1 = (int)n[0], S2 = (int)s[1], N2 = (int)n[1], S3 = (int)s[2], N3 = (int)n[2],
            S4 = (int)s[3], N4 = (int)n[3], S5 = (int)s[4], N5 = (int)n[4],
        };
        var pending = new PendingResponse(response, deviceHash);
        await intake.SaveAsync(pending, ct);
        if (pending.Refusal is { } refusal)
        {
            throw DomainException.Conflict(refusal);
        }
    }

    /// <summary>SHA-256 of the campaign and the token: the same device gives another hash in another campaign.</summary>
    public static string Hash(Guid campaignId, string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(campaignId.ToString("N") + ":" + token)));
}
