using FamilyTies.Data;
using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.Visits;
using Microsoft.EntityFrameworkCore;

using FamilyTies.Web.Areas.Visits.Bookings;

namespace FamilyTies.Web.Areas.Visits.BookedVisit;

/// <summary>
/// Changes a booked visit's visitors, session or support. Every booking rule is checked again; moving session frees
/// the old table and takes a new one in the same save, as one <see cref="ContendedWrite"/> (the SQLite writer turn and
/// the retry on a lost race are the booking's own).
/// </summary>
public sealed class AmendVisitHandler(FamilyTiesDbContext db, BookingContextLoader loader)
{
    public async Task<BookingResult> Handle(int visitId, BookingForm form, bool isManager, CancellationToken ct = default)
    {
        if (!form.TryParseSlot(out var templateId, out var date))
        {
            return new BookingResult(null, [], "Choose a session");
        }
        var run = await ContendedWrite.RunAsync(db, async (_, c) =>
        {
            db.ChangeTracker.Clear();
            var visit = await db.Visits.Include(v => v.SessionSlot).Include(v => v.Visitors).SingleOrDefaultAsync(v => v.Id == visitId, c);
            if (visit is null || visit.Status != VisitStatus.Booked)
            {
                return new BookingResult(null, [], "Only a booked visit can be changed");
            }
            form.PrisonerId = visit.PrisonerId;
            var request = new BookingContextLoader.Request(visit.PrisonerId, templateId, date, form.VisitorIds, isManager,
                form.OverbookReason, form.VisitingOrderOverrideReason, visit.Id);
            var preview = await loader.Load(request, c);
            if (preview is null)
            {
                return new BookingResult(null, [], "The session or a visitor could not be found here");
            }
            var loaded = await loader.Refresh(preview, request, c);
            var sameSlot = loaded.Slot is not null && loaded.Slot.Id == visit.SessionSlotId;
            var context = loaded.Context with
            {
                // The visit's own table and visiting order are already taken: do not count them against it.
                BookedOpen = sameSlot && !visit.Closed ? loaded.Context.BookedOpen - 1 : loaded.Context.BookedOpen,
                BookedClosed = sameSlot && visit.Closed ? loaded.Context.BookedClosed - 1 : loaded.Context.BookedClosed,
                SpendsVisitingOrder = false,
            };
            var decision = BookingRules.Decide(context);
            if (!decision.Allowed)
            {
                return new BookingResult(null, decision.Refusals, null);
            }

            var changes = new List<string>();
            var oldSlot = visit.SessionSlot!;
            if (!sameSlot || visit.Closed != decision.Closed)
            {
                if (visit.Closed) { oldSlot.BookedClosed = Math.Max(0, oldSlot.BookedClosed - 1); } else { oldSlot.BookedOpen = Math.Max(0, oldSlot.BookedOpen - 1); }
                oldSlot.Version++;
                // Moving to a session nobody has booked on that date yet creates its slot, in this save.
                var newSlot = sameSlot ? oldSlot : loader.SlotToBook(loaded);
                if (decision.Closed) { newSlot.BookedClosed++; } else { newSlot.BookedOpen++; }
                if (!sameSlot)
                {
                    newSlot.Version++;
                    visit.SessionSlot = newSlot;
                    visit.Date = date;
                    visit.StartTime = context.Session.StartTime;
                    visit.EndTime = context.Session.EndTime;
                    changes.Add($"moved to {date:dddd d MMMM yyyy}, {context.Session.StartTime:HH:mm} to {context.Session.EndTime:HH:mm}");
                }
                visit.Closed = decision.Closed;
            }
            var before = visit.Visitors.Select(v => v.ContactId).Order().ToList();
            var after = form.VisitorIds.Distinct().Order().ToList();
            if (!before.SequenceEqual(after))
            {
                db.VisitVisitors.RemoveRange(visit.Visitors.Where(v => !after.Contains(v.ContactId)));
                foreach (var v in context.Visitors.Where(v => !before.Contains(v.Contact.Id)))
                {
                    visit.Visitors.Add(new VisitVisitor
                    {
                        ContactId = v.Contact.Id, AgeOnVisit = v.Contact.AgeOn(date), Child = v.Contact.IsChildOn(date, context.Establishment.AdultAge),
                    });
                }
                changes.Add($"visitors now {string.Join(", ", context.Visitors.Select(v => v.Contact.FullName))}");
            }
            var supportBefore = Support(visit);
            form.CopySupportTo(visit);
            if (Support(visit) != supportBefore)
            {
                changes.Add("additional support changed");
            }
            if (decision.Overbooked)
            {
                visit.OverbookReason = form.OverbookReason!.Trim();
                changes.Add($"overbooked: {visit.OverbookReason}");
            }
            if (changes.Count == 0)
            {
                return new BookingResult(visit, [], null);
            }
            db.VisitEvents.Add(new VisitEvent
            {
                VisitId = visit.Id, At = db.Clock.GetUtcNow(), UserId = db.CurrentUser.UserId, Type = VisitEventType.Amended,
                // Why first (the cancellation reasons' list, and any details), then what changed.
                Detail = $"{BookingForm.DescribeAmendment(form.ParsedAmendReason!.Value)}{(string.IsNullOrWhiteSpace(form.AmendDetail) ? "" : ": " + form.AmendDetail.Trim())}. "
                         + char.ToUpperInvariant(changes[0][0]) + string.Join("; ", changes)[1..],
            });
            await db.SaveChangesAsync(c);
            return new BookingResult(visit, [], null);
        }, ct: ct);
        return run.Completed ? run.Value! : new BookingResult(null, [], "The session is very busy and the change could not be saved. Try again");
    }

    private static string Support(Visit v) =>
        $"{v.InterpreterLanguage}|{v.WheelchairAccess}|{v.HearingLoop}|{v.StairLift}|{v.QuietArea}|{v.FirstVisit}|{v.NewBaby}|{v.PhotoRequest}|{v.OtherSupport}";
}
