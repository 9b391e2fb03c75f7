using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Domain.Tests.SaferCustody;

public sealed class ConsentGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_consent_only_an_acknowledgement_may_be_shared()
    {
        foreach (var consent in new PrisonerConsent?[] { null, PrisonerConsent.Refused, PrisonerConsent.CouldNotBeAsked })
        {
            Assert.True(ConsentGate.MayShare(consent, Disclosure.AcknowledgementOnly));
            Assert.False(ConsentGate.MayShare(consent, Disclosure.WelfareAndActions));
            Assert.Equal([Disclosure.AcknowledgementOnly], ConsentGate.Allowed(consent));
        }
    }

    [Fact]
    public void With_consent_the_prisoner_s_welfare_and_the_actions_may_be_shared()
    {
        Assert.True(ConsentGate.MayShare(PrisonerConsent.Given, Disclosure.WelfareAndActions));
        Assert.Equal([Disclosure.AcknowledgementOnly, Disclosure.WelfareAndActions], ConsentGate.Allowed(PrisonerConsent.Given));
    }

    [Fact]
    public void The_latest_answer_that_counts_decides()
    {
        var given = new ContactAction { Id = 1, Kind = ActionKind.PrisonerSpokenTo, OccurredAt = Now, Consent = PrisonerConsent.Given };
        var welfare = new ContactAction { Id = 2, Kind = ActionKind.WelfareCheck, OccurredAt = Now.AddMinutes(5) };
        Assert.Equal(PrisonerConsent.Given, ConsentGate.Current([given, welfare]));

        var refusedLater = new ContactAction { Id = 3, Kind = ActionKind.PrisonerSpokenTo, OccurredAt = Now.AddHours(1), Consent = PrisonerConsent.Refused };
        Assert.Equal(PrisonerConsent.Refused, ConsentGate.Current([given, welfare, refusedLater]));

        // The "given" was recorded in error: its correction says the prisoner refused.
        var correction = new ContactAction { Id = 4, Kind = ActionKind.PrisonerSpokenTo, OccurredAt = Now, Consent = PrisonerConsent.Refused, CorrectsId = 1 };
        Assert.Equal(PrisonerConsent.Refused, ConsentGate.Current([given, welfare, correction]));
        Assert.Null(ConsentGate.Current([welfare]));
    }

    [Fact]
    public void An_answer_recorded_on_any_action_counts()
    {
        var welfare = new ContactAction { Id = 1, Kind = ActionKind.WelfareCheck, OccurredAt = Now, Consent = PrisonerConsent.Given };
        Assert.Equal(PrisonerConsent.Given, ConsentGate.Current([welfare]));
        var spokenLater = new ContactAction { Id = 2, Kind = ActionKind.PrisonerSpokenTo, OccurredAt = Now.AddHours(1), Consent = PrisonerConsent.Refused };
        Assert.Equal(PrisonerConsent.Refused, ConsentGate.Current([welfare, spokenLater]));
    }
}
