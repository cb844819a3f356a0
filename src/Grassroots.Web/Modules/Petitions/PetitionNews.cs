using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Modules.Petitions.Register;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>
/// What the petitioner and other systems are told of a letter's steps, queued in the step's own transaction
/// (Platform/Outbox): an email to a petitioner who consented to news by email (docs/personal-data.md, Consent) when the
/// letter is accepted, transferred, extended and answered, in the language the consent was given in, with the tracking
/// link; and the webhook events "petition.received" and "petition.answered" (no personal data in them).
/// </summary>
[Scoped]
public sealed class PetitionNews(AppDbContext db, Outbox outbox, IConsents consents, IStringLocalizer<SharedResource> localizer,
    IOptions<OutboxOptions> options)
{
    public static readonly PetitionEventKind[] Told =
        [PetitionEventKind.Accepted, PetitionEventKind.TransferredOut, PetitionEventKind.Extended, PetitionEventKind.Answered];

    /// <summary>Queues the email of the step, if the petitioner asked for news; before the step's save.</summary>
    public async Task QueueAsync(Petition petition, PetitionEventKind kind, CancellationToken ct)
    {
        if (kind == PetitionEventKind.Answered)
        {
            await outbox.PublishAsync("petition.answered", $"petition.answered:{petition.Id}", new
            {
                trackingCode = petition.TrackingCode, unitCode = petition.Unit?.Code, kind = petition.Kind.ToString(), answeredOn = petition.AnsweredOn,
            }, ct);
        }
        if (!Told.Contains(kind) || petition.Kind == PetitionKind.Denunciation || string.IsNullOrWhiteSpace(petition.PetitionerEmail))
        {
            return;
        }
        var consent = await consents.CurrentAsync(ConsentPurpose.EmailUpdates, RegisterPetition.ConsentSubject(petition.TrackingCode), ct);
        if (consent is not { IsActive: true })
        {
            return;
        }
        // One message per step: a second extension is a second event.
        var earlier = await db.Set<PetitionEvent>().CountAsync(e => e.PetitionId == petition.Id && e.Kind == kind, ct);
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/p/track?code={Uri.EscapeDataString(petition.TrackingCode)}";
        var mail = MailText.In(consent.Language, () => MailText.Compose(
            localizer[$"Petition.Mail.Subject.{kind}", petition.TrackingCode].Value,
            localizer["Petition.Mail.Greeting", petition.PetitionerName ?? ""].Value.Replace(" ,", ",", StringComparison.Ordinal),
            [
                localizer[$"Petition.Mail.Body.{kind}", petition.TrackingCode, petition.Subject, petition.Unit?.Name ?? ""].Value,
                kind == PetitionEventKind.TransferredOut ? localizer["Petition.Mail.TransferredTo", petition.ExternalBody ?? petition.Unit?.Name ?? ""].Value : "",
                kind == PetitionEventKind.Answered && petition.AnswerSummary is not null ? localizer["Petition.Mail.Answer", petition.AnswerSummary].Value : "",
                localizer["Petition.Mail.Withdraw"].Value,
            ],
            (localizer["Petition.Mail.TrackLink"].Value, link),
            localizer["Petition.Mail.Closing"].Value));
        await outbox.EmailAsync($"petition.{kind}:{petition.Id}:{earlier + 1}", petition.PetitionerEmail, mail.Subject, mail.Text, mail.Html, ct);
    }

    /// <summary>The webhook rows of a letter received, for the writer that saves the letter (the portal's group commit or the officer's save).</summary>
    public Task<IReadOnlyList<OutboxMessage>> ReceivedAsync(Petition petition, string unitCode, CancellationToken ct) =>
        outbox.WebhookRowsAsync("petition.received", $"petition.received:{petition.Id}", new
        {
            trackingCode = petition.TrackingCode, unitCode, kind = petition.Kind.ToString(), channel = petition.Channel.ToString(), receivedOn = petition.ReceivedOn,
        }, ct);
}
