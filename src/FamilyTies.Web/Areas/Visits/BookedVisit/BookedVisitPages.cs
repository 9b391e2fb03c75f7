using FamilyTies.Domain.Visits;
using FamilyTies.Web.Areas.Visits.Bookings;

namespace FamilyTies.Web.Areas.Visits.BookedVisit;

/// <summary>The visit's page (and the confirmation after booking): the visit, staff names for its history, and whether the user may change it.</summary>
public sealed record VisitPage(Visit Visit, IReadOnlyDictionary<string, string> UserNames, bool Confirmation, bool CanChange);

/// <summary>The amend page: the visit, the booking answers as the journey's steps show them, and the sessions it may move to.</summary>
public sealed record AmendModel(Visit Visit, BookingStepModel Step, IReadOnlyList<SessionFinder.Option> Options);

/// <summary>The cancel page: the visit and the answers so far.</summary>
public sealed record CancelPage(Visit Visit, CancelVisitForm Form);

/// <summary>The keep page (from needs review), shown again when the note is missing or too long.</summary>
public sealed record KeepPage(Visit Visit);

/// <summary>The needs-review list, and whether the user may keep or cancel from it.</summary>
public sealed record NeedsReviewPage(IReadOnlyList<Visit> Visits, bool CanChange);

/// <summary>The printable confirmation for the family: the visit and its establishment's rules and contact details.</summary>
public sealed record PrintPage(Visit Visit, FamilyTies.Domain.Establishments.Establishment Establishment);
