using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// Walks a journey as a browser without JavaScript does: presses a page's buttons and follows its links, sending each
/// form the way its markup says (GET in the query string, POST in the body) with what the page pre-filled, and keeps
/// every URL requested and every redirect's Location, so a test can check what reached the address bar.
/// </summary>
public sealed class JourneyWalker(StaffClient client)
{
    public List<string> Urls { get; } = [];

    public async Task<IHtmlDocument> Get(string url)
    {
        var response = await Send(HttpMethod.Get, url, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffClient.Parse(response);
    }

    public async Task<IHtmlDocument> Follow(IDocument page, string linkSelector) =>
        await Get(page.QuerySelector(linkSelector)?.GetAttribute("href") ?? throw new InvalidOperationException($"No link {linkSelector}"));

    /// <summary>Presses the button whose text is <paramref name="button"/>; given fields replace what the page pre-filled under those names.</summary>
    public async Task<HttpResponseMessage> Press(IDocument page, string button, params (string Name, string Value)[] fields)
    {
        var pressed = page.QuerySelectorAll<IHtmlButtonElement>("button").FirstOrDefault(b => Squash(b.TextContent) == button)
                      ?? throw new InvalidOperationException($"No button \"{button}\" on the page; buttons: {string.Join(", ", page.QuerySelectorAll("button").Select(b => Squash(b.TextContent)))}");
        var form = pressed.Form ?? throw new InvalidOperationException($"The button \"{button}\" is in no form");
        var given = fields.Select(f => f.Name).ToHashSet();
        var values = Prefilled(form).Where(v => !given.Contains(v.Key)).ToList();
        if (!string.IsNullOrEmpty(pressed.Name))
        {
            values.Add(new(pressed.Name, pressed.Value));
        }
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = pressed.GetAttribute("formaction") ?? form.GetAttribute("action") ?? throw new InvalidOperationException("A form with no action");
        var method = (pressed.GetAttribute("formmethod") ?? form.GetAttribute("method") ?? "get").ToUpperInvariant();
        if (method == "POST")
        {
            return await Send(HttpMethod.Post, action, new FormUrlEncodedContent(values));
        }
        var query = string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        return await Send(HttpMethod.Get, action + (action.Contains('?') ? "&" : "?") + query, null);
    }

    /// <summary>As <see cref="Press"/>, expecting a page back.</summary>
    public async Task<IHtmlDocument> PressFor(IDocument page, string button, params (string Name, string Value)[] fields)
    {
        var response = await Press(page, button, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffClient.Parse(response);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, HttpContent? content)
    {
        Urls.Add(url);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var response = await client.Http.SendAsync(request);
        if (response.Headers.Location is { } location)
        {
            Urls.Add(location.OriginalString);
        }
        return response;
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<KeyValuePair<string, string>> Prefilled(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        yield return new(input.Name!, input.Value);
                    }
                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type != "submit":
                    yield return new(input.Name!, input.Value);
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    yield return new(select.Name!, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    yield return new(area.Name!, area.Value);
                    break;
            }
        }
    }
}
