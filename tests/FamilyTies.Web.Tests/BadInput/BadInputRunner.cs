using System.Net;
using System.Reflection;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>Sends every row's variants, in sequence, checking each response and the database around it.</summary>
public sealed class BadInputRunner(BadInputWorld world, DatabaseSnapshot snapshot, IReadOnlyDictionary<string, MethodInfo> actions)
{
    public List<string> Failures { get; } = [];
    public List<string> KnownSeen { get; } = [];
    public int Requests { get; private set; }
    public int Variants { get; private set; }
    public Dictionary<string, int> PerAction { get; } = [];

    public async Task Run(PostRow row)
    {
        var action = actions[row.Action];
        var reflected = FormFields.Of(action);
        var client = await world.Client(row.User);
        PostTarget? target = null;
        FormState? form = null;
        var knownReproduced = false;
        var sent = 0;

        var steps = Enum.GetValues<Bad>().Select(b => new Step(b.ToString(), b, null, null)).ToList();
        var extrasAdded = false;
        for (var i = 0; i < steps.Count; i++)
        {
            var (name, bad, extra, extraExpect) = steps[i];
            if (row.FreshClient)
            {
                client = await world.NewClient(row.User);
                target = null;
            }
            if (target is null)
            {
                target = await row.Arrange(world);
                form = await FormPage(client, target);
            }
            if (!extrasAdded)
            {
                steps.AddRange(target.Extras.Select(e => new Step(e.Name, null, e.Fields, e.Expect)));
                extrasAdded = true;
            }
            var fields = reflected.Select(f => f.Kind == FieldKind.Text && form!.Choices.Contains(f.Name) ? f with { Kind = FieldKind.Choice } : f).ToList();
            if (bad is { } b && !Applies(b, row, fields, target))
            {
                continue;
            }
            var (url, values) = bad is { } v ? Build(v, fields, target) : (Url(target.Url, target.Route), extra!.ToDictionary());
            var expected = bad is { } e ? row.Expected(e, target) : extraExpect!.Value;

            var before = snapshot.Take();
            using var response = await Send(client, url, form!, values, fields, bad, target);
            var after = snapshot.Take();
            Requests++;
            sent++;
            var problem = await Check(response, expected, DatabaseSnapshot.Differences(before, after), row.SignsOut,
                nextStepAlsoRight: row.CarriesLaterAnswers && expected == Outcome.Refused);
            var label = $"{row.Action} [{name}] as {row.User}";
            if (problem is not null)
            {
                if (row.Known is { } known && (bad is { } k ? known.Covers(k) : known.Variants.Length == 0))
                {
                    knownReproduced = true;
                    KnownSeen.Add($"{label}: {problem} (known: {known.Item})");
                }
                else
                {
                    Failures.Add($"{label}: {problem}");
                }
            }
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
            {
                target = null; // the target may be used up (a restriction ended, a visit cancelled): arrange another
            }
        }
        if (row.Known is not null && !knownReproduced)
        {
            Failures.Add($"{row.Action}: the known issue ({row.Known.Item}) no longer happens: remove the Known mark from its row");
        }
        Variants += sent;
        PerAction[row.Action] = PerAction.GetValueOrDefault(row.Action) + sent;
    }

    /// <summary>The form page's antiforgery token, the fields it offers as options, and a create form's one-time key.</summary>
    private sealed record FormState(string Token, HashSet<string> Choices, string? SubmissionKey);

    private sealed record Step(string Name, Bad? Bad, Dictionary<string, string[]>? Fields, Outcome? Expect);

