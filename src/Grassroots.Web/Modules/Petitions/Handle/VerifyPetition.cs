using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary>How a step of verification (xác minh) was carried out.</summary>
public enum VerificationMethod
{
    /// <summary>Xác minh thực địa.</summary>
    FieldVisit,

    /// <summary>Làm việc với người khiếu nại, người bị khiếu nại, người bị tố cáo.</summary>
    WorkWithParties,

    /// <summary>Yêu cầu cung cấp thông tin, tài liệu, chứng cứ.</summary>
    RequestDocuments,

    /// <summary>Trưng cầu giám định.</summary>
    Expertise,

    /// <summary>Đối thoại (LKN Điều 30, Điều 38).</summary>
    Dialogue,

    Other,
}

public sealed record VerifyRequest(DateOnly? On, VerificationMethod? Method, string? Findings);

/// <summary>
/// Records a verification step of a letter being settled: when, how, what was found. The steps are the
/// file's working record for the head who decides; the public page says only that verification is under way,
/// and nothing of the denouncer goes to the verifiers (LTC Điều 9 khoản 1 điểm b, Điều 47).
/// </summary>
public sealed class VerifyPetition(AppDbContext db, PetitionAccess access, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, VerifyRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.On is not null, "on", "Validation.Required")
            .Require(r.On is null || r.On <= today, "on", "Petition.FutureDate")
            .Require(r.Method is not null, "method", "Validation.Required")
            .Text(r.Findings, "findings", FieldLength.Text)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Accepted);
        var accepted = await db.Set<PetitionEvent>().Where(e => e.PetitionId == id && e.Kind == PetitionEventKind.Accepted).MaxAsync(e => (DateOnly?)e.On, ct);
        if (accepted is { } since && r.On < since)
        {
            throw DomainException.Invalid("Petition.VerifiedBeforeAcceptance", Text.Date(since));
        }
        access.Record(petition, PetitionEventKind.Verified, r.On!.Value, $"{localizer[$"VerificationMethod.{r.Method}"].Value}: {Text.Clean(r.Findings)}");
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
