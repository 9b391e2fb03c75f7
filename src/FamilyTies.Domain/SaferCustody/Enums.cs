namespace FamilyTies.Domain.SaferCustody;

public enum ContactChannel { SaferCustodyLine, Voicemail, SwitchboardEmergency, WebForm, Email, InPerson }

/// <summary>What the caller is worried about; a contact may have several.</summary>
[Flags]
public enum ConcernCategory
{
    None = 0,
    Healthcare = 1,
    BullyingAndViolence = 2,
    EmotionalSupportSelfHarm = 4,
    PrisonerContact = 8,
    TransferAndRelease = 16,
    Finances = 32,
    Visiting = 64,
    Property = 128,
    Urgent = 256,
}

/// <summary>Who an imminent risk was passed to at once.</summary>
public enum EscalatedTo { DutyGovernor, OrderlyOfficer }

public enum ActionKind { PrisonerSpokenTo, WelfareCheck, AcctOpenedOrReviewed, HealthcareReferral, KeyWorkerTold, CsipReferral, Other }

/// <summary>The prisoner's answer, when spoken to, on sharing information with the caller.</summary>
public enum PrisonerConsent { Given, Refused, CouldNotBeAsked }

/// <summary>How much the caller may be or was told.</summary>
public enum Disclosure
{
    /// <summary>That the concern was received and passed to staff who acted on it; nothing about the prisoner.</summary>
    AcknowledgementOnly,
    /// <summary>How the prisoner is and what was done.</summary>
    WelfareAndActions,
}

public enum CallerFeedbackResult { Told, NotToldNoConsent, NotToldNoAnswer, NotToldOther }

public enum SafetyCaseKind { Acct, Csip }

public enum FamilyAnswer { Agreed, Declined, NotYetDecided }

public enum InvolvementEntryKind { PrisonerAsked, InvitedToReview, ReviewAttendance, FamilyUpdated }

public static class SaferCustodyText
{
    public static string Of(ContactChannel c) => c switch
    {
        ContactChannel.SaferCustodyLine => "Safer custody line",
        ContactChannel.Voicemail => "Voicemail",
        ContactChannel.SwitchboardEmergency => "Switchboard emergency",
        ContactChannel.WebForm => "Web form or helpline portal",
        ContactChannel.Email => "Email",
        ContactChannel.InPerson => "In person",
        _ => c.ToString(),
    };

    public static readonly IReadOnlyList<ConcernCategory> Categories =
    [
        ConcernCategory.Healthcare, ConcernCategory.BullyingAndViolence, ConcernCategory.EmotionalSupportSelfHarm,
        ConcernCategory.PrisonerContact, ConcernCategory.TransferAndRelease, ConcernCategory.Finances,
        ConcernCategory.Visiting, ConcernCategory.Property, ConcernCategory.Urgent,
    ];

    public static string Of(ConcernCategory c) => c switch
    {
        ConcernCategory.Healthcare => "Healthcare",
        ConcernCategory.BullyingAndViolence => "Bullying and violence",
        ConcernCategory.EmotionalSupportSelfHarm => "Emotional support or self-harm risk",
        ConcernCategory.PrisonerContact => "Prisoner contact",
        ConcernCategory.TransferAndRelease => "Transfer and release",
        ConcernCategory.Finances => "Finances",
        ConcernCategory.Visiting => "Visiting",
        ConcernCategory.Property => "Property",
        ConcernCategory.Urgent => "Urgent",
        _ => string.Join(", ", Split(c).Select(Of)),
    };

    public static IEnumerable<ConcernCategory> Split(ConcernCategory c) => Categories.Where(x => c.HasFlag(x));

    public static string Of(EscalatedTo e) => e == EscalatedTo.DutyGovernor ? "Duty governor" : "Orderly officer";

    public static string Of(ActionKind k) => k switch
    {
        ActionKind.PrisonerSpokenTo => "Prisoner spoken to",
        ActionKind.WelfareCheck => "Welfare check",
        ActionKind.AcctOpenedOrReviewed => "ACCT opened or reviewed",
        ActionKind.HealthcareReferral => "Healthcare referral",
        ActionKind.KeyWorkerTold => "Key worker told",
        ActionKind.CsipReferral => "CSIP referral",
        ActionKind.Other => "Other action",
        _ => k.ToString(),
    };

    public static string Of(PrisonerConsent c) => c switch
    {
        PrisonerConsent.Given => "Agreed to information being shared with the caller",
        PrisonerConsent.Refused => "Did not agree to information being shared",
        PrisonerConsent.CouldNotBeAsked => "Could not be asked",
        _ => c.ToString(),
    };

    public static string Of(Disclosure d) => d == Disclosure.AcknowledgementOnly
        ? "Acknowledgement only: the concern was received and acted on"
        : "The prisoner's welfare and what was done";

    public static string Of(CallerFeedbackResult r) => r switch
    {
        CallerFeedbackResult.Told => "Caller told the outcome",
        CallerFeedbackResult.NotToldNoConsent => "Not told: the prisoner did not consent",
        CallerFeedbackResult.NotToldNoAnswer => "Not told: no answer",
        CallerFeedbackResult.NotToldOther => "Not told: other reason",
        _ => r.ToString(),
    };

    public static string Of(SafetyCaseKind k) => k == SafetyCaseKind.Acct ? "ACCT" : "CSIP";

    public static string Of(FamilyAnswer a) => a switch
    {
        FamilyAnswer.Agreed => "Wants family involved",
        FamilyAnswer.Declined => "Does not want family involved",
        FamilyAnswer.NotYetDecided => "Not yet decided",
        _ => a.ToString(),
    };

    public static string Of(InvolvementEntryKind k) => k switch
    {
        InvolvementEntryKind.PrisonerAsked => "Prisoner asked about family involvement",
        InvolvementEntryKind.InvitedToReview => "Family member invited to a review",
        InvolvementEntryKind.ReviewAttendance => "Review attendance",
        InvolvementEntryKind.FamilyUpdated => "Family member updated",
        _ => k.ToString(),
    };
}
