using System.Globalization;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>How a convention and its versions are named where they go: the consultation on the draft, the households' vote, the recognition.</summary>
public static class ConventionTexts
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");

    /// <summary>"Hương ước thôn Tân Hòa", "Quy ước tổ dân phố 3".</summary>
    public static string DefaultTitle(ConventionKind kind, string community) =>
        (kind == ConventionKind.VillageConvention ? "Hương ước " : "Quy ước ") + Lower(community);

    /// <summary>"Dự thảo hương ước thôn Tân Hòa", "Thông qua sửa đổi, bổ sung hương ước thôn Tân Hòa (lần 1)".</summary>
    public static string Subject(Convention convention, ConventionVersion version, string prefix) =>
        prefix + (version.Number == 1 || version.AmendmentSummary is null
            ? Lower(convention.Title)
            : $"sửa đổi, bổ sung {Lower(convention.Title)} (lần {(version.Number - 1).ToString(CultureInfo.InvariantCulture)})");

    /// <summary>The draft as residents read it for comments: what an amendment changes, then the whole text.</summary>
    public static string DraftBody(ConventionVersion version)
    {
        var body = version.AmendmentSummary is null ? version.Text : $"Nội dung sửa đổi, bổ sung: {version.AmendmentSummary}\n\n{version.Text}";
        return body.Length <= ConventionVersion.TextMaxLength ? body : body[..ConventionVersion.TextMaxLength];
    }

    /// <summary>What the households' vote says of the draft it adopts: its posting and comments, and what an amendment changes.</summary>
    public static string VoteDetails(ConventionVersion version) =>
        $"Dự thảo niêm yết từ ngày {Text.Date(version.PostedOn!.Value)}, lấy ý kiến đến ngày {Text.Date(version.CommentsUntil!.Value)}. {version.AmendmentSummary}".Trim();

    /// <summary>The convention and version a vote is about, as the vote's page names it: "Hương ước thôn Tân Hòa (lần 2)".</summary>
    public static string VersionTitle(Convention convention, ConventionVersion version) =>
        $"{convention.Title} (lần {version.Number.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The note on the vote's recognition: the commune's decision that recognised the convention.</summary>
    public static string RecognitionNote(Convention convention, ConventionVersion version) =>
        $"Công nhận {convention.Title} theo Quyết định số {version.DecisionNumber} ngày {Text.Date(version.DecidedOn!.Value)}.";

    /// <summary>A name within a sentence: "Thôn Tân Hòa" → "thôn Tân Hòa".</summary>
    public static string Lower(string name) => name.Length > 0 ? char.ToLower(name[0], Vi) + name[1..] : name;
}
