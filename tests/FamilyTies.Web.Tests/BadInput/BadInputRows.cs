namespace FamilyTies.Web.Tests.BadInput;

/// <summary>What a POST should do with a variant.</summary>
public enum Outcome
{
    /// <summary>The form again with the GOV.UK error summary, and no row changed in any table.</summary>
    Refused,
    /// <summary>404 (a record of another establishment, or none), and no row changed.</summary>
    NotFound,
    /// <summary>A redirect: the action legitimately accepts the input (the row says why).</summary>
    Accepted,
    /// <summary>A journey step's next page (200, no error summary), and no row changed: the answers so far are fine.</summary>
    NextStep,
}

/// <summary>
/// A defect another part of issue 15 fixes: its variants are still sent and their outcome reported, but a failure
/// there does not fail the test. When none of them fails any more, the test fails until the mark is removed, so the
/// row is switched on as soon as the fix is merged.
/// </summary>
public sealed record KnownIssue(string Item, params Bad[] Variants)
{
    public bool Covers(Bad bad) => Variants.Length == 0 || Variants.Contains(bad);
}

/// <summary>Where a POST goes and a good form for it, arranged fresh for the row (and again after an accepted variant).</summary>
public sealed class PostTarget
{
    /// <summary>The action's address, with route values in braces: "/prisoners/{id}/edit".</summary>
    public required string Url { get; init; }

    /// <summary>The valid route values, by name.</summary>
    public Dictionary<string, string> Route { get; init; } = [];

    /// <summary>The page holding the form: its antiforgery token, and which fields it offers as options. Null: the home page's token.</summary>
    public string? FormPage { get; init; }

    /// <summary>Start the good form from the values the form page shows (an edit page), then apply <see cref="Fields"/>.</summary>
    public bool Prefill { get; init; }

    /// <summary>The good form (the baseline). Fields the action binds but this leaves out are still sent every bad value.</summary>
    public Dictionary<string, string[]> Fields { get; init; } = [];

    /// <summary>For route values and id fields: an id of the same kind of record in another establishment.</summary>
    public Dictionary<string, string> Foreign { get; init; } = [];

    /// <summary>The content of a file field for each variant (null: no file).</summary>
    public Func<Bad, byte[]?>? File { get; init; }

    /// <summary>Variants only this action has, with what it should do with each.</summary>
    public List<(string Name, Dictionary<string, string[]> Fields, Outcome Expect)> Extras { get; init; } = [];
}

/// <summary>One POST action: who may use it, how to arrange a target, and what it should do with each variant.</summary>
public sealed record PostRow(string Action, string User, Func<BadInputWorld, Task<PostTarget>> Arrange)
{
    /// <summary>Variants whose outcome differs from the default (baseline accepted, ids in the route 404, the rest refused).</summary>
    public Dictionary<Bad, Outcome> Expect { get; init; } = [];

    /// <summary>Why the variants this row accepts are legitimate.</summary>
    public string? Why { get; init; }

    public KnownIssue? Known { get; init; }

    /// <summary>Each variant from a new client (signing in, or anonymous): for sign-in and sign-out.</summary>
    public bool FreshClient { get; init; }

    /// <summary>The action signs the user out: its answer is the sign-in page.</summary>
    public bool SignsOut { get; init; }

    /// <summary>No good submission is sent (the row says why in <see cref="Why"/>).</summary>
    public bool NoBaseline { get; init; }

    /// <summary>A step of a journey whose answers travel in the POST body: a good form gets the next step's page.</summary>
    public bool JourneyStep { get; init; }

    /// <summary>
    /// The step checks only the answers up to it and carries the later ones forward unread, as hidden fields: a bad
    /// later answer may get the next step (nothing saved) instead of an error; the check step refuses it.
    /// </summary>
    public bool CarriesLaterAnswers { get; init; }

    public Outcome Expected(Bad bad, PostTarget target) =>
        Expect.TryGetValue(bad, out var outcome) ? outcome
        : bad == Bad.Baseline ? (JourneyStep ? Outcome.NextStep : Outcome.Accepted)
        : bad is Bad.MissingId or Bad.ForeignId && target.Route.Count > 0 ? Outcome.NotFound
        : Outcome.Refused;
}

public sealed class GetTarget
{
    public required string Url { get; init; }
    public Dictionary<string, string> Route { get; init; } = [];
    public Dictionary<string, string[]> Query { get; init; } = [];
    public Dictionary<string, string> Foreign { get; init; } = [];
}

/// <summary>One GET action: the statuses its page may answer a bad query with, and no row changed (a Read audit event aside).</summary>
public sealed record GetRow(string Action, string User, Func<BadInputWorld, Task<GetTarget>> Arrange)
{
    /// <summary>The statuses for the baseline and for bad query values.</summary>
    public int[] Statuses { get; init; } = [200];

    /// <summary>The statuses for an id that names nothing or a record of another establishment.</summary>
    public int[] IdStatuses { get; init; } = [404];

    public Dictionary<Bad, int[]> Expect { get; init; } = [];

    public KnownIssue? Known { get; init; }

    public int[] Expected(Bad bad) =>
        Expect.TryGetValue(bad, out var statuses) ? statuses : bad is Bad.MissingId or Bad.ForeignId ? IdStatuses : Statuses;
}
