using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Platform.Localization;

/// <summary>
/// The label a user reads for a field a refusal names: <c>Field.&lt;name&gt;</c> from the resources; a field of a list's row
/// (<c>petitions[2].content</c>) reads as its label in that list (<c>Field.petitions.content</c>), else its own label, with the
/// row: "Nội dung kiến nghị (dòng 3)"; a name with no label is shown as is.
/// </summary>
public static partial class FieldLabels
{
    public static string Of(IStringLocalizer localizer, string field)
    {
        if (localizer[$"Field.{field}"] is { ResourceNotFound: false } label)
        {
            return label.Value;
        }
        if (RowField().Match(field) is { Success: true } row)
        {
            var (list, inner) = (row.Groups[1].Value, row.Groups[3].Value);
            var name = localizer[$"Field.{list}.{inner}"] is { ResourceNotFound: false } own ? own.Value
                : localizer[$"Field.{inner}"] is { ResourceNotFound: false } innerLabel ? innerLabel.Value
                : localizer[$"Field.{list}"] is { ResourceNotFound: false } listLabel ? listLabel.Value : inner;
            return localizer["Form.RowField", name, int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1].Value;
        }
        return field;
    }

    [GeneratedRegex(@"^(\w+)\[(\d{1,4})\]\.(\w+)$")]
    private static partial Regex RowField();
}
