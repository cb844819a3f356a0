using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Sdk;

namespace Grassroots.Tests.Infrastructure;

/// <summary>A browser-like client: cookies, the antiforgery token of each form, the real sign-in page.</summary>
public sealed partial class PageClient : IDisposable
{
    public HttpClient Client { get; }

    private PageClient(HttpClient client) => Client = client;

    public static async Task<PageClient> SignInAsync(GrassrootsApp app, string userName, string? password = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = new PageClient(client);
        var response = await page.PostFormAsync("/account/login", new()
        {
            ["UserName"] = userName,
            ["Password"] = password ?? (userName == DemoAccounts.AdminUserName ? DemoAccounts.AdminPassword : DemoAccounts.DemoPassword),
        });
        if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("id=\"login-code\"", StringComparison.Ordinal))
        {
            // Administrators and heads: the second step asks for the authenticator's code.
            response = await page.PostFormAsync("/account/login?handler=Code", new() { ["Code"] = DemoAccounts.CurrentCode() }, "/account/login");
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new XunitException($"Sign-in page refused {userName}: {(int)response.StatusCode}");
        }
        return page;
    }

    /// <summary>A browser-like client over a client the test made (its own headers, e.g. its address).</summary>
    public static Task<PageClient> FromClientAsync(HttpClient client) => Task.FromResult(new PageClient(client));

    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var html = await Client.GetStringAsync(formPage ?? url);
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new XunitException($"No antiforgery token on {formPage ?? url}");
        }
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>A form with files, as a browser sends it (multipart/form-data), with the antiforgery token of the page it comes from.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Field, string FileName, byte[] Content)> files,
        string? formPage = null)
    {
        var html = await Client.GetStringAsync(formPage ?? url);
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new XunitException($"No antiforgery token on {formPage ?? url}");
        }
        var content = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var (field, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }
        return await Client.PostAsync(url, content);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
