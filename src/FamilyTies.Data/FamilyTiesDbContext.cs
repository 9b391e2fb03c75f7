using System.Linq.Expressions;
using FamilyTies.Data.Identity;
using FamilyTies.Domain.Auditing;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Domain.SaferCustody;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyTies.Data;

public class FamilyTiesDbContext(DbContextOptions<FamilyTiesDbContext> options, ICurrentUser currentUser, TimeProvider clock)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    private readonly DbContextOptions<FamilyTiesDbContext> contextOptions = options;

    public ICurrentUser CurrentUser { get; } = currentUser;
    public TimeProvider Clock { get; } = clock;

    /// <summary>
    /// A new context on the same database, acting as the same user in the same establishment on the same clock: for
    /// reading beside this one at the same time (a context is not safe for concurrent use). The caller disposes it.
    /// </summary>
    public FamilyTiesDbContext Sibling() => new(contextOptions, CurrentUser, Clock);

    /// <summary>Read by the global query filter on every establishment-owned entity.</summary>
    public int? CurrentEstablishmentId => CurrentUser.EstablishmentId;

    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<StaffEstablishment> StaffEstablishments => Set<StaffEstablishment>();
    public DbSet<StaffEstablishmentRole> StaffEstablishmentRoles => Set<StaffEstablishmentRole>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Prisoner> Prisoners => Set<Prisoner>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<PrisonerContact> PrisonerContacts => Set<PrisonerContact>();
    public DbSet<Restriction> Restrictions => Set<Restriction>();
    public DbSet<NonAssociation> NonAssociations => Set<NonAssociation>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<SessionTemplate> SessionTemplates => Set<SessionTemplate>();
    public DbSet<SessionSlot> SessionSlots => Set<SessionSlot>();
    public DbSet<BlockedDate> BlockedDates => Set<BlockedDate>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitVisitor> VisitVisitors => Set<VisitVisitor>();
    public DbSet<VisitEvent> VisitEvents => Set<VisitEvent>();
    public DbSet<VisitingOrderEntry> VisitingOrderEntries => Set<VisitingOrderEntry>();
    public DbSet<VisitingOrderBalance> VisitingOrderBalances => Set<VisitingOrderBalance>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    public DbSet<SaferCustodyContact> SaferCustodyContacts => Set<SaferCustodyContact>();
    public DbSet<ContactAction> ContactActions => Set<ContactAction>();
    public DbSet<CallerFeedback> CallerFeedback => Set<CallerFeedback>();
    public DbSet<ContactCorrection> ContactCorrections => Set<ContactCorrection>();
    public DbSet<VoicemailCheck> VoicemailChecks => Set<VoicemailCheck>();
    public DbSet<SafetyCase> SafetyCases => Set<SafetyCase>();
    public DbSet<FamilyInvolvementEntry> FamilyInvolvementEntries => Set<FamilyInvolvementEntry>();
    // Self-assessment (docs/decisions/0022-self-assessment.md)
    public DbSet<FamilyTies.Domain.SelfAssessment.Requirement> Requirements => Set<FamilyTies.Domain.SelfAssessment.Requirement>();
    public DbSet<FamilyTies.Domain.SelfAssessment.RequirementEvidence> RequirementEvidence => Set<FamilyTies.Domain.SelfAssessment.RequirementEvidence>();
    public DbSet<FamilyTies.Domain.SelfAssessment.AssessmentScore> AssessmentScores => Set<FamilyTies.Domain.SelfAssessment.AssessmentScore>();
    public DbSet<FamilyTies.Domain.SelfAssessment.ScoreModeration> ScoreModerations => Set<FamilyTies.Domain.SelfAssessment.ScoreModeration>();
    public DbSet<FamilyTies.Domain.SelfAssessment.ActionPlanItem> ActionPlanItems => Set<FamilyTies.Domain.SelfAssessment.ActionPlanItem>();

    // The visit day (issue 13, docs/decisions/0021-visit-day.md).
    public DbSet<HallTable> HallTables => Set<HallTable>();
    public DbSet<SessionRun> SessionRuns => Set<SessionRun>();
    public DbSet<VisitAttendance> VisitAttendances => Set<VisitAttendance>();
    public DbSet<VisitorArrival> VisitorArrivals => Set<VisitorArrival>();
    public DbSet<NoVisitsSupport> NoVisitsSupports => Set<NoVisitsSupport>();
    public DbSet<HpvTold> HpvTolds => Set<HpvTold>();
    // Care-experienced and foreign-national prisoners (issue 12).
    public DbSet<FamilyTies.Domain.CareExperienced.CareExperiencedRecord> CareExperiencedRecords => Set<FamilyTies.Domain.CareExperienced.CareExperiencedRecord>();
    public DbSet<FamilyTies.Domain.CareExperienced.PersonalAdviserContact> PersonalAdviserContacts => Set<FamilyTies.Domain.CareExperienced.PersonalAdviserContact>();
    public DbSet<FamilyTies.Domain.ForeignNationals.FamilyAbroad> FamilyAbroad => Set<FamilyTies.Domain.ForeignNationals.FamilyAbroad>();
    public DbSet<FamilyTies.Domain.ForeignNationals.NightCallOverride> NightCallOverrides => Set<FamilyTies.Domain.ForeignNationals.NightCallOverride>();
    public DbSet<FamilyTies.Domain.ForeignNationals.InternationalCredit> InternationalCredits => Set<FamilyTies.Domain.ForeignNationals.InternationalCredit>();
    public DbSet<FamilyTies.Domain.ForeignNationals.OfficialContact> OfficialContacts => Set<FamilyTies.Domain.ForeignNationals.OfficialContact>();
    public DbSet<FamilyTies.Domain.ForeignNationals.InterpreterRequest> InterpreterRequests => Set<FamilyTies.Domain.ForeignNationals.InterpreterRequest>();
    // Drop-in sessions for care-experienced prisoners (issue 12, decision 0023).
    public DbSet<FamilyTies.Domain.CareExperienced.DropInSession> DropInSessions => Set<FamilyTies.Domain.CareExperienced.DropInSession>();
    public DbSet<FamilyTies.Domain.CareExperienced.DropInAttendance> DropInAttendances => Set<FamilyTies.Domain.CareExperienced.DropInAttendance>();
    // Family days, forums, schemes and surveys (issue 11).
    public DbSet<FamilyDay> FamilyDays => Set<FamilyDay>();
    public DbSet<SchoolTermDate> SchoolTermDates => Set<SchoolTermDate>();
    public DbSet<FamilyDayApplication> FamilyDayApplications => Set<FamilyDayApplication>();
    public DbSet<FamilyDayGuest> FamilyDayGuests => Set<FamilyDayGuest>();
    public DbSet<FamilyDayApplicationEvent> FamilyDayApplicationEvents => Set<FamilyDayApplicationEvent>();
    public DbSet<Forum> Forums => Set<Forum>();
    public DbSet<ForumAction> ForumActions => Set<ForumAction>();
    public DbSet<Scheme> Schemes => Set<Scheme>();
    public DbSet<SchemeParticipation> SchemeParticipations => Set<SchemeParticipation>();
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    // Video calls (issue 10).
    public DbSet<FamilyTies.Domain.VideoCalls.VideoResource> VideoResources => Set<FamilyTies.Domain.VideoCalls.VideoResource>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoSession> VideoSessions => Set<FamilyTies.Domain.VideoCalls.VideoSession>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoBlock> VideoBlocks => Set<FamilyTies.Domain.VideoCalls.VideoBlock>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoSlot> VideoSlots => Set<FamilyTies.Domain.VideoCalls.VideoSlot>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoCall> VideoCalls => Set<FamilyTies.Domain.VideoCalls.VideoCall>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoCallParticipant> VideoCallParticipants => Set<FamilyTies.Domain.VideoCalls.VideoCallParticipant>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoCallExtra> VideoCallExtras => Set<FamilyTies.Domain.VideoCalls.VideoCallExtra>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoCallPriority> VideoCallPriorities => Set<FamilyTies.Domain.VideoCalls.VideoCallPriority>();
    public DbSet<FamilyTies.Domain.VideoCalls.VideoCallDemand> VideoCallDemands => Set<FamilyTies.Domain.VideoCalls.VideoCallDemand>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FamilyTiesDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IEstablishmentOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(EstablishmentFilter(entityType.ClrType));
        }

        // A visit's visitors are seen where the visit is (VisitVisitor belongs to no establishment of its own).
        builder.Entity<VisitVisitor>().HasQueryFilter(vv =>
            Set<Visit>().Any(v => v.Id == vv.VisitId && v.EstablishmentId == CurrentEstablishmentId));
        // A video call's participants likewise, where the call is (issue 10).
        builder.Entity<FamilyTies.Domain.VideoCalls.VideoCallParticipant>().HasQueryFilter(p =>
            Set<FamilyTies.Domain.VideoCalls.VideoCall>().Any(v => v.Id == p.VideoCallId && v.EstablishmentId == CurrentEstablishmentId));

        // A contact belongs to no one establishment: it is seen through links to this establishment's prisoners, by the
        // establishment that recorded it before any link exists, and where it is a visitor on a visit: a visit's record
        // keeps showing who came even after the link moved away (a transfer), so a visitor row never loses its contact.
        builder.Entity<Contact>().HasQueryFilter(c =>
            c.CreatedInEstablishmentId == CurrentEstablishmentId
            || c.Links.Any(l => l.EstablishmentId == CurrentEstablishmentId)
            || Set<VisitVisitor>().Any(vv => vv.ContactId == c.Id
                                             && Set<Visit>().Any(v => v.Id == vv.VisitId && v.EstablishmentId == CurrentEstablishmentId)));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(256);
        configurationBuilder.Properties<decimal>().HavePrecision(10, 2);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; store instants as sortable binary ticks.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    private LambdaExpression EstablishmentFilter(Type clrType)
    {
        // e => e.EstablishmentId == this.CurrentEstablishmentId  (EF re-evaluates the context member per query)
        var entity = Expression.Parameter(clrType, "e");
        var owned = Expression.Convert(
            Expression.Property(entity, nameof(IEstablishmentOwned.EstablishmentId)), typeof(int?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentEstablishmentId));
        return Expression.Lambda(Expression.Equal(owned, current), entity);
    }
}
