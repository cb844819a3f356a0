namespace Grassroots.Web.Modules.PersonalData.Contracts;

/// <summary>What a person may consent to where consent, not a law, is the basis (docs/personal-data.md, Consent).</summary>
public enum ConsentPurpose
{
    /// <summary>News of a letter's progress sent to the petitioner's email.</summary>
    EmailUpdates,

    /// <summary>A household representative told by email when a vote of the community opens.</summary>
    VoteNotices,
}

/// <summary>A consent as given: for what, about which record ("Letter:ABC1234"), to which contact, the exact text shown and its language.</summary>
public sealed record ConsentGiven(ConsentPurpose Purpose, string Subject, string Contact, string Text, string Language);

/// <summary>Where a consent stands: when given, when withdrawn if it was, and the language the person read it in.</summary>
public sealed record ConsentState(ConsentPurpose Purpose, DateTime GivenAt, DateTime? WithdrawnAt, string? Language = null)
{
    public bool IsActive => WithdrawnAt is null;
}

/// <summary>
/// The record of consents (docs/personal-data.md, Consent): each with the text the person saw and the time, kept after
/// withdrawal as the proof of what was consented to and when it ended.
/// </summary>
public interface IConsents
{
    /// <summary>The row recording the consent now, to be written with the caller's own rows in one commit.</summary>
    object NewRecord(ConsentGiven consent);

    /// <summary>The latest consent for the purpose and record, if any.</summary>
    Task<ConsentState?> CurrentAsync(ConsentPurpose purpose, string subject, CancellationToken ct);

    /// <summary>Withdraws the active consent now; false when there was none.</summary>
    Task<bool> WithdrawAsync(ConsentPurpose purpose, string subject, CancellationToken ct);
}
