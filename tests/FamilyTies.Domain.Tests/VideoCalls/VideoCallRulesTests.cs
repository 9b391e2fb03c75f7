using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Tests.Visits;
using FamilyTies.Domain.VideoCalls;
using FamilyTies.Domain.Visits;
using static FamilyTies.Domain.Tests.Visits.BookingTestData;

namespace FamilyTies.Domain.Tests.VideoCalls;

/// <summary>The video-call rules on data in memory: fixed dates, so nothing depends on the day the test runs.</summary>
public sealed class VideoCallRulesTests
{
    private static readonly Establishment Prison = new()
    {
        Id = 3, Name = "HMP Littlehey", AdultAge = 18, MinBookingNoticeDays = 1, MaxBookingNoticeDays = 28, VideoCallsPerMonth = 2,
        VideoCallMinutesPerMonth = 60, MaxVideoCallParticipants = 4,
    };

    private static VideoSession Session() => new()
    {
        Id = 7, EstablishmentId = 3, VideoResourceId = 2, Resource = new VideoResource { Id = 2, Name = "Booth 1" }, DayOfWeek = DayOfWeek.Tuesday,
        StartTime = new TimeOnly(18, 0), EndTime = new TimeOnly(18, 30),
    };

    private static BookingVisitor V((Contact Contact, PrisonerContact Link) v, params Restriction[] r) => new(v.Contact, v.Link, r);

    private static IReadOnlyList<Refusal> Decide(IReadOnlyList<BookingVisitor> people, int? main, VideoAllowance? allowance = null, int slotBooked = 0,
        VideoCallKind kind = VideoCallKind.Allowance, IReadOnlyList<VideoBlock>? blocks = null, IReadOnlyList<Restriction>? prisonerRestrictions = null) =>
        VideoCallRules.Decide(new VideoBookingContext(Prison, Prisoner(), Session(), Tuesday, people, main, prisonerRestrictions ?? [], blocks ?? [], slotBooked, [],
            allowance ?? new VideoAllowance(2, 60, 0, 0), kind, Today));

    [Fact]
    public void An_adult_main_caller_with_approved_people_up_to_the_maximum_is_allowed()
    {
        var adult = VisitorAged(40);
        Assert.Empty(Decide([V(adult), V(VisitorAged(9)), V(VisitorAged(30)), V(VisitorAged(70))], adult.Contact.Id));
    }

    [Fact]
    public void Each_participant_rule_refuses_with_its_own_rule()
    {
        var adult = VisitorAged(40);
        Assert.Contains(Decide([V(adult), V(VisitorAged(9)), V(VisitorAged(30)), V(VisitorAged(70)), V(VisitorAged(50))], adult.Contact.Id), r => r.Rule == BookingRule.Participants);
        Assert.Contains(Decide([], null), r => r.Rule == BookingRule.Participants);
        var teen = VisitorAged(17);
        Assert.Contains(Decide([V(teen), V(adult)], teen.Contact.Id), r => r.Rule == BookingRule.MainCaller);
        Assert.Empty(Decide([V(VisitorAged(18, "Eighteen")), V(adult)], adult.Contact.Id));
        var unknownAge = (new Contact { Id = 999, FirstName = "No", LastName = "Birthday" }, new PrisonerContact { PrisonerId = PrisonerId, ContactId = 999, ApprovedVisitor = true });
        Assert.Contains(Decide([V(unknownAge)], 999), r => r.Rule == BookingRule.MainCaller);
        Assert.Contains(Decide([V(VisitorAged(40, approved: false))], null), r => r.Rule == BookingRule.VisitorApproved);
        var banned = VisitorAged(40);
        Assert.Contains(Decide([V(banned, new Restriction { Type = RestrictionType.Ban, ContactId = banned.Contact.Id, StartDate = Today })], banned.Contact.Id),
            r => r.Rule == BookingRule.VisitorBanned);
        Assert.Contains(Decide([V(adult)], adult.Contact.Id, prisonerRestrictions: [new Restriction { Type = RestrictionType.NonContact, PrisonerId = PrisonerId, StartDate = Today }]),
            r => r.Rule == BookingRule.NonContact);
        var child = VisitorAged(8);
        var childContact = new Restriction { Type = RestrictionType.ChildContact, PrisonerId = PrisonerId, StartDate = Today };
        Assert.Contains(Decide([V(adult), V(child)], adult.Contact.Id, prisonerRestrictions: [childContact]), r => r.Rule == BookingRule.ChildContact);
        Assert.Empty(Decide([V(adult), V(VisitorAged(8, childApproved: true))], adult.Contact.Id, prisonerRestrictions: [childContact]));
    }

