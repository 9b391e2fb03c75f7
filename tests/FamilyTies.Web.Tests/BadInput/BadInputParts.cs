using System.Diagnostics;
using Xunit.Abstractions;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// The bad-input test of every form and page (see <see cref="BadInputTests"/>), in <see cref="Parts"/> parts: part p
/// takes the GET and POST rows whose place in their table is p modulo <see cref="Parts"/>. Each part is a test class of
/// its own, with its own app and database, so the parts run at the same time as each other and as the other tests,
/// and a row's "nothing changed" is counted on a database only that part writes to.
/// </summary>
public abstract class BadInputPart(ITestOutputHelper output, int part)
{
    public const int Parts = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> rows, int part) => rows.Where((_, i) => i % Parts == part);

    [Fact]
    public async Task Every_form_and_page_survives_bad_input_without_a_server_error_or_a_half_save()
    {
        var clock = Stopwatch.StartNew();
        await using var world = await BadInputWorld.Start();
        var startup = clock.Elapsed;
        using var snapshot = new DatabaseSnapshot(world.App.ConnectionString);
        var runner = new BadInputRunner(world, snapshot, BadInputTests.Actions);
        var gets = Of(GetTable.Rows(), part).ToList();
        var posts = Of(PostTable.Rows(), part).ToList();
        foreach (var row in gets)
        {
            await runner.Run(row);
        }
        foreach (var row in posts)
        {
            await runner.Run(row);
        }
        clock.Stop();

        var actions = posts.Select(r => r.Action).Distinct().ToList();
        var fewest = actions.Select(p => (Action: p, Sent: runner.PerAction[p])).MinBy(p => p.Sent);
        output.WriteLine($"Part {part + 1} of {Parts}: {actions.Count} POST actions and {gets.Count} GET actions; {runner.Requests} requests " +
                         $"({runner.Variants} variants, the rest form pages) in {clock.Elapsed.TotalSeconds:0} s " +
                         $"({startup.TotalSeconds:0} s of it starting the app); {snapshot.TablesCompared} tables compared after a write " +
                         $"({snapshot.TablesComparedByNewRows} of them by their new rows alone), " +
                         $"taking {snapshot.Spent.TotalSeconds:0} s");
        output.WriteLine($"Fewest variants for a POST action: {fewest.Sent} ({fewest.Action})");
        foreach (var known in runner.KnownSeen)
        {
            output.WriteLine("KNOWN " + known);
        }
        foreach (var failure in runner.Failures)
        {
            output.WriteLine("FAIL " + failure);
        }
        Assert.NotEmpty(gets);
        Assert.NotEmpty(posts);
        Assert.True(runner.Failures.Count == 0, $"{runner.Failures.Count} failures:{Environment.NewLine}" + string.Join(Environment.NewLine, runner.Failures));
        Assert.True(fewest.Sent >= 12, $"{fewest.Action} got only {fewest.Sent} variants");
    }
}

public sealed class BadInputPart1(ITestOutputHelper output) : BadInputPart(output, 0);

public sealed class BadInputPart2(ITestOutputHelper output) : BadInputPart(output, 1);

public sealed class BadInputPart3(ITestOutputHelper output) : BadInputPart(output, 2);

public sealed class BadInputPart4(ITestOutputHelper output) : BadInputPart(output, 3);
