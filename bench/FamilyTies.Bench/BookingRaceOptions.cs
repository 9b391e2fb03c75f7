using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FamilyTies.Bench;

/// <summary>The booking race's options: <c>--sessions 25 --capacity 20 --clients 400 --visits-per-client 3</c>.</summary>
public sealed record BookingRaceOptions(int Sessions, int Capacity, int Clients, int VisitsPerClient, int TimeoutSeconds, bool KeepData, bool CompareSynchronous = false)
{
    public static readonly BookingRaceOptions Default = new(25, 20, 400, 3, 600, false);

    /// <summary>One prisoner per attempt, so the bound keeps the arranged data (and the run) reasonable.</summary>
    public const int MaxAttempts = 20_000;

    public const string Help =
        """
          --sessions N            sessions to race for (default 25)
          --capacity N            open tables in each session (default 20)
          --clients N             concurrent staff clients, each signed in once (default 400)
          --visits-per-client N   bookings each client tries, each for a different prisoner (default 3)
          --timeout SECONDS       hard limit on the whole run (default 600)
          --keep-data             keep the temporary folder (database, server log) and print its path
          --compare-synchronous   also measure the commit ceiling with synchronous NORMAL and OFF
        """;

    public int Attempts => Clients * VisitsPerClient;
    public int TotalCapacity => Sessions * Capacity;

    public static bool TryParse(ReadOnlySpan<string> args, [NotNullWhen(true)] out BookingRaceOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = Default;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--compare-synchronous")
            {
                options = options with { CompareSynchronous = true };
                continue;
            }
            if (name == "--keep-data")
            {
                options = options with { KeepData = true };
                continue;
            }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"{name} needs a whole number of at least 1.";
                options = null;
                return false;
            }
            i++;
            switch (name)
            {
                case "--sessions": options = options with { Sessions = value }; break;
                case "--capacity": options = options with { Capacity = value }; break;
                case "--clients": options = options with { Clients = value }; break;
                case "--visits-per-client": options = options with { VisitsPerClient = value }; break;
                case "--timeout": options = options with { TimeoutSeconds = value }; break;
                default:
                    error = $"Unknown option '{name}'.";
                    options = null;
                    return false;
            }
        }
        if ((long)options.Clients * options.VisitsPerClient > MaxAttempts)
        {
            error = $"clients × visits-per-client must be at most {MaxAttempts} (one prisoner is arranged per attempt).";
            options = null;
            return false;
        }
        if (options.Sessions > 500 || options.Capacity > 10_000)
        {
            error = "At most 500 sessions and a capacity of 10000.";
            options = null;
            return false;
        }
        return true;
    }
}
