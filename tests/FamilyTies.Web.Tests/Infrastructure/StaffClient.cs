using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyTies.Web.Tests.Infrastructure;

/// <summary>A browser-like HTTP client: keeps cookies, does not follow redirects, and posts forms with their antiforgery token.</summary>
public sealed class StaffClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static StaffClient Anonymous(WebApplicationFactory<Program> app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));

    public static async Task<StaffClient> SignedIn(WebApplicationFactory<Program> app, string userName, string? password = null)
    {
        if (app is FamilyTiesApp familyTies)
        {
            await familyTies.CheckSeededUser(userName);
        }
        var client = Anonymous(app);
        var response = await client.SignIn(userName, password ?? FamilyTiesApp.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>Signs in as a new account of its own (<see cref="TestUsers.Create"/>), for a test that changes its user or must not share one.</summary>
    public static async Task<StaffClient> SignedInAsNew(FamilyTiesApp app, string role, params string[] establishmentCodes) =>
        await SignedIn(app, (await TestUsers.Create(app, [role], establishmentCodes)).UserName);

    public async Task<HttpResponseMessage> SignIn(string userName, string password) =>
        await PostForm("/sign-in", "/sign-in", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public async Task<IHtmlDocument> GetPage(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        }
        return await Parse(response);
    }

    public static async Task<IHtmlDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(req => req.Content(html));
    }

    /// <summary>GETs the form page, takes its antiforgery token and posts the given fields (plus any the page pre-filled).</summary>
    public async Task<HttpResponseMessage> PostForm(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields, bool keepPrefilled = false) =>
        await PostFormOn(await GetPage(pageUrl), action, fields, keepPrefilled);

    /// <summary>Posts a form of a page already loaded (for example one a POST returned), with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormOn(IDocument page, string action, IEnumerable<KeyValuePair<string, string>> fields, bool keepPrefilled = false) =>
        await Http.PostAsync(action, new FormUrlEncodedContent(FormValues(page, action, fields, keepPrefilled)));

    /// <summary>A file for <see cref="PostMultipart"/>: the form field it goes in, the name the browser sends, the bytes.</summary>
    public sealed record Upload(string Field, string FileName, byte[] Content, string ContentType = "text/csv");

    /// <summary>GETs the form page and posts it as multipart/form-data, as a browser does for a file upload.</summary>
    public async Task<HttpResponseMessage> PostMultipart(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields, params Upload[] files)
    {
        var page = await GetPage(pageUrl);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FormValues(page, action, fields, keepPrefilled: false))
        {
            content.Add(new StringContent(value), name);
        }
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }
        return await Http.PostAsync(action, content);
    }

    private static List<KeyValuePair<string, string>> FormValues(IDocument page, string action, IEnumerable<KeyValuePair<string, string>> fields, bool keepPrefilled)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action && string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
                   ?? throw new InvalidOperationException($"No form posting to {action} on {page.Url}");
        var values = new List<KeyValuePair<string, string>>();
        if (keepPrefilled)
        {
            var given = fields.Select(f => f.Key).ToHashSet();
            values.AddRange(Prefilled(form).Where(v => !given.Contains(v.Key)));
        }
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
                    ?? throw new InvalidOperationException($"The form posting to {action} has no antiforgery token");
        values.Add(new("__RequestVerificationToken", token));
        values.AddRange(fields);
        // A create form's one-time key goes with the form, as a browser sends every hidden field.
        if (form.QuerySelector<IHtmlInputElement>("input[name=SubmissionKey]")?.Value is { } key && values.All(v => v.Key != "SubmissionKey"))
        {
            values.Add(new("SubmissionKey", key));
        }
        return values;
    }

    private static IEnumerable<KeyValuePair<string, string>> Prefilled(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && name != "__RequestVerificationToken":
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            yield return new(name, input.Value);
                        }
                    }
                    else if (input.Type != "submit")
                    {
                        yield return new(name, input.Value);
                    }
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    yield return new(name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    yield return new(name, area.Value);
                    break;
            }
        }
    }

    public void Dispose() => Http.Dispose();
}

public static class HtmlAssertions
{
    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
}
