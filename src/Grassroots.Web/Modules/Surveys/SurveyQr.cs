using QRCoder;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>The QR code of a campaign's public link, as a PNG, for the page printed at the one-stop counter.</summary>
public static class SurveyQr
{
    /// <summary>The public link the code carries: the form, marked as reached from the counter's QR code.</summary>
    public static string Link(HttpRequest request, string publicCode) => $"{request.Scheme}://{request.Host}/p/s/{publicCode}?qr=1";

    public static byte[] Png(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(12);
    }
}
