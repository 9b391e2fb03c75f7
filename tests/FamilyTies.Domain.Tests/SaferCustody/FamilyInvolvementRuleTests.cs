using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Domain.Tests.SaferCustody;

public sealed class FamilyInvolvementRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static int _id;

    private static FamilyInvolvementEntry Entry(InvolvementEntryKind kind, int daysAgo, FamilyAnswer? answer = null, int? corrects = null, string member = "") =>
        new() { Id = ++_id, Kind = kind, OccurredOn = Today.AddDays(-daysAgo), Answer = answer, CorrectsId = corrects, FamilyMember = member };

    private static ActOnThis? Check(params FamilyInvolvementEntry[] entries) => FamilyInvolvementRule.Check(InvolvementStatus.From(entries), Today);

    [Fact]
    public void A_prisoner_never_asked_stays_on_the_list()
    {
        Assert.Equal(ActOnThisReason.NotAsked, Check()!.Reason);
    }

    [Fact]
    public void An_undecided_answer_stays_on_the_list()
    {
        Assert.Equal(ActOnThisReason.AnswerPending, Check(Entry(InvolvementEntryKind.PrisonerAsked, 1, FamilyAnswer.NotYetDecided))!.Reason);
    }

    [Fact]
    public void A_prisoner_who_declined_comes_off_the_list()
    {
        Assert.Null(Check(Entry(InvolvementEntryKind.PrisonerAsked, 40, FamilyAnswer.Declined)));
    }

    [Fact]
    public void Agreed_involvement_with_no_update_for_13_days_is_fine_and_for_14_days_is_on_the_list()
    {
        Assert.Null(Check(Entry(InvolvementEntryKind.PrisonerAsked, 13, FamilyAnswer.Agreed, member: "Sarah (wife)")));
        var act = Check(Entry(InvolvementEntryKind.PrisonerAsked, 14, FamilyAnswer.Agreed, member: "Sarah (wife)"));
        Assert.Equal(ActOnThisReason.NoRecentUpdate, act!.Reason);
        Assert.Equal("No family update for 14 days", act.Describe());
    }

    [Fact]
    public void An_update_or_a_review_invitation_restarts_the_14_days()
    {
        Assert.Null(Check(Entry(InvolvementEntryKind.PrisonerAsked, 30, FamilyAnswer.Agreed), Entry(InvolvementEntryKind.FamilyUpdated, 2)));
        Assert.Null(Check(Entry(InvolvementEntryKind.PrisonerAsked, 30, FamilyAnswer.Agreed), Entry(InvolvementEntryKind.InvitedToReview, 0)));
        Assert.Equal(20, Check(Entry(InvolvementEntryKind.PrisonerAsked, 30, FamilyAnswer.Agreed), Entry(InvolvementEntryKind.FamilyUpdated, 20))!.DaysSinceUpdate);
    }

    [Fact]
    public void A_corrected_update_no_longer_counts()
    {
        var asked = Entry(InvolvementEntryKind.PrisonerAsked, 30, FamilyAnswer.Agreed);
        var update = Entry(InvolvementEntryKind.FamilyUpdated, 1);
        var correction = Entry(InvolvementEntryKind.FamilyUpdated, 16, corrects: update.Id);
        Assert.Equal(16, Check(asked, update, correction)!.DaysSinceUpdate);
    }

    [Fact]
    public void The_status_names_the_family_member_and_counts_reviews()
    {
        var status = InvolvementStatus.From([
            Entry(InvolvementEntryKind.PrisonerAsked, 10, FamilyAnswer.Agreed, member: "Sarah (wife)"),
            Entry(InvolvementEntryKind.InvitedToReview, 9),
            new FamilyInvolvementEntry { Id = ++_id, Kind = InvolvementEntryKind.ReviewAttendance, OccurredOn = Today.AddDays(-3), Attended = true },
        ]);
        Assert.Equal("Sarah (wife)", status.FamilyMember);
        Assert.Equal(1, status.ReviewsInvited);
        Assert.Equal(1, status.ReviewsAttended);
        Assert.Equal(Today.AddDays(-3), status.LastFamilyContactOn);
    }
}
