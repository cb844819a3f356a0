using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Grassroots.Web.Modules.Accounts.TwoFactor;

/// <summary>The key to enter in an authenticator app, as text and as a QR code, and whether the account already uses it.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri, string QrSvg, bool Enabled);

/// <summary>
/// The signed-in person enrols an authenticator app (TOTP, RFC 6238): the app reads the key (or its QR code), and the
/// six-digit code it then shows proves it; from then on signing in asks for the code.
/// </summary>
[Scoped]
public sealed class EnrolAuthenticator(UserManager<AppUser> users, CurrentUser user)
{
    public const string Issuer = "Dân chủ cơ sở số";

    public async Task<AuthenticatorSetup> SetupAsync(CancellationToken ct)
    {
        var account = await CurrentAsync();
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = (await users.GetAuthenticatorKeyAsync(account))!;
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qr).GetGraphic(4);
        return new AuthenticatorSetup(string.Join(" ", key.Chunk(4).Select(c => new string(c))), uri, svg, account.TwoFactorEnabled);
    }

    /// <summary>The code the app shows proves it holds the key: the second factor is on.</summary>
    public async Task ConfirmAsync(string? code, CancellationToken ct)
    {
        new Validation().Text(code, "totpCode", FieldLength.ShortCode).ThrowIfInvalid();
        var account = await CurrentAsync();
        if (!await users.VerifyTwoFactorTokenAsync(account, TokenOptions.DefaultAuthenticatorProvider, Text.Clean(code).Replace(" ", "", StringComparison.Ordinal)))
        {
            throw DomainException.Invalid("Auth.WrongCode");
        }
        await users.SetTwoFactorEnabledAsync(account, true);
    }

    private async Task<AppUser> CurrentAsync() =>
        await users.FindByIdAsync(user.Id?.ToString() ?? "") ?? throw new DomainException(StatusCodes.Status401Unauthorized, "Auth.Required");
}
