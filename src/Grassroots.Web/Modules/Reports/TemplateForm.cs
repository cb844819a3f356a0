using System.Globalization;
using System.Text.RegularExpressions;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Documents;

namespace Grassroots.Web.Modules.Reports;

/// <summary>A block as the template form edits it: its kind, its sentence or prompt, the indicators it shows.</summary>
public sealed class BlockForm
{
    public BlockKind Kind { get; set; } = BlockKind.Prose;
    public string? Text { get; set; }
    public string? Footnote { get; set; }
    public List<string> Keys { get; set; } = [];
    public string? ProseKey { get; set; }
    public string? Hint { get; set; }
    public bool Supervision { get; set; }
    public bool Remove { get; set; }
}

/// <summary>A section as the template form edits it: the tree flattened, each section with its depth (1: I., 2: 1., 3: 1.1.).</summary>
public sealed class SectionForm
{
    public int Level { get; set; } = 1;
    public string? Title { get; set; }
    public bool Remove { get; set; }
    public List<BlockForm> Blocks { get; set; } = [];
}

/// <summary>
/// A template body as a form a person fills in (the templates page), instead of its JSON: the header, the sections in
/// order with their depth, each block with its kind, its sentence, the indicators it shows and the prompt of its prose.
/// </summary>
public sealed class TemplateForm
{
    public HeaderStyle Style { get; set; } = HeaderStyle.State;
    public string? IssuingBody { get; set; }
    public string? ParentBody { get; set; }
    public string? Symbol { get; set; }
    public string? DocumentType { get; set; } = "BÁO CÁO";
    public string? Summary { get; set; }
    public string? Opening { get; set; }
    public string? Closing { get; set; }
    public string? SignerAuthority { get; set; }
    public string? SignerTitle { get; set; }
    public string? Recipients { get; set; }
    public List<SectionForm> Sections { get; set; } = [];

    public static TemplateForm From(TemplateBody body)
    {
        var form = new TemplateForm
        {
            Style = body.Style,
            IssuingBody = body.IssuingBody,
            ParentBody = body.ParentBody,
            Symbol = body.Symbol,
            DocumentType = body.DocumentType,
            Summary = body.Summary,
            Opening = body.Opening,
            Closing = body.Closing,
            SignerAuthority = body.SignerAuthority,
            SignerTitle = body.SignerTitle,
            Recipients = string.Join("\n", body.Recipients ?? []),
        };
        void Add(TemplateSection s, int level)
        {
            form.Sections.Add(new SectionForm
            {
                Level = level,
                Title = s.Title,
                Blocks = (s.Blocks ?? []).OfType<TemplateBlock>().Select(b => new BlockForm
                {
                    Kind = b.Kind, Text = b.Text, Footnote = b.Footnote, Keys = [.. b.Keys ?? []], ProseKey = b.ProseKey, Hint = b.Hint, Supervision = b.Supervision == true,
                }).ToList(),
            });
            foreach (var c in (s.Children ?? []).OfType<TemplateSection>())
            {
                Add(c, Math.Min(level + 1, 3));
            }
        }
        foreach (var s in (body.Sections ?? []).OfType<TemplateSection>())
        {
            Add(s, 1);
        }
        return form;
    }

    /// <summary>The body the form describes: removed rows left out, each section under the last one above its depth.</summary>
    public TemplateBody ToBody()
    {
        static string? Clean(string? s) => Platform.Text.CleanOrNull(s?.Replace("\r\n", "\n", StringComparison.Ordinal));
        // Each section goes under the last one above its depth (a depth that skips a level is taken as the next one).
        var nodes = new List<Node>();
        var stack = new Stack<Node>();
        foreach (var s in Sections.Where(s => !s.Remove))
        {
            var level = Math.Clamp(s.Level, 1, 3);
            while (stack.Count > 0 && stack.Peek().Level >= level)
            {
                stack.Pop();
            }
            level = stack.Count == 0 ? 1 : Math.Min(level, stack.Peek().Level + 1);
            var node = new Node(level, s, []);
            (stack.Count == 0 ? nodes : stack.Peek().Children).Add(node);
            stack.Push(node);
        }
        static TemplateSection Make(Node n) => new(Clean(n.Form.Title) ?? "",
            n.Form.Blocks.Where(b => !b.Remove).Select(b => new TemplateBlock(b.Kind,
                b.Kind is BlockKind.Text or BlockKind.Figures or BlockKind.Documents or BlockKind.Tasks ? Clean(b.Text) : null,
                b.Kind == BlockKind.Figures ? Clean(b.Footnote) : null,
                b.Kind == BlockKind.Table ? b.Keys.Select(k => Platform.Text.Clean(k)).Where(k => k.Length > 0).Distinct().ToList() : null,
                b.Kind == BlockKind.Prose ? Clean(b.ProseKey) : null,
                b.Kind == BlockKind.Prose ? Clean(b.Hint) : null,
                b.Kind == BlockKind.Prose && b.Supervision ? true : null)).ToList() is { Count: > 0 } blocks ? blocks : null,
            n.Children.Count > 0 ? n.Children.Select(Make).ToList() : null);
        return new TemplateBody(Style, Clean(IssuingBody) ?? "", Clean(ParentBody), Clean(Symbol) ?? "", Clean(DocumentType) ?? "", Clean(Summary) ?? "",
            Clean(Opening), nodes.Select(Make).ToList(), Clean(Closing), Clean(SignerAuthority) ?? "", Clean(SignerTitle) ?? "",
            (Recipients ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(x => Platform.Text.Clean(x)).ToList());
    }

    private sealed record Node(int Level, SectionForm Form, List<Node> Children);
}

/// <summary>A block of the preview: what it prints, with each indicator named where its figure will stand.</summary>
public sealed record PreviewBlock(BlockKind Kind, string? Text, string? Footnote, IReadOnlyList<string> Columns, string? Hint, bool Supervision,
    IReadOnlyList<string> Indicators);

public sealed record PreviewSection(string Number, string Title, int Level, IReadOnlyList<PreviewBlock> Blocks);

/// <summary>A template as it will read, before any unit fills it: numbered sections, figures named, prose prompts.</summary>
public sealed partial class TemplatePreview
{
    [GeneratedRegex(@"\{(?<key>[a-z_]+(\.[a-z_]+)+)(:(?<fmt>[a-z0-9]+))?\}")]
    private static partial Regex Placeholder();

