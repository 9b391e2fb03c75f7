namespace FamilyTies.Bench;

/// <summary>
/// Measurements of the real FamilyTies app: <c>dotnet run -c Release --project bench/FamilyTies.Bench -- &lt;scenario&gt; [options]</c>.
/// Each scenario prints progress on standard error and ends standard output with one line of JSON; the exit code is
/// non-zero when a required figure is not met.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Usage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        switch (args[0])
        {
            case BookingRace.Name:
                if (!BookingRaceOptions.TryParse(args.AsSpan(1), out var options, out var error))
                {
                    Console.Error.WriteLine(error);
                    Usage(Console.Error);
                    return 2;
                }
                try
                {
                    return await BookingRace.Run(options);
                }
                catch (Exception e)
                {
                    Console.Error.WriteLine($"[bench] The run failed before it could measure: {e}");
                    return 4;
                }
            case DashboardBench.Name:
                if (!DashboardBench.TryParse(args.AsSpan(1), out var dashboard, out var dashboardError))
                {
                    Console.Error.WriteLine(dashboardError);
                    Usage(Console.Error);
                    return 2;
                }
                return await DashboardBench.Run(dashboard);
            case CrashBench.Name:
                if (!CrashBench.TryParse(args.AsSpan(1), out var crash, out var crashError))
                {
                    Console.Error.WriteLine(crashError);
                    Usage(Console.Error);
                    return 2;
                }
                return await CrashBench.Run(crash);
            case PagesBench.Name:
                if (!PagesBench.TryParse(args.AsSpan(1), out var pages, out var pagesError))
                {
                    Console.Error.WriteLine(pagesError);
                    Usage(Console.Error);
                    return 2;
                }
                return await PagesBench.Run(pages);
            case PagesBench.GenerateName:
                if (!PagesBench.TryParse(args.AsSpan(1), out var generate, out var generateError))
                {
                    Console.Error.WriteLine(generateError);
                    Usage(Console.Error);
                    return 2;
                }
                return await PagesBench.Generate(generate);
            case CrashBench.ServerName when args.Length == 4:
                return await CrashBench.Serve(args[1], args[2] == "arrange", int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
            default:
                Console.Error.WriteLine($"Unknown scenario '{args[0]}'.");
                Usage(Console.Error);
                return 2;
        }
    }

    private static void Usage(TextWriter writer)
    {
        writer.WriteLine("Usage: dotnet run -c Release --project bench/FamilyTies.Bench -- <scenario> [options]");
        writer.WriteLine();
        writer.WriteLine("Scenarios:");
        writer.WriteLine($"  {BookingRace.Name}  the real site on a loopback port, fresh SQLite database; staff clients book");
        writer.WriteLine("                through the real forms, all at once, into sessions of limited capacity.");
        writer.WriteLine($"  {DashboardBench.Name}     the family lead's dashboard and the national view at a stated scale (p50/p95).");
        writer.WriteLine($"  {PagesBench.Name}         the key pages' p50/p95/p99 for 20 staff at once, on the demo data and then at national scale.");
        writer.WriteLine($"  {CrashBench.Name}         bookings over HTTP while the site is killed (SIGKILL) and restarted; nothing acknowledged may be lost.");
        writer.WriteLine();
        writer.WriteLine($"{BookingRace.Name} options:");
        writer.WriteLine(BookingRaceOptions.Help);
        writer.WriteLine();
        writer.WriteLine($"{DashboardBench.Name} options:");
        writer.WriteLine(DashboardBench.Help);
        writer.WriteLine();
        writer.WriteLine($"{PagesBench.Name} options:");
        writer.WriteLine(PagesBench.Help);
        writer.WriteLine();
        writer.WriteLine($"{CrashBench.Name} options:");
        writer.WriteLine(CrashBench.Help);
    }
}
