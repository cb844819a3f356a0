using System.Globalization;
using System.Text;
using Grassroots.Import.Extraction;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.LegacyReports.Pages;

/// <summary>A figure's row of the review form.</summary>
public sealed class FigureInput
{
    public Guid Id { get; set; }
    public bool Include { get; set; }
    public string? Key { get; set; }
    public string? Value { get; set; }
    public string? UnitCode { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>A piece of a text as the review shows it: plain, or marked (a figure, an uncertain word) with its note.</summary>
public sealed record TextPiece(string Text, string? Mark, string? Note, string? Id);

/// <summary>
/// The review of an imported report: the text as read with every figure highlighted beside the text restored with the
/// uncertain words highlighted (and listed, least sure first), the metadata, and the figures to correct, map to units
/// and periods and accept.
/// </summary>
public sealed class ReviewModel(LegacyReportsReader reader, ReviewLegacyReport review, AcceptLegacyReport accept, UnitPicker picker, IIndicatorCatalogue catalogue)
    : AppPageModel
{
    public LegacyReportDto View { get; private set; } = null!;
    public List<UnitOption> Units { get; private set; } = [];
    public List<TextPiece> Original { get; private set; } = [];
    public List<TextPiece> RestoredPieces { get; private set; } = [];
    public List<RestoredWord> Uncertain { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? IssuingBody { get; set; }
    [BindProperty] public string? DocumentNumber { get; set; }
    [BindProperty] public string? PlaceOfIssue { get; set; }
    [BindProperty] public DateOnly? DateOfIssue { get; set; }
    [BindProperty] public string? DocumentType { get; set; }
    [BindProperty] public string? DocTitle { get; set; }
    [BindProperty] public DateOnly? PeriodFrom { get; set; }
    [BindProperty] public DateOnly? PeriodTo { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? Addressee { get; set; }
    [BindProperty] public List<FigureInput> Figures { get; set; } = [];

    /// <summary>The indicators a figure of this unit of measure may be (its own key always among them), labelled.</summary>
    public IEnumerable<(string Key, string Label)> KeysFor(LegacyFigureDto f)
    {
        var culture = CultureInfo.CurrentUICulture;
        return catalogue.All.Where(d => d.Key == f.Key || (f.Measure is not null && d.Measure.Vi == f.Measure) || f.Measure is null)
            .Select(d => (d.Key, d.Label(culture))).OrderBy(d => d.Item2, StringComparer.Create(culture, false));
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var v = View;
        (Version, IssuingBody, DocumentNumber, PlaceOfIssue, DateOfIssue, DocumentType, DocTitle) = (v.Version, v.IssuingBody, v.DocumentNumber, v.PlaceOfIssue, v.DateOfIssue, v.DocumentType, v.Title);
        (PeriodFrom, PeriodTo, SignerName, SignerTitle, Addressee) = (v.PeriodFrom, v.PeriodTo, v.SignerName, v.SignerTitle, v.Addressee);
        Figures = v.Figures.Select(f => new FigureInput
        {
            Id = f.Id, Include = f.Include, Key = f.Key, Value = f.Value.ToString("#,##0.####", CultureInfo.GetCultureInfo("vi-VN")), UnitCode = f.UnitCode, From = f.From, To = f.To,
        }).ToList();
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken ct) => FileDownloads.Attachment(this, await reader.FileAsync(Id, ct));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveThenGoAsync(async () =>
    {
        var figures = Figures.Select(f => new FigureReview(f.Id, f.Include, string.IsNullOrWhiteSpace(f.Key) ? null : f.Key, Number(f.Value), f.UnitCode, f.From, f.To)).ToList();
        await review.HandleAsync(Id, new ReviewLegacyReportRequest(Version, IssuingBody, DocumentNumber, PlaceOfIssue, DateOfIssue, DocumentType, DocTitle,
            PeriodFrom, PeriodTo, SignerName, SignerTitle, Addressee, figures), ct);
    }, "LegacyReports.Saved", $"/legacy-reports/{Id}");

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var outcome = await accept.HandleAsync(Id, new AcceptLegacyReportRequest(Version), ct);
        Flash = L["LegacyReports.Accepted", outcome.Stored, outcome.ReplacedEntered, outcome.ComputedKept].Value;
        return Redirect($"/legacy-reports/{Id}");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    /// <summary>A value typed the Vietnamese way ("7.554", "99,17") or the plain way ("7554", "99.17"); null when not a number.</summary>
    private static decimal? Number(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Trim().TrimEnd('%').Trim();
        if (FigureExtractor.TryParse(s, out var v)) return v;
        return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out v) ? v : -1; // refused by the use case as out of range
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        View = await reader.GetAsync(Id, ct);
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: false, ct: ct);
        CanEdit = View.Status == LegacyReportStatus.Review && Units.Any(u => u.Code == View.UnitCode);
        Original = Pieces(View.Text, View.Figures.OrderBy(f => f.Start).Select(f => (f.Start, f.Length, (string?)null, (string?)"legacy-figure",
            (string?)(f.KeyLabel ?? f.Label), (string?)$"fig-{f.Order}")));
        RestoredPieces = Pieces(View.Text, View.Changes.OrderBy(c => c.Start).Select(c => (c.Start, c.Length, (string?)c.Restored,
            c.Confidence < 0.9 ? "legacy-uncertain" : null, c.Confidence < 0.9 ? c.Confidence.ToString("P0", CultureInfo.CurrentCulture) : null, (string?)null)));
        Uncertain = View.Changes.Where(c => c.Confidence < 0.9).OrderBy(c => c.Confidence).Take(50).ToList();
    }

    /// <summary>The text cut at the given spans: each span shown as its replacement (or itself), marked or not; a span that
    /// starts inside the previous one is left out.</summary>
    private static List<TextPiece> Pieces(string text, IEnumerable<(int Start, int Length, string? Replacement, string? Mark, string? Note, string? Id)> spans)
    {
        var pieces = new List<TextPiece>();
        var cursor = 0;
        foreach (var s in spans)
        {
            if (s.Start < cursor || s.Start + s.Length > text.Length) continue;
            if (s.Start > cursor) pieces.Add(new TextPiece(text[cursor..s.Start], null, null, null));
            pieces.Add(new TextPiece(s.Replacement ?? text.Substring(s.Start, s.Length), s.Mark, s.Note, s.Id));
            cursor = s.Start + s.Length;
        }
        if (cursor < text.Length) pieces.Add(new TextPiece(text[cursor..], null, null, null));
        return pieces;
    }

    /// <summary>The pieces as HTML, every character encoded, with nothing between them: the text is shown with its own
    /// spaces and line breaks (<c>white-space: pre-wrap</c>), so the markup must add none.</summary>
    public Microsoft.AspNetCore.Html.HtmlString Html(IEnumerable<TextPiece> pieces)
    {
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        var sb = new StringBuilder();
        foreach (var p in pieces)
        {
            if (p.Mark is null) { sb.Append(encoder.Encode(p.Text)); continue; }
            sb.Append("<mark class=\"").Append(encoder.Encode(p.Mark)).Append('"');
            if (p.Id is not null) sb.Append(" id=\"").Append(encoder.Encode(p.Id)).Append('"');
            if (p.Note is not null) sb.Append(" title=\"").Append(encoder.Encode(p.Note)).Append('"');
            sb.Append('>').Append(encoder.Encode(p.Text)).Append("</mark>");
        }
        return new Microsoft.AspNetCore.Html.HtmlString(sb.ToString());
    }

    /// <summary>The restored word's place in the text as read, for the list of uncertain words.</summary>
    public string Context(RestoredWord w)
    {
        var text = View.Text;
        var from = Math.Max(0, w.Start - 25);
        var to = Math.Min(text.Length, w.Start + w.Length + 25);
        var sb = new StringBuilder();
        sb.Append(text, from, w.Start - from).Append('[').Append(w.Restored).Append(']').Append(text, w.Start + w.Length, to - w.Start - w.Length);
        return sb.ToString().Replace('\n', ' ');
    }
}
