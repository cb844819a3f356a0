using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Directory.Pages;

/// <summary>The tree of the units in the caller's reach, as it stood on a chosen day.</summary>
public sealed class TreeModel(UnitScope scope, UnitLineage lineage, TimeProvider clock) : PageModel
{
    public static readonly DateOnly ReformDate = new(2025, 7, 1);

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public DateOnly Day { get; private set; }
    public List<TreeNode> Roots { get; private set; } = [];
    public ILookup<int?, TreeNode> Children { get; private set; } = Array.Empty<TreeNode>().ToLookup(n => n.ParentId);
    public HashSet<int> Matches { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Day = Date ?? clock.VietnamToday();
        var nodes = await lineage.TreeOnAsync(await scope.VisibleUnitsAsync(Permission.View, ct), Day, ct);
        var ids = nodes.Select(n => n.Id).ToHashSet();
        Children = nodes.OrderBy(n => KindOrder(n.Kind)).ThenBy(n => n.Name, Text.VietnameseOrder).ToLookup(n => n.ParentId);
        Roots = nodes.Where(n => n.ParentId is null || !ids.Contains(n.ParentId.Value)).OrderBy(n => n.Name, Text.VietnameseOrder).ToList();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Text.Clean(Q);
            Matches = nodes.Where(n => n.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase) || n.Code.Contains(q, StringComparison.OrdinalIgnoreCase))
                .Select(n => n.Id).ToHashSet();
        }
        CanManage = await scope.HasAnywhereAsync(Permission.ManageUnits, ct);
    }

    /// <summary>Territorial units first, then the bodies beside them.</summary>
    private static int KindOrder(UnitKind kind) => kind.IsTerritorial() ? 0 : 1;

    /// <summary>Open the top two levels, and every branch that holds a search match.</summary>
    public bool IsOpen(TreeNode node, int depth) => depth < 2 || (Matches.Count > 0 && HasMatchBelow(node));

    private bool HasMatchBelow(TreeNode node) => Children[node.Id].Any(c => Matches.Contains(c.Id) || HasMatchBelow(c));
}
