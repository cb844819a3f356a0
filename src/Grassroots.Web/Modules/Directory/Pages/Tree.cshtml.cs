namespace Grassroots.Web.Modules.Directory.Pages;

/// <summary>The tree of the units in the caller's reach, as it stood on a chosen day.</summary>
public sealed class TreeModel(UnitReader reader) : PageModel
{
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
        var tree = await reader.TreeAsync(Date, ct);
        (Day, Roots, Children, CanManage) = (tree.Day, tree.Roots.ToList(), tree.Children, tree.CanManage);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Text.Clean(Q);
            Matches = Children.SelectMany(g => g).Concat(Roots)
                .Where(n => n.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase) || n.Code.Contains(q, StringComparison.OrdinalIgnoreCase))
                .Select(n => n.Id).ToHashSet();
        }
    }

    /// <summary>Open the top two levels, and every branch that holds a search match.</summary>
    public bool IsOpen(TreeNode node, int depth) => depth < 2 || (Matches.Count > 0 && HasMatchBelow(node));

    private bool HasMatchBelow(TreeNode node) => Children[node.Id].Any(c => Matches.Contains(c.Id) || HasMatchBelow(c));
}
