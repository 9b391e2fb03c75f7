using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// The one set of checks on a booking's answers, shared by every step of the booking journey, the final booking POST
/// and amending a visit: each step is a rule set, and a POST checks the steps it has seen (so answers carried in
/// hidden fields are checked again, whatever a browser sent). Lengths match the database columns.
/// </summary>
public sealed class BookingFormValidator : AbstractValidator<BookingForm>
{
    public const string Visitors = "Visitors";
    public const string Session = "Session";
    public const string Support = "Support";
    public const string Contact = "Contact";
    public const string Reasons = "Reasons";
    public const string Amend = "Amend";

    /// <summary>The journey's steps in order, each checked by the rule set of that name.</summary>
    public static readonly string[] Steps = [Visitors, Session, Support, Contact];

    /// <summary>The form fields each rule set answers for (an unreadable answer in one of them fails that step).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> FieldsOf = new Dictionary<string, string[]>
    {
        [Visitors] = [nameof(BookingForm.VisitorIds)],
        [Session] = [nameof(BookingForm.Slot)],
        [Support] =
        [
            nameof(BookingForm.InterpreterLanguage), nameof(BookingForm.WheelchairAccess), nameof(BookingForm.HearingLoop),
            nameof(BookingForm.StairLift), nameof(BookingForm.QuietArea), nameof(BookingForm.FirstVisit), nameof(BookingForm.NewBaby),
            nameof(BookingForm.PhotoRequest), nameof(BookingForm.OtherSupport),
        ],
        [Contact] = [nameof(BookingForm.MainContactId), nameof(BookingForm.MainContactPhone), nameof(BookingForm.RequestMethod)],
        [Reasons] = [nameof(BookingForm.OverbookReason), nameof(BookingForm.VisitingOrderOverrideReason)],
        [Amend] = [nameof(BookingForm.AmendReason), nameof(BookingForm.AmendDetail)],
    };

    public const int LanguageLength = 100;
    public const int TextLength = 500;

    /// <summary>No phone number is longer than this, with spaces; longer input is not parsed at all.</summary>
    public const int PhoneInputLength = 30;

    public BookingFormValidator()
    {
        RuleSet(Visitors, () =>
            RuleFor(f => f.VisitorIds).NotEmpty().WithMessage("Select at least one visitor"));
        RuleSet(Session, () =>
            RuleFor(f => f.Slot).Must((f, slot) => f.TryParseSlot(out var _, out var _)).WithMessage("Select a session"));
        RuleSet(Support, () =>
        {
            RuleFor(f => f.InterpreterLanguage).MaximumLength(LanguageLength).WithMessage($"Interpreter language must be {LanguageLength} characters or fewer");
            RuleFor(f => f.OtherSupport).MaximumLength(TextLength).WithMessage($"Other support must be {TextLength} characters or fewer");
        });
        RuleSet(Contact, () =>
        {
            RuleFor(f => f.MainContactId).Must((f, id) => id is { } main && f.VisitorIds.Contains(main))
                .WithMessage("Select the main contact from the visitors");
            RuleFor(f => f.MainContactPhone)
                .Must(p => PhoneNumber.WhyNot(p, PhoneInputLength) is null)
                .When(f => !string.IsNullOrWhiteSpace(f.MainContactPhone))
                .WithMessage(f => PhoneNumber.WhyNot(f.MainContactPhone, PhoneInputLength)!);
            RuleFor(f => f.RequestMethod).Must((f, method) => f.ParsedRequestMethod is not null).WithMessage("Select how the visit was requested");
        });
        RuleSet(Reasons, () =>
        {
            RuleFor(f => f.OverbookReason).MaximumLength(TextLength).WithMessage($"Reason for overbooking must be {TextLength} characters or fewer");
            RuleFor(f => f.VisitingOrderOverrideReason).MaximumLength(TextLength)
                .WithMessage($"Reason for booking without a visiting order must be {TextLength} characters or fewer");
        });
        RuleSet(Amend, () =>
        {
            RuleFor(f => f.AmendReason).Must((f, _) => f.ParsedAmendReason is not null).WithMessage("Select why the visit is being changed");
            RuleFor(f => f.AmendDetail).MaximumLength(TextLength).WithMessage($"Details must be {TextLength} characters or fewer");
        });
    }
}

public static class BookingFormValidation
{
    /// <summary>Runs the named rule sets and copies their errors into ModelState. True when those steps are valid.</summary>
    public static async Task<bool> Check(this IValidator<BookingForm> validator, BookingForm form, ModelStateDictionary modelState, params string[] ruleSets)
    {
        var unreadable = false;
        foreach (var field in ruleSets.SelectMany(set => BookingFormValidator.FieldsOf.GetValueOrDefault(set, [])))
        {
            if (form.Unreadable.TryGetValue(field, out var message))
            {
                unreadable = true;
                if (!modelState.TryGetValue(field, out var entry) || entry.Errors.Count == 0)
                {
                    modelState.AddModelError(field, message);
                }
            }
        }
        var result = await validator.ValidateAsync(form, o => o.IncludeRuleSets(ruleSets));
        foreach (var error in result.Errors)
        {
            if (!modelState.TryGetValue(error.PropertyName, out var entry) || entry.Errors.Count == 0)
            {
                modelState.AddModelError(error.PropertyName, error.ErrorMessage);
            }
        }
        return result.IsValid && !unreadable;
    }

    /// <summary>
    /// Moves model binding's errors onto the form (<see cref="BookingForm.Unreadable"/>) and clears ModelState, so each
    /// step shows only its own problems while no unreadable answer is lost.
    /// </summary>
    public static void TakeBindingErrors(this ModelStateDictionary modelState, BookingForm form)
    {
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0)
            {
                var field = key.StartsWith("form.", StringComparison.OrdinalIgnoreCase) ? key["form.".Length..] : key;
                var bracket = field.IndexOf('[', StringComparison.Ordinal);
                field = bracket > 0 ? field[..bracket] : field;
                var message = entry.Errors[0].ErrorMessage;
                form.Unreadable.TryAdd(field, string.IsNullOrEmpty(message) ? "Check this answer: it could not be read" : message);
            }
        }
        modelState.Clear();
    }
}
