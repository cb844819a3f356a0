using System.Text.Json;
using System.Text.Json.Nodes;

namespace Grassroots.Web.Platform.Outbox;

/// <summary>
/// The phone channel's adapter, chosen by configuration (<c>Sms:Provider</c>): <c>Logging</c> (the default; development
/// and tests: no network), <c>Http</c> (an SMS brand-name gateway taking a JSON POST) or <c>Zalo</c> (Zalo ZNS, a
/// registered template sent to the phone's Zalo account).
/// </summary>
public sealed class SmsOptions
{
    public string Provider { get; set; } = "Logging";

    /// <summary>The gateway's endpoint (Http), or Zalo's (default https://business.openapi.zalo.me/message/template).</summary>
    public string? Url { get; set; }

    /// <summary>Http: the key sent in <see cref="ApiKeyHeader"/>.</summary>
    public string? ApiKey { get; set; }

    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>Http: the registered sender name (brand name) shown on the phone.</summary>
    public string? Brandname { get; set; }

    /// <summary>Zalo: the Official Account's access token (header <c>access_token</c>).</summary>
    public string? AccessToken { get; set; }

    /// <summary>Zalo: the approved ZNS template, with one parameter named by <see cref="TemplateParameter"/> for the text.</summary>
    public string? TemplateId { get; set; }

    public string TemplateParameter { get; set; } = "content";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>A provider's refusal: <see cref="Permanent"/> when no retry can help (a rejected number or template).</summary>
public sealed class PhoneProviderException(string message, bool permanent, int? statusCode = null) : Exception(message)
{
    public bool Permanent { get; } = permanent;
    public int? StatusCode { get; } = statusCode;
}

internal static class PhoneNumbers
{
    /// <summary>Vietnam's numbers in the international form the gateways want: "0912345678" → "84912345678".</summary>
    public static string International(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith('0') ? "84" + digits[1..] : digits;
    }

    /// <summary>An HTTP status as the outbox treats it: 408, 429 and 5xx are tried again later; other 4xx never will succeed.</summary>
    public static PhoneProviderException Refused(string provider, int status, string? detail) =>
        new($"{provider} HTTP {status}{(string.IsNullOrWhiteSpace(detail) ? "" : ": " + EmailChannel.Short(detail))}",
            permanent: status is >= 400 and < 500 and not 408 and not 429, status);
}

/// <summary>
/// An SMS brand-name gateway: <c>POST {Url}</c> with JSON <c>{ "to": "849…", "from": brandname, "text": …, "id": outbox id }</c>
/// and the key in a header; a 2xx answer is sent, the id lets the gateway recognise a repeat after a crash.
/// </summary>
public sealed class HttpSmsMessenger(IHttpClientFactory http, Microsoft.Extensions.Options.IOptionsMonitor<SmsOptions> options) : IPhoneMessenger
{
    public const string HttpClientName = "sms";

    public async Task SendAsync(string phone, string text, CancellationToken ct) => await SendAsync(phone, text, Guid.NewGuid().ToString(), ct);

    public async Task SendAsync(string phone, string text, string id, CancellationToken ct)
    {
        var o = options.CurrentValue;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url)
        {
            Content = JsonContent.Create(new { to = PhoneNumbers.International(phone), from = o.Brandname, text, id }),
        };
        if (!string.IsNullOrEmpty(o.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(o.ApiKeyHeader, o.ApiKeyHeader == "Authorization" ? "Bearer " + o.ApiKey : o.ApiKey);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new PhoneProviderException("SMS gateway: timeout", permanent: false);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw PhoneNumbers.Refused("SMS gateway", (int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
            }
        }
    }
}

/// <summary>
/// Zalo ZNS (Zalo Notification Service): <c>POST https://business.openapi.zalo.me/message/template</c> with the header
/// <c>access_token</c> and JSON <c>{ phone, template_id, template_data: { content }, tracking_id }</c>; Zalo answers 200 with
/// <c>"error": 0</c> when accepted, another code and a message when refused (the message is kept as the attempt's error).
/// </summary>
public sealed class ZaloMessenger(IHttpClientFactory http, Microsoft.Extensions.Options.IOptionsMonitor<SmsOptions> options) : IPhoneMessenger
{
    public const string DefaultUrl = "https://business.openapi.zalo.me/message/template";

    public async Task SendAsync(string phone, string text, CancellationToken ct) => await SendAsync(phone, text, Guid.NewGuid().ToString("N"), ct);

    public async Task SendAsync(string phone, string text, string id, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var data = new JsonObject { [o.TemplateParameter] = text };
        using var request = new HttpRequestMessage(HttpMethod.Post, string.IsNullOrWhiteSpace(o.Url) ? DefaultUrl : o.Url)
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["phone"] = PhoneNumbers.International(phone), ["template_id"] = o.TemplateId, ["template_data"] = data, ["tracking_id"] = id,
            }),
        };
        request.Headers.TryAddWithoutValidation("access_token", o.AccessToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(HttpSmsMessenger.HttpClientName).SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new PhoneProviderException("Zalo ZNS: timeout", permanent: false);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw PhoneNumbers.Refused("Zalo ZNS", (int)response.StatusCode, body);
            }
            int error;
            string? message;
            try
            {
                using var doc = JsonDocument.Parse(body);
                error = doc.RootElement.TryGetProperty("error", out var e) && e.TryGetInt32(out var code) ? code : -1;
                message = doc.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
            }
            catch (JsonException)
            {
                throw new PhoneProviderException("Zalo ZNS: unreadable answer", permanent: false);
            }
            if (error != 0)
            {
                // Zalo's negative codes: a quota or a busy server (-32, -124…) may pass; a wrong template, phone or token will not.
                var retry = error is -32 or -124 or -1;
                throw new PhoneProviderException(EmailChannel.Short($"Zalo ZNS error {error}: {message}"), permanent: !retry);
            }
        }
    }
}

/// <summary>The adapter of <c>Sms:Provider</c>, read at each message (a changed setting takes effect without a restart).</summary>
public sealed class PhoneMessengerRouter(Microsoft.Extensions.Options.IOptionsMonitor<SmsOptions> options, LoggingPhoneMessenger logging,
    HttpSmsMessenger http, ZaloMessenger zalo) : IPhoneMessenger
{
    private IPhoneMessenger Current => options.CurrentValue.Provider.ToLowerInvariant() switch
    {
        "http" => http,
        "zalo" => zalo,
        _ => logging,
    };

    public Task SendAsync(string phone, string text, CancellationToken ct) => Current.SendAsync(phone, text, ct);

    public Task SendAsync(string phone, string text, string id, CancellationToken ct) => Current.SendAsync(phone, text, id, ct);
}