    /// <summary>The template's words ({unit}, {period}...) as what they stand for, in brackets like the figures.</summary>
    private static readonly (string Word, string Shown)[] WordsShown =
    [
        ("{unit}", "[tên đơn vị]"), ("{UNIT}", "[TÊN ĐƠN VỊ]"), ("{place}", "[địa danh]"), ("{PLACE}", "[ĐỊA DANH]"), ("{period}", "[kỳ báo cáo]"),
        ("{next}", "[kỳ tới]"), ("{NEXT}", "[KỲ TỚI]"), ("{level}", "[cấp của đơn vị]"), ("{above}", "[cấp trên]"), ("{above_party}", "[cấp ủy cấp trên]"),
        ("{party}", "[cấp ủy]"), ("{PARTY}", "[CẤP ỦY]"), ("{units}", "[đơn vị trực thuộc]"),
    ];

    public static string Words(string? text)
    {
        var result = text ?? "";
        foreach (var (word, shown) in WordsShown)
        {
            result = result.Replace(word, shown, StringComparison.Ordinal);
        }
        return result;
    }

    public static IReadOnlyList<PreviewSection> Of(TemplateBody body, IIndicatorCatalogue catalogue)
    {
        var result = new List<PreviewSection>();
        var counters = new int[4];
        string Name(string key) => catalogue.Find(key)?.Vi ?? key;
        string Figures(string text, List<string> named) => Placeholder().Replace(Words(text), m =>
        {
            var key = m.Groups["key"].Value;
            named.Add(key);
            var label = Name(key);
            return m.Groups["fmt"].Value switch
            {
                "cmp" => $"[so sánh {label} với cùng kỳ]",
                "prev" => $"[{label} cùng kỳ năm trước]",
                _ => $"[{label}]",
            };
        });
        void Walk(TemplateSection s, int level)
        {
            counters[level]++;
            for (var i = level + 1; i < counters.Length; i++)
            {
                counters[i] = 0;
            }
            var number = level switch
            {
                1 => NationalDocument.Roman(Math.Min(counters[1], 39)) + ".",
                2 => counters[2].ToString(CultureInfo.InvariantCulture) + ".",
                _ => $"{counters[2].ToString(CultureInfo.InvariantCulture)}.{counters[3].ToString(CultureInfo.InvariantCulture)}.",
            };
            var blocks = new List<PreviewBlock>();
            foreach (var b in (s.Blocks ?? []).OfType<TemplateBlock>())
            {
                var named = new List<string>();
                blocks.Add(b.Kind switch
                {
                    BlockKind.Figures => new PreviewBlock(b.Kind, Figures(b.Text ?? "", named), b.Footnote is { } f ? Figures(f, named) : null, [], null, false,
                        named.Distinct().Select(Name).ToList()),
                    BlockKind.Table => new PreviewBlock(b.Kind, null, null, ["TT", "Đơn vị", .. (b.Keys ?? []).Select(Name)], null, false, (b.Keys ?? []).Select(Name).ToList()),
                    BlockKind.Prose => new PreviewBlock(b.Kind, null, null, [], Words(b.Hint), b.Supervision == true, []),
                    BlockKind.Documents => new PreviewBlock(b.Kind, Words(b.Text).Replace("{count}", "[số văn bản ban hành trong kỳ]", StringComparison.Ordinal),
                        "[các văn bản ban hành trong kỳ, trích từ sổ đăng ký văn bản]", [], null, false, []),
                    BlockKind.Tasks => new PreviewBlock(b.Kind, Words(b.Text) + " [các nhiệm vụ chưa hoàn thành đến hạn trong kỳ tới, từ kế hoạch của Ban Chỉ đạo]", null, [], null, false, []),
                    _ => new PreviewBlock(b.Kind, Words(b.Text), null, [], null, false, []),
                });
            }
            result.Add(new(number, Words(s.Title), level, blocks));
            foreach (var c in (s.Children ?? []).OfType<TemplateSection>())
            {
                Walk(c, Math.Min(level + 1, 3));
            }
        }
        foreach (var s in (body.Sections ?? []).OfType<TemplateSection>())
        {
            Walk(s, 1);
        }
        return result;
    }
}
