using System.Net;
using System.Text.RegularExpressions;

namespace FamilyTies.Bench;

/// <summary>
/// One member of staff at a browser: their own cookies (sign-in and antiforgery) and connection, no redirects followed,
/// forms posted with the antiforgery token read from the page that shows them.
/// </summary>
public sealed partial class StaffHttpClient : IDisposable
{
    private readonly HttpClient _http;

    public StaffHttpClient(Uri baseAddress, TimeSpan requestTimeout)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = requestTimeout };
    }

    public sealed record Page(HttpStatusCode Status, string Html, string? Location);

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"|<input[^>]*value="([^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex TokenInput();

    /// <summary>The antiforgery token of the first form on a page, or null.</summary>
    public static string? Token(string html)
    {
        var match = TokenInput().Match(html);
        return !match.Success ? null : WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    public async Task<Page> Get(string url, CancellationToken ct)
    {
        using var response = await _http.GetAsync(url, ct);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(ct), response.Headers.Location?.OriginalString);
    }

    public async Task<Page> Post(string url, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(url, content, ct);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(ct), response.Headers.Location?.OriginalString);
    }

    /// <summary>Signs in through the real form: GET /sign-in for its token, POST the username and password. A 302 is success.</summary>
    public async Task SignIn(string userName, string password, CancellationToken ct)
    {
        var page = await Get("/sign-in", ct);
        var token = Token(page.Html)
                    ?? throw new InvalidOperationException($"GET /sign-in gave {(int)page.Status} without an antiforgery token");
        var result = await Post("/sign-in", [new("UserName", userName), new("Password", password), new("__RequestVerificationToken", token)], ct);
        if (result.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} gave {(int)result.Status}, not a redirect");
        }
    }

    public void Dispose() => _http.Dispose();
}
