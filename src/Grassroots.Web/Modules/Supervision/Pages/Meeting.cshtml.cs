namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>A voters' meeting: its petitions with their answers, and the constituency's earlier petitions carried to it.</summary>
public sealed class MeetingModel(SupervisionReader reader) : AppPageModel
{
    public VotersMeetingDto Meeting { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Meeting = await reader.MeetingAsync(id, ct);
}
