using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// Carries the booking's earlier answers through a step as hidden fields of a POST form. Never put them in a URL:
/// they hold phone numbers and health or support notes (docs/decisions/0012-booking-journey-state-and-loading.md).
/// </summary>
public static class BookingHiddenFields
{
    public static IHtmlContent Render(BookingForm form, params string[] except)
    {
        var html = new HtmlContentBuilder();
        foreach (var (name, value) in Fields(form, except))
        {
            html.AppendHtml($"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlEncoder.Default.Encode(value)}\">");
        }
        return html;
    }

    private static IEnumerable<(string Name, string Value)> Fields(BookingForm form, string[] except)
    {
        var all = new List<(string, string?)>();
        all.AddRange(form.VisitorIds.Distinct().Select(id => (nameof(form.VisitorIds), (string?)id.ToString(CultureInfo.InvariantCulture))));
        all.Add((nameof(form.Slot), form.Slot));
        all.Add((nameof(form.InterpreterLanguage), form.InterpreterLanguage));
        all.Add((nameof(form.WheelchairAccess), Flag(form.WheelchairAccess)));
        all.Add((nameof(form.HearingLoop), Flag(form.HearingLoop)));
        all.Add((nameof(form.StairLift), Flag(form.StairLift)));
        all.Add((nameof(form.QuietArea), Flag(form.QuietArea)));
        all.Add((nameof(form.FirstVisit), Flag(form.FirstVisit)));
        all.Add((nameof(form.NewBaby), Flag(form.NewBaby)));
        all.Add((nameof(form.PhotoRequest), Flag(form.PhotoRequest)));
        all.Add((nameof(form.OtherSupport), form.OtherSupport));
        all.Add((nameof(form.MainContactId), form.MainContactId?.ToString(CultureInfo.InvariantCulture)));
        all.Add((nameof(form.MainContactPhone), form.MainContactPhone));
        all.Add((nameof(form.RequestMethod), form.RequestMethod));
        all.Add((nameof(form.OverbookReason), form.OverbookReason));
        all.Add((nameof(form.VisitingOrderOverrideReason), form.VisitingOrderOverrideReason));
        var skip = except.ToHashSet();
        return all.Where(f => !skip.Contains(f.Item1) && !string.IsNullOrEmpty(f.Item2)).Select(f => (f.Item1, f.Item2!));
    }

    private static string? Flag(bool value) => value ? "true" : null;
}
