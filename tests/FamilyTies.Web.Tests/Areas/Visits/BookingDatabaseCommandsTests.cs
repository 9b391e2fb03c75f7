using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// The booking engine passes once: the database commands of one booking POST, counted by an interceptor on the app's
/// own context. A refused POST reads each thing once and writes nothing; a successful one reads at most ten times
/// (issue 8: it read 20 times before). The commands are printed, so a failure shows what was read twice.
/// </summary>
public sealed class BookingDatabaseCommandsTests : IDisposable
{
    private readonly CommandCounter _counter = new();
    private readonly FamilyTiesApp _app;
    private readonly ITestOutputHelper output;

    public BookingDatabaseCommandsTests(ITestOutputHelper output)
    {
        this.output = output;
        _app = new FamilyTiesApp(settings: new Dictionary<string, string?> { ["VisitingOrders:AllocationEnabled"] = "false" },
            testServices: services => services.ConfigureDbContext<FamilyTiesDbContext>(o => o.AddInterceptors(_counter)));
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_successful_booking_post_reads_at_most_ten_times()
    {
        var (session, date) = await VisitsTestData.Session(_app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(_app);
        using var client = await StaffClient.SignedIn(_app, "visits.wymott");

        var commands = await Counted(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date), HttpStatusCode.Redirect);

        var selects = commands.Count(IsSelect);
        output.WriteLine($"successful booking POST: {commands.Count} commands, {selects} SELECTs, {commands.Count - selects} writes");
        Assert.InRange(selects, 1, 10);
        Assert.Contains(commands, c => c.StartsWith("INSERT INTO \"Visits\"", StringComparison.OrdinalIgnoreCase)
                                       || c.Contains("INSERT INTO [Visits]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_refused_booking_post_reads_each_thing_once_and_writes_nothing()
    {
        var (session, date) = await VisitsTestData.Session(_app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(_app);
        await using (var db = _app.Db(prisoner.EstablishmentId))
        {
            db.Restrictions.Add(new Restriction { ContactId = visitor.Id, Type = RestrictionType.Ban, Reason = "Test", StartDate = VisitsTestData.Today, ExpiryDate = date.AddDays(30) });
            await db.SaveChangesAsync();
        }
        using var client = await StaffClient.SignedIn(_app, "visits.wymott");

        var commands = await Counted(client, prisoner.Id, VisitsTestData.Booking(visitor.Id, session.Id, date), HttpStatusCode.OK);

        var selects = commands.Count(IsSelect);
        output.WriteLine($"refused booking POST: {commands.Count} commands, {selects} SELECTs, {commands.Count - selects} writes");
        Assert.All(commands, c => Assert.True(IsSelect(c), $"a refused booking wrote: {c}"));
        Assert.All(commands.GroupBy(c => c), g => Assert.True(g.Count() == 1, $"read {g.Count()} times: {g.Key}"));
    }

    private async Task<List<string>> Counted(StaffClient client, int prisonerId, Dictionary<string, string> booking, HttpStatusCode expected)
    {
        var token = await VisitsTestData.Token(client, prisonerId);
        _counter.Start();
        var response = await client.Http.PostAsync($"/visits/book/{prisonerId}",
            new FormUrlEncodedContent(booking.Append(new("__RequestVerificationToken", token))));
        var commands = _counter.Stop();
        foreach (var command in commands)
        {
            output.WriteLine(command.ReplaceLineEndings(" "));
        }
        Assert.Equal(expected, response.StatusCode);
        return commands;
    }

    private static bool IsSelect(string command) => command.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>Records the text of every command the app's context runs while started.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private ConcurrentQueue<string>? _commands;

        public void Start() => _commands = new ConcurrentQueue<string>();

        public List<string> Stop()
        {
            var commands = _commands?.ToList() ?? [];
            _commands = null;
            return commands;
        }

        private void Record(DbCommand command) => _commands?.Enqueue(command.CommandText);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }
}
