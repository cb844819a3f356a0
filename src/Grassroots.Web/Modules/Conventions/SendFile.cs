namespace Grassroots.Web.Modules.Conventions;

public sealed record SendFileRequest(DateOnly? SentOn, FileDocuments? Documents);

/// <summary>The village head sends the file to the commune (5 working days, NĐ61); the commune's limit runs only once it holds every document.</summary>
public sealed class SendFile(ConventionVersions versions, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, int number, SendFileRequest r, CancellationToken ct = default)
    {
        var (_, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.Adopted);
        var documents = (r.Documents ?? FileDocuments.None) & ConventionRules.CompleteFile;
        new Validation()
            .Require(r.SentOn is not null, "fileSentOn", "Validation.Required")
            .Require(r.SentOn is null || (r.SentOn >= version.AdoptedOn && r.SentOn <= clock.VietnamToday()), "fileSentOn", "Convention.SentOnInvalid")
            .Require(documents != FileDocuments.None, "documents", "Validation.Required")
            .ThrowIfInvalid();
        version.SendFile(r.SentOn!.Value, documents);
        await versions.SaveAsync(ct);
    }
}