    public async Task Run(GetRow row)
    {
        var action = actions[row.Action];
        var fields = FormFields.Of(action);
        var client = await world.Client(row.User);
        var target = await row.Arrange(world);
        var knownReproduced = false;
        var sent = 0;
        foreach (var bad in BadValues.ForQueries)
        {
            var hasIds = target.Route.Count > 0 || fields.Any(f => f.Kind == FieldKind.Id && target.Query.ContainsKey(f.Name));
            if (bad is Bad.MissingId or Bad.ForeignId && !hasIds)
            {
                continue;
            }
            var (path, values) = Build(bad, fields.Where(f => f.Kind != FieldKind.File).ToList(),
                new PostTarget { Url = target.Url, Route = target.Route, Fields = target.Query, Foreign = target.Foreign });
            var url = path + Query(values);
            var before = snapshot.Take();
            using var response = await client.Http.GetAsync(url);
            var after = snapshot.Take();
            Requests++;
            sent++;
            var expected = row.Expected(bad);
            if (bad != Bad.Baseline && fields.Any(f => f.Kind == FieldKind.Id))
            {
                // A page about a record named in the query (?prisonerId=, ?corrects=): a value that names none is "not found".
                expected = [.. expected, .. row.IdStatuses];
            }
            var changed = DatabaseSnapshot.Differences(before, after);
            string? problem = null;
            if ((int)response.StatusCode >= 500)
            {
                problem = $"server error {(int)response.StatusCode}";
            }
            else if (!expected.Contains((int)response.StatusCode))
            {
                problem = $"status {(int)response.StatusCode} {response.Headers.Location}, expected {string.Join(" or ", expected)}";
            }
            else if (changed.Count > 0)
            {
                problem = "rows changed on a GET: " + string.Join(", ", changed);
            }
            if (problem is not null)
            {
                var label = $"GET {row.Action} [{bad}] {Shorten(url)}";
                if (row.Known?.Covers(bad) == true)
                {
                    knownReproduced = true;
                    KnownSeen.Add($"{label}: {problem} (known: {row.Known.Item})");
                }
                else
                {
                    Failures.Add($"{label}: {problem}");
                }
            }
        }
        if (row.Known is not null && !knownReproduced)
        {
            Failures.Add($"{row.Action}: the known issue ({row.Known.Item}) no longer happens: remove the Known mark from its row");
        }
        Variants += sent;
        PerAction[row.Action] = PerAction.GetValueOrDefault(row.Action) + sent;
    }

    private static bool Applies(Bad bad, PostRow row, List<FormField> fields, PostTarget target) => bad switch
    {
        Bad.Baseline => !row.NoBaseline,
        Bad.MissingId or Bad.ForeignId => target.Route.Count > 0 || fields.Any(f => f.Kind == FieldKind.Id),
        _ => true,
    };