    [Fact]
    public void The_booth_taken_a_block_or_a_used_allowance_refuses_but_a_compassionate_call_is_outside_the_allowance()
    {
        var adult = VisitorAged(40);
        Assert.Contains(Decide([V(adult)], adult.Contact.Id, slotBooked: 1), r => r.Rule == BookingRule.Capacity);
        Assert.Contains(Decide([V(adult)], adult.Contact.Id, blocks: [new VideoBlock { VideoResourceId = 2, FromDate = Tuesday, ToDate = Tuesday, Reason = "Broken" }]),
            r => r.Rule == BookingRule.SessionBlocked);
        Assert.Empty(Decide([V(adult)], adult.Contact.Id, blocks: [new VideoBlock { VideoResourceId = 9, FromDate = Tuesday, ToDate = Tuesday, Reason = "Other booth" }]));
        var used = new VideoAllowance(2, 60, 2, 60);
        Assert.Contains(Decide([V(adult)], adult.Contact.Id, used), r => r.Rule == BookingRule.VideoAllowance);
        Assert.Empty(Decide([V(adult)], adult.Contact.Id, used, kind: VideoCallKind.Compassionate));
        // One call left but only 20 minutes: a 30-minute session does not fit.
        Assert.Contains(Decide([V(adult)], adult.Contact.Id, new VideoAllowance(3, 60, 2, 40)), r => r.Rule == BookingRule.VideoAllowance);
    }

    [Fact]
    public void The_allowance_adds_wellbeing_extras_and_exchanged_orders_and_caps_the_setting_at_60_minutes()
    {
        var generous = new Establishment { VideoCallsPerMonth = 4, VideoCallMinutesPerMonth = 120 };
        var calls = new[]
        {
            new VideoCall { Kind = VideoCallKind.Allowance, StartTime = new(10, 0), EndTime = new(10, 30) },
            new VideoCall { Kind = VideoCallKind.Compassionate, StartTime = new(11, 0), EndTime = new(12, 0) },
            new VideoCall { Kind = VideoCallKind.Allowance, Status = VideoCallStatus.Cancelled, StartTime = new(12, 0), EndTime = new(12, 30) },
        };
        Assert.Equal(new VideoAllowance(4, 60, 1, 30), VideoAllowance.For(generous, [], 0, calls));
        Assert.Equal(new VideoAllowance(6, 120, 1, 30), VideoAllowance.For(generous, [new VideoCallExtra { Calls = 1, Minutes = 30 }], 1, calls));
    }

    [Fact]
    public void The_familys_local_time_is_shown_and_their_night_flagged_on_either_side_of_the_clock_change()
    {
        // 28 March 2027: London goes to BST; Manila (UTC+8) has no summer time.
        var winter = VideoCallRules.ForFamily(new DateOnly(2027, 3, 27), new TimeOnly(16, 0), new TimeOnly(16, 30), "Asia/Manila")!;
        Assert.Equal((new DateTime(2027, 3, 28, 0, 0, 0), true), (winter.Start, winter.Night));
        var summer = VideoCallRules.ForFamily(new DateOnly(2027, 3, 29), new TimeOnly(16, 0), new TimeOnly(16, 30), "Asia/Manila")!;
        Assert.Equal((new DateTime(2027, 3, 29, 23, 0, 0), true), (summer.Start, summer.Night));
        var afternoon = VideoCallRules.ForFamily(new DateOnly(2027, 3, 29), new TimeOnly(6, 0), new TimeOnly(6, 30), "Asia/Manila")!;
        Assert.Equal((new DateTime(2027, 3, 29, 13, 0, 0), false), (afternoon.Start, afternoon.Night));
        Assert.Null(VideoCallRules.ForFamily(new DateOnly(2027, 3, 29), new TimeOnly(6, 0), new TimeOnly(6, 30), "Not/AZone"));
        Assert.Null(VideoCallRules.ForFamily(new DateOnly(2027, 3, 29), new TimeOnly(6, 0), new TimeOnly(6, 30), ""));
    }
}
