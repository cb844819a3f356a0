namespace Grassroots.Web.Modules.Surveys.Campaigns;

public sealed record OpenCampaignRequest(string? UnitCode, string? Title, Guid? QuestionnaireId, DateOnly? From, DateOnly? To, int? TargetSample,
    bool OnePerDevice = true);

/// <summary>
/// A satisfaction survey of a unit over a period, with a published questionnaire (none named: the shipped SIPAS template)
/// and a target sample. It opens at once and takes answers from its public link until an officer closes it.
/// </summary>
public sealed class OpenCampaign(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public const int MaxTarget = 1_000_000;

    public async Task<SurveyCampaign> HandleAsync(OpenCampaignRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", FieldLength.Title)
            .Require(r.From is not null, "from", "Validation.Required").Date(r.From, "from")
            .Require(r.To is not null, "to", "Validation.Required").Date(r.To, "to")
            .Require(r.From is null || r.To is null || r.To >= r.From, "to", "Surveys.EndBeforeStart")
            .Require(r.From is null || r.To is null || r.To.Value.DayNumber - r.From.Value.DayNumber <= 366, "to", "Surveys.PeriodTooLong")
            .Require(r.TargetSample is >= 1 and <= MaxTarget, "targetSample", "Validation.OutOfRange")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (!unit.IsActiveOn(r.From!.Value))
        {
            throw DomainException.Invalid("Surveys.UnitEnded", unit.Name);
        }
        Questionnaire questionnaire;
        if (r.QuestionnaireId is { } qid)
        {
            questionnaire = await db.Set<Questionnaire>().Include(q => q.Unit).FirstOrDefaultAsync(q => q.Id == qid, ct)
                ?? throw DomainException.NotFound("Surveys.QuestionnaireNotFound");
            if (questionnaire.Unit is { } owner && !unit.IsInSubtreeOf(owner.Path))
            {
                throw DomainException.Invalid("Surveys.QuestionnaireNotOfUnit", questionnaire.Title);
            }
            if (questionnaire.Status != QuestionnaireStatus.Published)
            {
                throw DomainException.Invalid("Surveys.QuestionnaireNotPublished");
            }
        }
        else
        {
            questionnaire = await SurveyTemplate.EnsureAsync(db, clock, ct);
        }
        var campaign = new SurveyCampaign
        {
            UnitId = unit.Id,
            QuestionnaireId = questionnaire.Id,
            Title = Text.Clean(r.Title),
            From = r.From!.Value,
            To = r.To!.Value,
            TargetSample = r.TargetSample!.Value,
            OnePerDevice = r.OnePerDevice,
            PublicCode = NewCode(),
            Status = CampaignStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    /// <summary>Ten letters and digits without look-alikes: short enough for a QR code read from a counter, too many to guess.</summary>
    public static string NewCode()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(10, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
