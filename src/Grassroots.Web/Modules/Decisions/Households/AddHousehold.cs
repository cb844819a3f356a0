namespace Grassroots.Web.Modules.Decisions.Households;

/// <summary>A line of the roll; the email is written to (a vote opening) only when <c>EmailConsent</c> is true.</summary>
public sealed record HouseholdRequest(string? Number, string? RepresentativeName, string? Address, bool? IsActive = null,
    string? RepresentativeEmail = null, bool? EmailConsent = null, string? EmailLanguage = null);

/// <summary>The commune adds a household to a community's roll, with its representative; the household gets its vote code.</summary>
public sealed class AddHousehold(AppDbContext db, Communities communities, TimeProvider clock, HouseholdConsent consent)
{
    public async Task<HouseholdDto> HandleAsync(string? communityCode, HouseholdRequest r, CancellationToken ct)
    {
        Validate(r);
        var community = await communities.RequireAsync(communityCode, Permission.Edit, ct);
        var number = Text.Clean(r.Number);
        if (await db.Set<Household>().AnyAsync(h => h.CommunityId == community.Id && h.Number == number, ct))
        {
            throw DomainException.Conflict("Decision.HouseholdNumberTaken", number);
        }
        var household = new Household
        {
            CommunityId = community.Id,
            Number = number,
            RepresentativeName = Text.Clean(r.RepresentativeName),
            Address = Text.CleanOrNull(r.Address),
            VoteCode = Household.NewVoteCode(),
            IsActive = r.IsActive ?? true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        SetEmail(household, r, clock.GetUtcNow().UtcDateTime);
        db.Add(household);
        await consent.RecordAsync(household, before: null, ct);
        await db.SaveChangesAsync(ct);
        return HouseholdDto.Of(household, community.Code, showCode: true);
    }

    /// <summary>What a household's line of the roll holds, whether it is added or changed.</summary>
    public static void Validate(HouseholdRequest r) => new Validation()
        .Text(r.Number, "number", FieldLength.ShortCode)
        .Text(r.RepresentativeName, "representativeName", FieldLength.Name)
        .Text(r.Address, "address", 300, required: false)
        .Text(r.RepresentativeEmail, "representativeEmail", 320, required: false)
        .Require(string.IsNullOrWhiteSpace(r.RepresentativeEmail) || Grassroots.Web.Platform.Outbox.Outbox.IsEmailAddress(Text.Clean(r.RepresentativeEmail)),
            "representativeEmail", "Decision.EmailInvalid")
        .Require(r.EmailConsent != true || !string.IsNullOrWhiteSpace(r.RepresentativeEmail), "representativeEmail", "Decision.EmailConsentWithoutEmail")
        .Require(r.EmailLanguage is null or "vi" or "en", "emailLanguage", "Decision.EmailLanguageInvalid")
        .ThrowIfInvalid();

    /// <summary>The email and its consent: the moment of a new consent is kept; a withdrawn consent or a new address clears it.</summary>
    public static void SetEmail(Household household, HouseholdRequest r, DateTime now)
    {
        var email = Text.CleanOrNull(r.RepresentativeEmail);
        if (email != household.RepresentativeEmail)
        {
            household.EmailConsentAt = null;
        }
        household.RepresentativeEmail = email;
        household.EmailLanguage = email is null ? null : r.EmailLanguage ?? household.EmailLanguage ?? "vi";
        if (email is null || r.EmailConsent == false)
        {
            household.EmailConsentAt = null;
        }
        else if (r.EmailConsent == true)
        {
            household.EmailConsentAt ??= now;
        }
    }
}

/// <summary>
/// The representative's consent to email notices, kept in the register of consents (docs/personal-data.md, Consent) with
/// the text read to them and its language: written in the same commit as the roll's line; withdrawn when the box is unticked
/// or the address or the representative changes.
/// </summary>
[Scoped]
public sealed class HouseholdConsent(AppDbContext db, Grassroots.Web.Modules.PersonalData.Contracts.IConsents consents,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer)
{
    public static string Subject(Household h) => $"Household:{h.Id}";

    /// <summary>After the household's email fields were set: the consent held before withdrawn if it ended, a new one recorded.</summary>
    public async Task RecordAsync(Household household, DateTime? before, CancellationToken ct)
    {
        const Grassroots.Web.Modules.PersonalData.Contracts.ConsentPurpose purpose = Grassroots.Web.Modules.PersonalData.Contracts.ConsentPurpose.VoteNotices;
        if (household.EmailConsentAt == before)
        {
            return;
        }
        if (before is not null)
        {
            await consents.WithdrawAsync(purpose, Subject(household), ct);
        }
        if (household.EmailConsentAt is not null)
        {
            var language = household.EmailLanguage ?? "vi";
            var text = Grassroots.Web.Platform.Outbox.MailText.In(language, () => localizer["Decision.EmailConsentText"].Value);
            db.Add(consents.NewRecord(new Grassroots.Web.Modules.PersonalData.Contracts.ConsentGiven(purpose, Subject(household), household.RepresentativeEmail!, text, language)));
        }
    }
}
