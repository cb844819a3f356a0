using System.Diagnostics;

namespace Grassroots.Web.Modules.Reports;

/// <summary>Word → PDF through LibreOffice (<c>soffice</c> on the PATH); null where it is not installed.</summary>
public static class ReportPdf
{
    public static string? Soffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists);

    public static async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        if (Soffice() is not { } soffice)
        {
            return null;
        }
        var dir = System.IO.Directory.CreateTempSubdirectory("grassroots-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "bao-cao.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { "--headless", $"-env:UserInstallation=file://{dir.FullName}/profile", "--convert-to", "pdf", "--outdir", dir.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(dir.FullName, "bao-cao.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : null;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
