using Grassroots.Web.Modules.Supervision.Boards;
using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Pages;

/// <summary>A member or candidate as a form row holds it; a row left blank is no one.</summary>
public sealed class MemberRow
{
    public string? Name { get; set; }
    public MemberRole? Role { get; set; }
    public string? Residence { get; set; }
    public bool IsCommuneOfficial { get; set; }
    public ConflictOfInterest? Conflict { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Residence) && !IsCommuneOfficial
        && Conflict is null or ConflictOfInterest.None;

    public MemberRequest ToRequest() => new(Name, Role, Residence, IsCommuneOfficial, Conflict);

    public static List<MemberRow> Blank(int count) => Enumerable.Range(0, count).Select(i => new MemberRow { Role = i == 0 ? MemberRole.Head : MemberRole.Member }).ToList();

    public static List<MemberRequest> Filled(IEnumerable<MemberRow> rows) => rows.Where(r => !r.IsBlank).Select(r => r.ToRequest()).ToList();
}

/// <summary>A recommendation, petition, issue or commitment as a form row holds it; a row with no text and no addressee is none.</summary>
public sealed class RecommendationRow
{
    public string? Content { get; set; }
    public string? AddressedUnitCode { get; set; }
    public string? AddressedBody { get; set; }
    public string? Group { get; set; }
    public string? RaisedBy { get; set; }
    public bool IsPublic { get; set; } = true;
    public DateOnly? DueOn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Content) && string.IsNullOrWhiteSpace(AddressedBody) && string.IsNullOrWhiteSpace(Group)
        && string.IsNullOrWhiteSpace(RaisedBy) && DueOn is null;

    public static List<RecommendationRow> Blank(int count) => Enumerable.Range(0, count).Select(_ => new RecommendationRow()).ToList();

    public static List<NewRecommendation> Filled(IEnumerable<RecommendationRow> rows) => rows.Where(r => !r.IsBlank)
        .Select(r => new NewRecommendation(r.Content, r.AddressedUnitCode, r.AddressedBody, r.Group, r.RaisedBy, null, r.IsPublic, r.DueOn)).ToList();
}

/// <summary>What the rows partial needs: the list's form name, its rows, the units one may address, and which columns it shows.</summary>
public sealed record RecommendationRowsModel(string Name, string Legend, List<RecommendationRow> Rows, IReadOnlyList<UnitOption> Addressees,
    bool Voters = false, bool Commitments = false);

/// <summary>What the members partial needs: the list's form name, its legend, its rows, and whether it asks the conflict of interest (investment) or the official's post (inspection).</summary>
public sealed record MemberRowsModel(string Name, string Legend, List<MemberRow> Rows, bool Investment);
