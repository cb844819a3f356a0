namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>A session: its findings, its recommendations with their answers, and its record (biên bản) as a Word file.</summary>
public sealed class SessionModel(SupervisionReader reader) : AppPageModel
{
    public SessionDto Session { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Session = await reader.SessionAsync(id, ct);
}
