using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions;

public sealed record PublicPetitionRequest(string? UnitCode, PetitionKind? Kind, string? Subject, string? Content, string? PetitionerName,
    string? PetitionerAddress, string? PetitionerPhone, string? PetitionerEmail, bool EmailUpdates = false);

public sealed record PublicPetitionCreated(string TrackingCode);

/// <summary>The citizen's side, without sign-in: send a letter, follow it by its code, say whether the answer satisfied.</summary>
public static class PublicPetitionsApi
{
    public static RouteGroupBuilder MapPublicPetitionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/public/petitions").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimits.Portal);
        g.MapPost("/", Submit).WithSummary("A citizen sends a reflection, recommendation, complaint or denunciation; answers its tracking code.");
        g.MapGet("/{trackingCode}", Track).WithSummary("The public status and history of a letter (never the petitioner's identity).");
        g.MapPost("/{trackingCode}/attachments", Attach).DisableAntiforgery()
            .WithSummary("Add a file to a letter just sent (multipart field 'file'): PDF, JPEG, PNG or DOCX, at most 10 MB, 5 a letter.");
        g.MapPost("/{trackingCode}/satisfaction", Satisfaction).WithSummary("Whether the answer satisfied the citizen (once, after the answer).");
        g.MapPost("/{trackingCode}/email-updates/withdraw", WithdrawUpdates)
            .WithSummary("The citizen withdraws the consent to news of the letter by email; the consent and its end stay recorded.");
        return api;
    }

    private static async Task<Created<PublicPetitionCreated>> Submit(PublicPetitionRequest r, RegisterPetition handler, CancellationToken ct)
    {
        var registered = await handler.FromPublic(new RegisterPetitionRequest(r.UnitCode, r.Kind, null, null, r.Subject, r.Content, 1,
            r.PetitionerName, r.PetitionerAddress, r.PetitionerPhone, r.PetitionerEmail, EmailUpdates: r.EmailUpdates), ct);
        var code = registered.Petition.TrackingCode;
        return TypedResults.Created($"/api/v1/public/petitions/{code}", new PublicPetitionCreated(code));
    }

    private static async Task<Ok<TrackedPetition>> Track(string trackingCode, PetitionReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.TrackAsync(trackingCode, ct));

    private static async Task<Created<AttachmentDto>> Attach(string trackingCode, IFormFile? file, AttachFile files, CancellationToken ct)
    {
        var a = await files.FromPublicAsync(trackingCode, file, ct);
        return TypedResults.Created($"/api/v1/public/petitions/{trackingCode}", a);
    }

    private static async Task<NoContent> WithdrawUpdates(string trackingCode, WithdrawEmailUpdates handler, CancellationToken ct)
    {
        await handler.HandleAsync(trackingCode, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Satisfaction(string trackingCode, SatisfactionRequest r, GiveSatisfaction handler, CancellationToken ct)
    {
        await handler.HandleAsync(trackingCode, r, ct);
        return TypedResults.NoContent();
    }
}
