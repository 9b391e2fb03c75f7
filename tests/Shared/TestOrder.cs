using System.Globalization;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FamilyTies.Testing;

/// <summary>
/// The order the tests run in, from FAMILYTIES_TEST_ORDER: unset (or "normal") keeps xunit's usual order, "reverse"
/// runs collections, the classes in each collection and the tests in each class back to front, and "random:SEED"
/// shuffles them the same way for the same seed. A suite that passes in every order owns its data.
/// </summary>
public static class TestOrder
{
    public const string Variable = "FAMILYTIES_TEST_ORDER";

    public enum Mode { Normal, Reverse, Random }

    public static (Mode Mode, int Seed) Current { get; } = Parse(Environment.GetEnvironmentVariable(Variable));

    public static (Mode Mode, int Seed) Parse(string? value)
    {
        var text = value?.Trim().ToLowerInvariant() ?? "";
        if (text is "" or "normal")
        {
            return (Mode.Normal, 0);
        }
        if (text == "reverse")
        {
            return (Mode.Reverse, 0);
        }
        if (text.StartsWith("random:", StringComparison.Ordinal)
            && int.TryParse(text["random:".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return (Mode.Random, seed);
        }
        throw new InvalidOperationException($"{Variable} must be normal, reverse or random:<number>, not '{value}'");
    }

    /// <summary>Puts items already in xunit's usual order into the chosen order.</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> usual)
    {
        var list = usual.ToList();
        switch (Current.Mode)
        {
            case Mode.Reverse:
                list.Reverse();
                break;
            case Mode.Random:
                var random = new Random(Current.Seed);
                for (var i = list.Count - 1; i > 0; i--)
                {
                    var j = random.Next(i + 1);
                    (list[i], list[j]) = (list[j], list[i]);
                }
                break;
        }
        return list;
    }
}

/// <summary>Orders the test collections (xunit's usual order, then <see cref="TestOrder"/>).</summary>
public sealed class OrderedTestCollections : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer _usual = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        TestOrder.Apply(_usual.OrderTestCollections(testCollections));
}

/// <summary>Orders the tests within a class (xunit's usual order, then <see cref="TestOrder"/>).</summary>
public sealed class OrderedTestCases(IMessageSink diagnostics) : ITestCaseOrderer
{
    private readonly DefaultTestCaseOrderer _usual = new(diagnostics);

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        TestOrder.Apply(_usual.OrderTestCases(testCases));
}

/// <summary>
/// xunit runs the classes of one collection in the order it found them, and neither orderer can change that; this
/// framework hands the test cases over in <see cref="TestOrder"/>'s order, so the classes of a collection (all the
/// browser tests share one) run in that order too.
/// </summary>
public sealed class OrderedTestFramework(IMessageSink diagnostics) : XunitTestFramework(diagnostics)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(TestOrder.Apply(testCases), executionMessageSink, executionOptions);
    }
}
