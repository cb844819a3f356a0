using System.Net.Http.Json;
using System.Text.Json;

namespace Grassroots.Bench;

/// <summary>
/// A bearer token for a demo account. Administrators and heads confirm with an authenticator code: the bench computes
/// the current code of the demo key (the key of <c>Platform/Demo/DemoSetup.cs</c>, as on the demo's sign-in page);
/// other accounts ignore it.
/// </summary>
internal static class BenchAuth
{
    public const string DemoTwoFactorKey = "GRASSROOTSDEMO2FAKEYGRASSROOTS23";

    public static async Task<string> TokenAsync(HttpClient http, string user, string password)
    {
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(DemoTwoFactorKey)).ComputeTotp();
        using var r = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password, code });
        if (!r.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"no token for {user}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        }
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
