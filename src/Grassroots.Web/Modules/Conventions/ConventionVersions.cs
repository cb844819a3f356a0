using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>
/// What the use cases on a convention share: the convention and its version within the caller's reach, the stage a step
/// needs, the commune's file, and a save that turns a race between two officers into a refusal.
/// </summary>
[Scoped]
public sealed class ConventionVersions(AppDbContext db, UnitScope scope, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    /// <summary>The convention with its community and versions: 404 when there is none, 403 out of reach.</summary>
    public async Task<Convention> LoadAsync(Guid id, Permission permission, CancellationToken ct)
    {
        var convention = await db.Set<Convention>().Include(c => c.Community).Include(c => c.Versions).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw DomainException.NotFound("Convention.NotFound");
        await scope.RequireAsync(convention.Community!, permission, ct);
        return convention;
    }

    public async Task<(Convention, ConventionVersion)> LoadAsync(Guid id, int number, Permission permission, CancellationToken ct)
    {
        var convention = await LoadAsync(id, permission, ct);
        var version = convention.Versions.FirstOrDefault(v => v.Number == number) ?? throw DomainException.NotFound("Convention.VersionNotFound", number);
        return (convention, version);
    }

    /// <summary>Recognition is the commune chairman's (the permission that recognises community decisions).</summary>
    public async Task<(Convention, ConventionVersion)> LoadForCommuneAsync(Guid id, int number, CancellationToken ct)
    {
        var (convention, version) = await LoadAsync(id, number, Permission.View, ct);
        await scope.RequireAsync(convention.Community!, Permission.RecogniseDecisions, ct);
        return (convention, version);
    }

    public static void RequireStage(ConventionVersion version, ConventionStage stage)
    {
        if (version.Stage != stage)
        {
            throw DomainException.Conflict("Convention.WrongStage", version.Number, version.Stage);
        }
    }

    /// <summary>An amendment of a text in force says what it changes.</summary>
    public static void RequireSummaryOfAmendment(Convention convention, string? summary) => new Validation()
        .Require(!convention.Versions.Any(v => v.Stage == ConventionStage.Recognised) || !string.IsNullOrWhiteSpace(summary), "amendmentSummary", "Convention.SummaryRequired")
        .ThrowIfInvalid();

    /// <summary>The commune decides only on a file it holds whole, on a day since it did and not after today.</summary>
    public void RequireCompleteFile(ConventionVersion version, DateOnly decidedOn)
    {
        if (version.Stage is ConventionStage.Drafting or ConventionStage.Commenting or ConventionStage.Voting or ConventionStage.Adopted)
        {
            throw DomainException.Conflict("Convention.FileNotSent", ConventionRules.RecognitionCitation);
        }
        RequireStage(version, ConventionStage.FileSent);
        if (version.FileCompleteOn is not { } complete)
        {
            throw DomainException.Conflict("Convention.FileIncomplete", Names(ConventionRules.Missing(version.FileDocuments)));
        }
        new Validation()
            .Require(decidedOn >= complete && decidedOn <= clock.VietnamToday(), "decidedOn", "Convention.DecidedOnInvalid")
            .ThrowIfInvalid();
    }

    /// <summary>The documents by name, in the reader's language.</summary>
    public string Names(FileDocuments documents) =>
        string.Join("; ", Enum.GetValues<FileDocuments>().Where(d => d != FileDocuments.None && documents.HasFlag(d)).Select(d => localizer[$"FileDocuments.{d}"].Value));

    public async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer moved the same version (the stage is a concurrency token) or opened the same next version.
            db.ChangeTracker.Clear();
            throw DomainException.Conflict("Convention.Changed");
        }
    }
}
