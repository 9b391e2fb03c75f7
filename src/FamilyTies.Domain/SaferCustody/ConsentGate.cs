namespace FamilyTies.Domain.SaferCustody;

/// <summary>
/// What the caller may be told depends on the prisoner's consent (SH:507 "we will always ask permission from the
/// prisoner to disclose information to the caller"). Without it the caller may hear only that their concern was
/// received and acted on.
/// </summary>
public static class ConsentGate
{
    /// <summary>
    /// The prisoner's latest answer among the actions that count, or null when they have not been asked. An answer
    /// counts on whichever action it was recorded (the prisoner may be asked during a welfare check).
    /// </summary>
    public static PrisonerConsent? Current(IEnumerable<ContactAction> actions) =>
        Corrections.Effective(actions)
            .Where(a => a.Consent is not null)
            .OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .LastOrDefault()?.Consent;

    public static bool MayShare(PrisonerConsent? consent, Disclosure disclosure) =>
        disclosure == Disclosure.AcknowledgementOnly || consent == PrisonerConsent.Given;

    public static IReadOnlyList<Disclosure> Allowed(PrisonerConsent? consent) =>
        [.. Enum.GetValues<Disclosure>().Where(d => MayShare(consent, d))];
}