    /// <summary>The address and the fields for a variant, from the target's good form.</summary>
    public static (string Url, Dictionary<string, string[]> Fields) Build(Bad bad, List<FormField> fields, PostTarget target)
    {
        var route = new Dictionary<string, string>(target.Route);
        var values = target.Fields.ToDictionary(kv => kv.Key, kv => kv.Value);
        var names = fields.Where(f => f.Kind != FieldKind.File).Select(f => f.Name).Concat(values.Keys).Distinct().ToList();
        string? First(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : null;
        switch (bad)
        {
            case Bad.Baseline:
                break;
            case Bad.Missing:
                values.Clear();
                break;
            case Bad.Empty:
                values = names.ToDictionary(n => n, _ => new[] { "" });
                break;
            case Bad.Array:
                values = names.ToDictionary(n => n, n => new[] { "" }.Concat(values.TryGetValue(n, out var v) && v.Length > 0 ? v : ["x"]).ToArray());
                break;
            case Bad.MissingId or Bad.ForeignId:
                var foreign = bad == Bad.ForeignId;
                string IdFor(string name) => foreign && target.Foreign.TryGetValue(name, out var id) ? id : BadValues.NotFoundId;
                foreach (var key in route.Keys.ToList())
                {
                    route[key] = IdFor(key);
                }
                foreach (var field in fields.Where(f => f.Kind == FieldKind.Id))
                {
                    values[field.Name] = [IdFor(field.Name)];
                }
                break;
            default:
                var kinds = BadValues.Targets(bad);
                var chosen = fields.Where(f => kinds.Contains(f.Kind)).ToList();
                if (chosen.Count == 0)
                {
                    // The form has no field of this kind: send the value to every field instead (type confusion).
                    chosen = fields.Where(f => f.Kind != FieldKind.File).ToList();
                }
                foreach (var field in chosen)
                {
                    values[field.Name] = [BadValues.Value(bad, First(field.Name))!];
                }
                break;
        }
        if (names.Count == 0 && bad is not (Bad.Baseline or Bad.Missing or Bad.MissingId or Bad.ForeignId))
        {
            // An action that reads nothing from the request still gets a value, which it must ignore.
            values["unexpected"] = bad == Bad.Array ? ["", "x"] : [BadValues.Value(bad, "x") ?? ""];
        }
        return (Url(target.Url, route), values);
    }

    private static string Url(string template, Dictionary<string, string> route) =>
        route.Aggregate(template, (url, kv) => url.Replace("{" + kv.Key + "}", Uri.EscapeDataString(kv.Value), StringComparison.Ordinal));

    private static string Query(Dictionary<string, string[]> values)
    {
        var pairs = values.SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v)}")).ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private async Task<FormState> FormPage(StaffClient client, PostTarget target)
    {
        var address = target.FormPage ?? "/";
        var response = await client.Http.GetAsync(address);
        Requests++;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            // Anonymous clients get the token from the sign-in page.
            response = await client.Http.GetAsync("/sign-in");
            Requests++;
        }
        var page = await StaffClient.Parse(response);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
                    ?? throw new InvalidOperationException($"No antiforgery token on {address} ({(int)response.StatusCode})");
        if (target.Prefill)
        {
            var action = Url(target.Url, target.Route);
            var formElement = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action && string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
                              ?? throw new InvalidOperationException($"No form posting to {action} on {address}");
            foreach (var (name, values) in Prefilled(formElement))
            {
                target.Fields.TryAdd(name, values);
            }
        }
        var choices = page.QuerySelectorAll("select[name]").Select(e => e.GetAttribute("name")!)
            .Concat(page.QuerySelectorAll("input[type=radio][name]").Select(e => e.GetAttribute("name")!))
            .Concat(page.QuerySelectorAll("input[type=checkbox][name]").Where(e => e.GetAttribute("value") != "true").Select(e => e.GetAttribute("name")!))
            .ToHashSet();
        var key = page.QuerySelector<IHtmlInputElement>("input[name=SubmissionKey]")?.Value;
        return new FormState(token, choices, key);
    }

    /// <summary>The values a browser would post from the form as the page shows it.</summary>
    private static Dictionary<string, string[]> Prefilled(IHtmlFormElement form)
    {
        var values = new List<(string Name, string Value)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && name != "__RequestVerificationToken" && input.Type != "submit":
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        values.Add((name, input.Value));
                    }
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => (name, o.Value)));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    values.Add((name, area.Value));
                    break;
            }
        }
        return values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.Select(v => v.Value).ToArray());
    }

    private static async Task<HttpResponseMessage> Send(StaffClient client, string url, FormState form, Dictionary<string, string[]> values,
        List<FormField> fields, Bad? bad, PostTarget target)
    {
        var pairs = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.Token) };
        pairs.AddRange(values.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v))));
        if (form.SubmissionKey is { } key && !values.ContainsKey("SubmissionKey"))
        {
            // A create form's one-time key goes with every variant, as a browser sends every hidden field.
            pairs.Add(new("SubmissionKey", key));
        }
        var file = fields.FirstOrDefault(f => f.Kind == FieldKind.File);
        if (file is null)
        {
            return await client.Http.PostAsync(url, new FormUrlEncodedContent(pairs));
        }
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in pairs)
        {
            content.Add(new StringContent(value), name);
        }
        if (bad is { } b && target.File?.Invoke(b) is { } bytes)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            content.Add(part, file.Name, "roll.csv");
        }
        return await client.Http.PostAsync(url, content);
    }

    private static async Task<string?> Check(HttpResponseMessage response, Outcome expected, List<string> changed, bool signsOut, bool nextStepAlsoRight = false)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (status >= 500)
        {
            return $"server error {status}";
        }
        var redirect = status is 302 or 303;
        if (redirect && ((!signsOut && location.StartsWith("/sign-in", StringComparison.Ordinal)) || location.StartsWith("/error", StringComparison.Ordinal)))
        {
            return $"redirected to {location}";
        }
        IDocument? page = redirect ? null : await StaffClient.Parse(response);
        var summary = page?.QuerySelector(".govuk-error-summary") is not null;
        var actual = redirect ? Outcome.Accepted : status == 404 ? Outcome.NotFound : summary ? Outcome.Refused : status == 200 ? Outcome.NextStep : (Outcome?)null;
        string Describe() => redirect ? $"redirect to {location}"
            : $"{status} \"{page?.QuerySelector("h1")?.TextContent.Trim()}\"{(summary ? ": " + string.Join(" | ", page!.ErrorSummary().Take(3)) : " with no error summary")}";
        if (actual != expected && !(nextStepAlsoRight && actual == Outcome.NextStep))
        {
            return $"expected {expected}, got {Describe()}{(changed.Count > 0 ? "; rows changed: " + string.Join(", ", changed) : "")}";
        }
        if (expected != Outcome.Accepted && changed.Count > 0)
        {
            return $"{expected} ({Describe()}) but rows changed: {string.Join(", ", changed)}";
        }
        return null;
    }

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;
}
