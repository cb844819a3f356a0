using System.Diagnostics;
using System.Text;
using Grassroots.Cli;
using Grassroots.Import.Diacritics;

Console.OutputEncoding = Encoding.UTF8;
return args.Length == 0 ? Usage() : args[0] switch
{
    "import-report" => ImportReportCommand.Run(args[1..]),
    "restore-diacritics" => RestoreDiacritics(),
    "build-diacritics-model" => BuildModel(args[1..]),
    "score-restoration" => ScoreRestoration(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage:
          grassroots import-report FILE [--json]        read a report (DOCX, PDF, image, TXT) and print its metadata and figures
          grassroots restore-diacritics                 read text on standard input, print it with its marks restored
          grassroots build-diacritics-model --out FILE SOURCE[:WEIGHT]...
                                                        count syllables of Vietnamese text into a model (docs/import.md)
          grassroots score-restoration FILE [--model M] strip, damage and restore a text, print the share restored
        """);
    return 2;
}

static int RestoreDiacritics()
{
    using var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
    Console.Out.Write(DiacriticsRestorer.Default.Restore(stdin.ReadToEnd()).Text);
    return 0;
}

static int BuildModel(string[] args)
{
    var outIndex = Array.IndexOf(args, "--out");
    if (outIndex < 0 || outIndex + 1 >= args.Length) return Usage();
    var output = args[outIndex + 1];
    var builder = new DiacriticsModelBuilder();
    foreach (var source in args.Where((_, i) => i != outIndex && i != outIndex + 1))
    {
        var colon = source.LastIndexOf(':');
        var (path, weight) = colon > 0 && double.TryParse(source[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var w)
            ? (source[..colon], w) : (source, 1.0);
        builder.AddSource(path, weight);
        Console.Error.WriteLine($"{path} (×{weight}): {builder.Words:N0} words so far");
    }
    var model = builder.Build();
    using (var file = File.Create(output)) model.Save(file);
    Console.Error.WriteLine($"{model.Size:N0} syllables, {model.PairCount:N0} pairs → {output} ({new FileInfo(output).Length:N0} bytes)");
    return 0;
}

static int ScoreRestoration(string[] args)
{
    var modelIndex = Array.IndexOf(args, "--model");
    var watch = Stopwatch.StartNew();
    DiacriticsModel model;
    if (modelIndex >= 0) { using var f = File.OpenRead(args[modelIndex + 1]); model = DiacriticsModel.Load(f); }
    else model = DiacriticsModel.Default;
    Console.WriteLine($"model loaded in {watch.ElapsedMilliseconds} ms");
    var restorer = new DiacriticsRestorer(model);
    var text = File.ReadAllText(args[0]);
    foreach (var noise in new[] { 0.0, 0.05, 0.10 })
    {
        var damaged = RestorationScore.Damage(text, noise);
        watch.Restart();
        var restored = restorer.Restore(damaged);
        var (share, words) = RestorationScore.Compare(text, restored.Text);
        Console.WriteLine($"noise {noise:P0}: {share:P2} of {words:N0} syllables restored exactly in {watch.ElapsedMilliseconds} ms");
    }
    return 0;
}
