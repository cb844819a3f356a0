namespace Grassroots.Web.Modules.Conventions;

public sealed record CompleteFileRequest(DateOnly? CompletedOn, FileDocuments? Documents);

/// <summary>The missing documents arrived: the commune's 5 working days start.</summary>
public sealed class CompleteFile(ConventionVersions versions, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int number, CompleteFileRequest r, CancellationToken ct = default)
    {
        var (_, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.FileSent);
        if (version.FileCompleteOn is not null)
        {
            throw DomainException.Conflict("Convention.FileAlreadyComplete");
        }
        var documents = version.FileDocuments | ((r.Documents ?? FileDocuments.None) & ConventionRules.CompleteFile);
        new Validation()
            .Require(r.CompletedOn is not null, "completedOn", "Validation.Required")
            .Require(r.CompletedOn is null || (r.CompletedOn >= version.FileSentOn && r.CompletedOn <= clock.VietnamToday()), "completedOn", "Convention.SentOnInvalid")
            .ThrowIfInvalid();
        if (!ConventionRules.IsComplete(documents))
        {
            throw DomainException.Invalid("Convention.FileStillIncomplete", versions.Names(ConventionRules.Missing(documents)));
        }
        version.FileDocuments = documents;
        version.FileCompleteOn = r.CompletedOn;
        await versions.SaveAsync(ct);
    }
}
