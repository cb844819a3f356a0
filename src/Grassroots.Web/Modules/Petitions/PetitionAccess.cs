using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>Loads a letter for a step, through the unit scope, and writes its history.</summary>
[Scoped]
public sealed class PetitionAccess(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<Petition> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var petition = await db.Set<Petition>().Include(p => p.Unit).Include(p => p.Deadlines)
            .FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw DomainException.NotFound("Petition.NotFound");
        await scope.RequireAsync(petition.Unit!, permission, ct);
        return petition;
    }

    public void Record(Petition petition, PetitionEventKind kind, DateOnly on, string? note = null, int? unitId = null) =>
        petition.Events.Add(new PetitionEvent
        {
            PetitionId = petition.Id,
            At = clock.GetUtcNow().UtcDateTime,
            On = on,
            Kind = kind,
            UnitId = unitId ?? petition.UnitId,
            Note = note,
            ActorName = user.UserName,
        });

    public static void RequireStatus(Petition petition, params PetitionStatus[] allowed)
    {
        if (!allowed.Contains(petition.Status))
        {
            throw DomainException.Conflict("Petition.WrongStatus", petition.Status);
        }
    }

    /// <summary>
    /// A tracking code people can read out on the phone (no 0/O, 1/I): "DT-" and ten characters, three for the day it
    /// was issued (so that new codes land together at the end of the unique index instead of on a random page of it —
    /// a big register stays fast to write), then seven random ones (32^7 ≈ 34 billion a day: not guessable behind the
    /// portal's rate limit).
    /// </summary>
    public static string NewTrackingCode(DateOnly issuedOn)
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        Span<char> chars = stackalloc char[10];
        var day = Math.Clamp(issuedOn.DayNumber - TrackingEpoch.DayNumber, 0, (32 * 32 * 32) - 1);
        chars[0] = alphabet[day / (32 * 32)];
        chars[1] = alphabet[day / 32 % 32];
        chars[2] = alphabet[day % 32];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        return "DT-" + new string(chars);
    }

    private static readonly DateOnly TrackingEpoch = new(2020, 1, 1);

    /// <summary>A tracking code as a citizen typed it, cleaned and in capitals; not found when it cannot be one.</summary>
    public static string CleanTrackingCode(string? typed)
    {
        var code = Text.Clean(typed).ToUpperInvariant();
        if (Text.HasControlCharacters(code))
        {
            // No code holds one (and PostgreSQL refuses a NUL in a query): not found, shown without them.
            throw DomainException.NotFound("Petition.TrackingNotFound", new string([.. code.Where(c => !char.IsControl(c)).Take(20)]));
        }
        return code.Length is > 0 and <= 20 ? code : throw DomainException.NotFound("Petition.TrackingNotFound", code.Length > 20 ? code[..20] : code);
    }
}

/// <summary>A denouncer's identity, as it is stored: encrypted with the platform's data-protection keys.</summary>
public sealed record DenouncerIdentity(string? Name, string? Address, string? Phone, string? Email);

public sealed class IdentityProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Grassroots.Petitions.DenouncerIdentity.v1");

    public string Protect(DenouncerIdentity identity) => _protector.Protect(JsonSerializer.Serialize(identity));

    public DenouncerIdentity Unprotect(string protectedIdentity) =>
        JsonSerializer.Deserialize<DenouncerIdentity>(_protector.Unprotect(protectedIdentity))!;
}
