namespace Grassroots.Web.Modules.Consultations.Contracts;

/// <summary>How a comment reached the body: on the portal, at a meeting, in writing.</summary>
public enum CommentChannel
{
    Portal,
    Meeting,
    Writing,
}

/// <summary>A draft another module puts out for comments on a unit (a village convention on its community).</summary>
public sealed record DraftForComments(string UnitCode, string Title, string Body, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>A comment the body received, entered with the moment it came (a meeting's record, a letter, a portal used before).</summary>
public sealed record ReceivedComment(string Text, string? AuthorName, string? AuthorAddress, CommentChannel Channel, DateTime ReceivedAt);

/// <summary>Where the comments on such a draft stand.</summary>
public sealed record DraftComments(Guid Id, string UnitCode, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, long Comments, bool SummaryPublished);

/// <summary>
/// Other modules take comments on their drafts through this: the same comment window, portal page, officer entry of
/// opinions given at meetings, and answered summary as every consultation. Residents comment with their name and address.
/// Each call acts for the calling module, which has checked the caller's reach on the unit first.
/// </summary>
public interface IDraftConsultations
{
    Task<Guid> OpenAsync(DraftForComments draft, CancellationToken ct);

    /// <summary>Comments received on the draft within its window, entered after the fact: all of them or none.</summary>
    Task RecordCommentsAsync(Guid consultationId, IReadOnlyList<ReceivedComment> comments, CancellationToken ct);

    /// <summary>The drafts asked for that exist, by id.</summary>
    Task<IReadOnlyDictionary<Guid, DraftComments>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
