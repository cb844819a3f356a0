using System.Net;
using System.Net.Http.Json;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// Unit B, whose records the people of unit A try to reach in the unit-scope test (Platform/UnitScopeEveryEndpointTests):
/// B's codes, B's own administrator (who lays B's records) and B's own officer, and the records each module laid.
/// </summary>
public sealed class ScopeTarget(GrassrootsApp app, string code, string holderCode, string officer, HttpClient admin)
{
    private readonly Dictionary<string, object> _records = [];

    public GrassrootsApp App { get; } = app;

    /// <summary>The unit under test (an old commune merged away in 2025, or a commune of today).</summary>
    public string Code { get; } = code;

    /// <summary>The unit that holds B's records today (B itself, or the commune B was merged into).</summary>
    public string HolderCode { get; } = holderCode;

    /// <summary>B's own officer: a page or endpoint refused to A must work for B (a case that A cannot reach only because its id is wrong proves nothing).</summary>
    public string Officer { get; } = officer;

    /// <summary>An administrator who may act for B (the nation's), to lay B's records.</summary>
    public HttpClient Admin { get; } = admin;

    public void Set(string name, object value) => _records[name] = value;

    public T Get<T>(string name) => _records.TryGetValue(name, out var v) ? (T)v : throw new KeyNotFoundException($"No record '{name}' was laid for B.");

    public Guid Id(string name) => Get<Guid>(name);
}

/// <summary>What the person of A gets on an API endpoint, given B's records.</summary>
public delegate Task ApiCase(HttpClient client, ScopeTarget b);

/// <summary>What a page shows the person of A.</summary>
public enum PageExpectation
{
    /// <summary>B's page: 403 with a Vietnamese page saying why; B's own officer gets 200.</summary>
    Refused,

    /// <summary>A list or a form of A's own: 200, and nothing of B's in it (<see cref="PageCase.Marker"/>), which B's own officer sees.</summary>
    HidesB,

    /// <summary>A page about the caller only (their home, their tokens, the national calendar): 200 or 403 for A, never <see cref="PageCase.Marker"/>.</summary>
    Own,

    /// <summary>Public by design (the portal): 200 for anyone, and never <see cref="PageCase.Marker"/> (a secret of B's) in it.</summary>
    Public,
}

public sealed record PageCase(Func<ScopeTarget, string> Url, PageExpectation Expect, Func<ScopeTarget, string>? Marker = null)
{
    public static PageCase Refused(Func<ScopeTarget, string> url) => new(url, PageExpectation.Refused);

    public static PageCase Hides(Func<ScopeTarget, string> url, Func<ScopeTarget, string> marker) => new(url, PageExpectation.HidesB, marker);

    public static PageCase Public(Func<ScopeTarget, string> url, Func<ScopeTarget, string>? secret = null) => new(url, PageExpectation.Public, secret);

    public static PageCase Own(string url, Func<ScopeTarget, string>? marker = null) => new(_ => url, PageExpectation.Own, marker);
}

/// <summary>
/// One module's cases of the unit-scope test: every API endpoint and page of the module, what it gives a person of
/// another unit, the records of B they need, and a summary of the module's records (which must not change while A's
/// people try). One class per module, in the module's test folder; the test finds them all.
/// </summary>
public abstract class ScopeCases
{
    /// <summary>Cases are arranged in this order (a module whose cases use another module's records of B comes after it).</summary>
    public virtual int Order => 0;

    /// <summary>Page checks beyond a GET (a form posted by A's person to B's page), as the signed-in person of A.</summary>
    public virtual Task PageFormsAsync(PageClient a, ScopeTarget b) => Task.CompletedTask;

    /// <summary>Lays B's records this module's cases need, as B's administrator.</summary>
    public virtual Task ArrangeAsync(ScopeTarget b) => Task.CompletedTask;

    /// <summary>"METHOD /api/v1/route" (as the route table spells it) → what the person of A gets.</summary>
    public abstract IReadOnlyDictionary<string, ApiCase> Api { get; }

    /// <summary>"/route" (as the page declares it) → what the page shows the person of A.</summary>
    public abstract IReadOnlyDictionary<string, PageCase> Pages { get; }

    /// <summary>The module's records in one line: any change made by A's people shows.</summary>
    public abstract Task<string> SnapshotAsync(AppDbContext db);

    /// <summary>Refused: 403 with problem details. Not 404: a case that cannot find its record has not reached the scope check.</summary>
    protected static async Task Denied(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden,
            $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: expected 403, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    protected static async Task Status(HttpStatusCode expected, Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A list the caller may read: 200 (or 403 for a caller without the permission at all), and nothing of B's in it.</summary>
    protected static async Task HidesB(Task<HttpResponseMessage> call, string marker)
    {
        var response = await call;
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync());
    }

    protected static T Read<T>(HttpResponseMessage response) => response.Content.ReadFromJsonAsync<T>(GrassrootsApp.Json).GetAwaiter().GetResult()!;

    public static MultipartFormDataContent Sheet(byte[] xlsx)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", "so-lieu.xlsx");
        return content;
    }

    public static MultipartFormDataContent Pdf(string name = "bien-ban.pdf")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4 biên bản"u8.ToArray());
        file.Headers.ContentType = new("application/pdf");
        content.Add(file, "file", name);
        return content;
    }
}
