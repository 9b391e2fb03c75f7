using System.Reflection;
using System.Security.Claims;
using FamilyTies.Domain;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests;

/// <summary>
/// Every controller action, found by reflection, against the table of who may use it. A new action that is not in
/// the table fails this test, so nobody adds a page without deciding who may see it.
/// </summary>
[Collection("App")]
public sealed class AuthorizationMatrixTests(AppFixture fixture)
{
    private const string Anonymous = "anonymous";
    private const string AnySignedIn = "any signed-in user";

    private static readonly string[] EstablishmentRoles = [.. Roles.RecordReaders];
    private static readonly string[] VisitsRoles = [Roles.VisitsStaff, Roles.VisitsManager, Roles.FamilyLead];
    private static readonly string[] VisitsManagers = [Roles.VisitsManager];
    private static readonly string[] FamilyServicesRoles = [Roles.FamilyServices, Roles.FamilyLead];
    private static readonly string[] SaferCustodyRoles = [Roles.SaferCustody, Roles.FamilyLead];
    /// <summary>The family lead reads safer custody records; only the team logs, acts, corrects and closes.</summary>
    private static readonly string[] SaferCustodyTeam = [Roles.SaferCustody];
    private static readonly string[] SettingsReaders = [Roles.EstablishmentAdmin, Roles.FamilyLead];
    private static readonly string[] Admin = [Roles.EstablishmentAdmin];
    private static readonly string[] PrisonerEditors = [Roles.VisitsManager, Roles.EstablishmentAdmin];
    private static readonly string[] ContactEditors = [Roles.VisitsStaff, Roles.VisitsManager, Roles.Security, Roles.FamilyServices, Roles.SaferCustody];
    private static readonly string[] SecurityOnly = [Roles.Security];
    private static readonly string[] AuditReaders = [Roles.FamilyLead, Roles.EstablishmentAdmin];
    private static readonly string[] Bookers = [Roles.VisitsStaff, Roles.VisitsManager];
    private static readonly string[] RollImport = [Roles.VisitsManager, Roles.EstablishmentAdmin];
    // Self-assessment (decision 0022): figures for the family lead and the prison group director; rows for the lead only.
    private static readonly string[] FiguresReaders = [Roles.FamilyLead, Roles.PrisonGroupDirector];
    private static readonly string[] LeadOnly = [Roles.FamilyLead];
    private static readonly string[] GroupDirector = [Roles.PrisonGroupDirector];
    private static readonly string[] NationalTeam = [Roles.NationalViewer];
    /// <summary>Care-experienced and foreign-national records: family services change them, the family lead reads.</summary>
    private static readonly string[] FamilyServicesOnly = [Roles.FamilyServices];

    /// <summary>Action (controller type without the FamilyTies.Web. prefix, action, HTTP method) → who may use it.</summary>
    private static readonly Dictionary<string, object> Expected = new()
    {
        ["Features.Account.AccountController.SignInPage GET"] = Anonymous,
        ["Features.Account.AccountController.SignInSubmit POST"] = Anonymous,
        ["Features.Account.AccountController.SignOutUser POST"] = AnySignedIn,
        ["Features.Account.AccountController.ChangePassword GET"] = AnySignedIn,
        ["Features.Account.AccountController.ChangePassword POST"] = AnySignedIn,
        ["Features.Errors.ErrorsController.Show ANY"] = Anonymous,
        ["Features.Home.HomeController.Index GET"] = AnySignedIn,
        ["Features.Establishments.EstablishmentsController.Switch POST"] = AnySignedIn,
        ["Features.Prisoners.PrisonersController.Index GET"] = EstablishmentRoles,
        ["Features.Prisoners.PrisonersController.Details GET"] = EstablishmentRoles,
        ["Features.Prisoners.PrisonersController.ContactsTab GET"] = EstablishmentRoles,
        ["Features.Prisoners.PrisonersController.RestrictionsTab GET"] = EstablishmentRoles,
        ["Features.Prisoners.PrisonersController.Create GET"] = PrisonerEditors,
        ["Features.Prisoners.PrisonersController.Create POST"] = PrisonerEditors,
        ["Features.Prisoners.PrisonersController.Edit GET"] = PrisonerEditors,
        ["Features.Prisoners.PrisonersController.Edit POST"] = PrisonerEditors,
        ["Features.Contacts.ContactsController.Index GET"] = EstablishmentRoles,
        ["Features.Contacts.ContactsController.Details GET"] = EstablishmentRoles,
        ["Features.Contacts.ContactsController.Create GET"] = ContactEditors,
        ["Features.Contacts.ContactsController.Create POST"] = ContactEditors,
        ["Features.Contacts.ContactsController.Edit GET"] = ContactEditors,
        ["Features.Contacts.ContactsController.Edit POST"] = ContactEditors,
        ["Features.Contacts.ContactsController.Link GET"] = ContactEditors,
        ["Features.Contacts.ContactsController.Link POST"] = ContactEditors,
        ["Features.Contacts.ContactsController.EditLink GET"] = ContactEditors,
        ["Features.Contacts.ContactsController.EditLink POST"] = ContactEditors,
        ["Features.Restrictions.RestrictionsController.Create GET"] = SecurityOnly,
        ["Features.Restrictions.RestrictionsController.Create POST"] = SecurityOnly,
        ["Features.Restrictions.RestrictionsController.End GET"] = SecurityOnly,
        ["Features.Restrictions.RestrictionsController.End POST"] = SecurityOnly,
        ["Features.NonAssociations.NonAssociationsController.Create GET"] = SecurityOnly,
        ["Features.NonAssociations.NonAssociationsController.Create POST"] = SecurityOnly,
        ["Features.NonAssociations.NonAssociationsController.End GET"] = SecurityOnly,
        ["Features.NonAssociations.NonAssociationsController.End POST"] = SecurityOnly,
        ["Features.Audit.AuditController.Index GET"] = AuditReaders,
        ["Areas.Visits.Bookings.BookingsController.FindPrisoner GET"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Start GET"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Restart GET"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Visitors POST"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Session POST"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Support POST"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.MainContact POST"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Check POST"] = Bookers,
        ["Areas.Visits.Bookings.BookingsController.Book POST"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Details GET"] = VisitsRoles,
        ["Areas.Visits.BookedVisit.BookedVisitController.Confirmation GET"] = VisitsRoles,
        ["Areas.Visits.BookedVisit.BookedVisitController.NeedsReview GET"] = VisitsRoles,
        ["Areas.Visits.BookedVisit.BookedVisitController.Cancel GET"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Cancel POST"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Amend GET"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Amend POST"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Keep POST"] = Bookers,
        ["Areas.Visits.BookedVisit.BookedVisitController.Print GET"] = VisitsRoles,
        ["Features.VisitingOrders.VisitingOrdersController.Index GET"] = EstablishmentRoles,
        ["Features.VisitingOrders.VisitingOrdersController.Adjust GET"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Adjust POST"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Accumulate GET"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Accumulate POST"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Exchange GET"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Exchange POST"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Substitute GET"] = VisitsManagers,
        ["Features.VisitingOrders.VisitingOrdersController.Substitute POST"] = VisitsManagers,
        ["Features.RollImport.RollImportController.Upload GET"] = RollImport,
        ["Features.RollImport.RollImportController.Upload POST"] = RollImport,
        ["Features.RollImport.RollImportController.Confirm POST"] = RollImport,
        ["Features.RollImport.RollImportController.Result GET"] = RollImport,
        ["Areas.Visits.Home.HomeController.Index ANY"] = VisitsRoles,
        ["Areas.Visits.Timetable.TimetableController.Index GET"] = VisitsRoles,
        ["Areas.Visits.Blocks.BlocksController.Index GET"] = VisitsRoles,
        ["Areas.Visits.Blocks.BlocksController.Create GET"] = VisitsManagers,
        ["Areas.Visits.Blocks.BlocksController.Create POST"] = VisitsManagers,
        ["Areas.Visits.Blocks.BlocksController.Remove GET"] = VisitsManagers,
        ["Areas.Visits.Blocks.BlocksController.ConfirmRemove POST"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Index GET"] = VisitsRoles,
        ["Areas.Visits.Sessions.SessionsController.Create GET"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Create POST"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Edit GET"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Edit POST"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Deactivate GET"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.ConfirmDeactivate POST"] = VisitsManagers,
        ["Areas.Visits.Sessions.SessionsController.Reactivate POST"] = VisitsManagers,
        ["Areas.Visits.Rooms.RoomsController.Index GET"] = VisitsRoles,
        ["Areas.Visits.Rooms.RoomsController.Create GET"] = VisitsManagers,
        ["Areas.Visits.Rooms.RoomsController.Create POST"] = VisitsManagers,
        ["Areas.Visits.Rooms.RoomsController.Edit GET"] = VisitsManagers,
        ["Areas.Visits.Rooms.RoomsController.Edit POST"] = VisitsManagers,
        ["Areas.Visits.Visiting.VisitingController.Index GET"] = Anonymous,
        ["Areas.Visits.Visiting.VisitingController.Establishment GET"] = Anonymous,
        ["Areas.FamilyDays.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        // Family days (issue 11): family services run them, security record the checks, the family lead reads.
        ["Areas.FamilyDays.Days.DaysController.Index GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Days.DaysController.Details GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Days.DaysController.Create GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Days.DaysController.Create POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Terms.TermsController.Index GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Terms.TermsController.Create GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Terms.TermsController.Create POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Terms.TermsController.Remove POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.Apply GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.Apply POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.Details GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Applications.ApplicationsController.Decide POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.Withdraw POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.AcceptOffer POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Applications.ApplicationsController.Attendance POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Checks.ChecksController.Index GET"] = SecurityOnly,
        ["Areas.FamilyDays.Checks.ChecksController.Security POST"] = SecurityOnly,
        ["Areas.FamilyDays.Checks.ChecksController.Child POST"] = SecurityOnly,
        ["Areas.FamilyDays.Forums.ForumsController.Index GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Forums.ForumsController.Details GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Forums.ForumsController.Print GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Forums.ForumsController.Create GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Forums.ForumsController.Create POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Forums.ForumsController.AddAction POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Forums.ForumsController.UpdateAction POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.Index GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Schemes.PrisonerSchemesController.Index GET"] = EstablishmentRoles,
        ["Areas.FamilyDays.Surveys.SurveysController.Index GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Days.DaysController.Edit GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Days.DaysController.Edit POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Days.DaysController.Cancel GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Days.DaysController.Cancel POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.Create GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.Create POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.Details GET"] = FamilyServicesRoles,
        ["Areas.FamilyDays.Schemes.SchemesController.AddParticipant GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.AddParticipant POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.ChangeParticipation GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Schemes.SchemesController.ChangeParticipation POST"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Surveys.SurveysController.Create GET"] = new[] { Roles.FamilyServices },
        ["Areas.FamilyDays.Surveys.SurveysController.Create POST"] = new[] { Roles.FamilyServices },
        ["Areas.SaferCustody.Home.HomeController.Index ANY"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Closed GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Create GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Create POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Details GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.AddAction GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.AddAction POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.TellCaller GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.TellCaller POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Close GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Close POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Correct GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Contacts.ContactsController.Correct POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Voicemail.VoicemailController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Voicemail.VoicemailController.Record POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Open GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Open POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Details GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Entry GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Entry POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Close GET"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Cases.CasesController.Close POST"] = SaferCustodyTeam,
        ["Areas.SaferCustody.Meeting.MeetingController.Index GET"] = SaferCustodyRoles,
        ["Areas.CareExperienced.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        ["Areas.ForeignNationals.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        ["Areas.Dashboard.Home.HomeController.Index GET"] = FiguresReaders,
        ["Areas.CareExperienced.Register.RegisterController.Register GET"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Register POST"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Details GET"] = FamilyServicesRoles,
        ["Areas.CareExperienced.Register.RegisterController.Contact GET"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Contact POST"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Consent GET"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Consent POST"] = FamilyServicesOnly,
        ["Areas.CareExperienced.Register.RegisterController.Worklist GET"] = FamilyServicesRoles,
        ["Areas.ForeignNationals.Records.RecordsController.Details GET"] = FamilyServicesRoles,
        ["Areas.ForeignNationals.Records.RecordsController.Worklist GET"] = FamilyServicesRoles,
        ["Areas.ForeignNationals.Records.RecordsController.Family GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Family POST"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.NightCall GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.NightCall POST"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Credit GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Credit POST"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Official GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Official POST"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Interpreter GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.Interpreter POST"] = FamilyServicesOnly,
        // Drop-in sessions and deciding night-call requests (issue 12, t12-dropins).
        ["Areas.CareExperienced.DropIns.DropInsController.Index GET"] = FamilyServicesRoles,
        ["Areas.CareExperienced.DropIns.DropInsController.Create GET"] = FamilyServicesOnly,
        ["Areas.CareExperienced.DropIns.DropInsController.Create POST"] = FamilyServicesOnly,
        ["Areas.CareExperienced.DropIns.DropInsController.Details GET"] = FamilyServicesRoles,
        ["Areas.CareExperienced.DropIns.DropInsController.Attendance GET"] = FamilyServicesOnly,
        ["Areas.CareExperienced.DropIns.DropInsController.Attendance POST"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.DecideNightCall GET"] = FamilyServicesOnly,
        ["Areas.ForeignNationals.Records.RecordsController.DecideNightCall POST"] = FamilyServicesOnly,
        ["Areas.Dashboard.Home.HomeController.Measure GET"] = new[] { Roles.FamilyLead },
        ["Areas.Dashboard.Home.HomeController.RowsCsv GET"] = new[] { Roles.FamilyLead },
        ["Areas.Dashboard.Home.HomeController.RowsXlsx GET"] = new[] { Roles.FamilyLead },
        ["Areas.Dashboard.Home.HomeController.MeasuresCsv GET"] = FiguresReaders,
        ["Areas.Dashboard.Home.HomeController.MeasuresXlsx GET"] = FiguresReaders,
        ["Areas.Dashboard.Home.HomeController.Report GET"] = FiguresReaders,
        ["Areas.Dashboard.National.NationalController.Index GET"] = new[] { Roles.NationalViewer },
        ["Areas.Dashboard.National.NationalController.MeasuresCsv GET"] = new[] { Roles.NationalViewer },
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.Index GET"] = FiguresReaders,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement GET"] = FiguresReaders,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement POST"] = LeadOnly,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.Moderate POST"] = GroupDirector,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.NewAction GET"] = LeadOnly,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.NewAction POST"] = LeadOnly,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.EditAction GET"] = LeadOnly,
        ["Areas.Dashboard.SelfAssessment.SelfAssessmentController.EditAction POST"] = LeadOnly,
        ["Areas.Dashboard.Framework.FrameworkController.Index GET"] = NationalTeam,
        ["Areas.Dashboard.Framework.FrameworkController.Edit GET"] = NationalTeam,
        ["Areas.Dashboard.Framework.FrameworkController.Edit POST"] = NationalTeam,
        ["Areas.Admin.Home.HomeController.Index ANY"] = Admin,
        ["Areas.Admin.Staff.StaffController.Index GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Create GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Create POST"] = Admin,
        ["Areas.Admin.Staff.StaffController.Edit GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Edit POST"] = Admin,
        ["Areas.Admin.Settings.SettingsController.Edit GET"] = SettingsReaders,
        ["Areas.Admin.Settings.SettingsController.Edit POST"] = Admin,
        // The visit day (issue 13): visits staff run the day, visits managers also correct, the family lead reads.
        ["Areas.Visits.FindVisit.FindVisitController.Find GET"] = VisitsRoles,
        ["Areas.Visits.FindVisit.PrisonerVisitsController.Index GET"] = EstablishmentRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Day GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.PrintDay GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Session GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Print GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Passes GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Unresolved GET"] = VisitsRoles,
        ["Areas.Visits.VisitDay.VisitDayController.Run GET"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Run POST"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.AllWhoArrived POST"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Arrival GET"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Arrival POST"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Outcome GET"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Outcome POST"] = Bookers,
        ["Areas.Visits.VisitDay.VisitDayController.Correct GET"] = VisitsManagers,
        ["Areas.Visits.VisitDay.VisitDayController.Correct POST"] = VisitsManagers,
        // No visits, Help with Prison Visits, hall tables (issue 13 §5, §6, §3).
        ["Areas.Visits.NoVisits.NoVisitsController.Index GET"] = VisitsRoles,
        ["Areas.Visits.NoVisits.NoVisitsController.Export GET"] = VisitsRoles,
        ["Areas.Visits.NoVisits.NoVisitsController.Prisoner GET"] = VisitsRoles,
        ["Areas.Visits.NoVisits.NoVisitsController.Offer POST"] = Bookers,
        ["Areas.Visits.NoVisits.NoVisitsController.TakenUp GET"] = Bookers,
        ["Areas.Visits.NoVisits.NoVisitsController.TakenUp POST"] = Bookers,
        ["Areas.Visits.Hpv.HpvController.Family GET"] = VisitsRoles,
        ["Areas.Visits.Hpv.HpvController.Told POST"] = Bookers,
        ["Areas.Visits.Hpv.HpvController.Stamped POST"] = Bookers,
        ["Areas.Visits.Tables.TablesController.Index GET"] = VisitsRoles,
        ["Areas.Visits.Tables.TablesController.Create GET"] = VisitsManagers,
        ["Areas.Visits.Tables.TablesController.Create POST"] = VisitsManagers,
        ["Areas.Visits.Tables.TablesController.Edit GET"] = VisitsManagers,
        ["Areas.Visits.Tables.TablesController.Edit POST"] = VisitsManagers,
        // Video calls (issue 10): visits staff book and record, the visits manager manages resources, sessions, blocks and extras, the family lead reads.
        ["Areas.Visits.VideoCalls.VideoCallsController.Index GET"] = VisitsRoles,
        ["Areas.Visits.VideoCalls.VideoCallsController.Book GET"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Slots POST"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Book POST"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Details GET"] = VisitsRoles,
        ["Areas.Visits.VideoCalls.VideoCallsController.Record GET"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Record POST"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Prisoner GET"] = VisitsRoles,
        ["Areas.Visits.VideoCalls.VideoCallsController.GrantExtra POST"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoCallsController.AddPriority POST"] = Bookers,
        ["Areas.Visits.VideoCalls.VideoCallsController.Offer GET"] = VisitsRoles,
        ["Areas.Visits.VideoCalls.VideoResourcesController.Index GET"] = VisitsRoles,
        ["Areas.Visits.VideoCalls.VideoResourcesController.Create GET"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoResourcesController.Create POST"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoResourcesController.AddSession GET"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoResourcesController.AddSession POST"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoResourcesController.Block GET"] = VisitsManagers,
        ["Areas.Visits.VideoCalls.VideoResourcesController.Block POST"] = VisitsManagers,
    };

    public static IEnumerable<(string Key, MethodInfo Action, Type Controller)> Actions() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
                .Select(m => (Key(t, m), m, t)));

    private static string Key(Type controller, MethodInfo action)
    {
        var verbs = action.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods).Distinct().ToList();
        return $"{controller.FullName!["FamilyTies.Web.".Length..]}.{action.Name} {(verbs.Count == 0 ? "ANY" : string.Join(",", verbs))}";
    }

    [Fact]
    public void Every_action_is_in_the_table_and_every_table_entry_is_an_action()
    {
        var actual = Actions().Select(a => a.Key).ToList();
        Assert.Empty(actual.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(actual));
        Assert.Equal(actual.Count, actual.Distinct().Count());
    }

    [Fact]
    public async Task Each_action_admits_exactly_the_roles_in_the_table()
    {
        var authorization = fixture.App(DatabaseKind.Sqlite).Services.GetRequiredService<IAuthorizationService>();
        var failures = new List<string>();
        foreach (var (key, action, controller) in Actions())
        {
            var anonymous = action.GetCustomAttribute<AllowAnonymousAttribute>() is not null
                            || controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var policies = controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
                .Concat(action.GetCustomAttributes<AuthorizeAttribute>())
                .Select(a => a.Policy)
                .OfType<string>()
                .ToList();

            if (!Expected.TryGetValue(key, out var expected))
            {
                failures.Add($"{key} is not in the table: decide who may use it and add it");
                continue;
            }
            if (expected is Anonymous)
            {
                if (!anonymous)
                {
                    failures.Add($"{key} should allow anonymous access");
                }
                continue;
            }
            if (anonymous)
            {
                failures.Add($"{key} allows anonymous access but should not");
                continue;
            }

            var admitted = new List<string>();
            foreach (var role in Roles.All)
            {
                var user = Principal(role);
                var allowed = true;
                foreach (var policy in policies.DefaultIfEmpty("__fallback"))
                {
                    var result = policy == "__fallback"
                        ? await authorization.AuthorizeAsync(user, null, new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
                        : await authorization.AuthorizeAsync(user, policy);
                    allowed &= result.Succeeded;
                }
                if (allowed)
                {
                    admitted.Add(role);
                }
            }
            var expectedRoles = expected is AnySignedIn ? Roles.All.ToArray() : (string[])expected;
            if (!admitted.Order().SequenceEqual(expectedRoles.Order()))
            {
                failures.Add($"{key}: admits [{string.Join(", ", admitted)}] but the table says [{string.Join(", ", expectedRoles)}]");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The POSTs anyone signed in may make about their own session and account, whatever their role.</summary>
    private static readonly HashSet<string> OwnAccount =
    [
        "Features.Account.AccountController.SignOutUser POST",
        "Features.Account.AccountController.ChangePassword POST",
        "Features.Establishments.EstablishmentsController.Switch POST",
    ];

    /// <summary>
    /// What the family lead and the national team do change (SPEC "Additions"): the lead the self-assessment and the
    /// action plan, the national team the framework (decision 0022).
    /// </summary>
    private static readonly HashSet<string> OwnWork =
    [
        "Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement POST",
        "Areas.Dashboard.SelfAssessment.SelfAssessmentController.NewAction POST",
        "Areas.Dashboard.SelfAssessment.SelfAssessmentController.EditAction POST",
        "Areas.Dashboard.Framework.FrameworkController.Edit POST",
    ];

    private static IEnumerable<(string Key, string[] Roles)> Changes() =>
        Expected.Where(e => e.Key.EndsWith(" POST", StringComparison.Ordinal) && e.Value is string[])
            .Select(e => (e.Key, (string[])e.Value));

    [Fact]
    public void The_family_lead_and_the_national_viewer_change_nothing_but_their_own_account()
    {
        // SPEC.md: the family lead reads everything and changes only their own work (self-assessment, action plan and
        // dashboard choices: OwnWork); the national viewer reads aggregates only and keeps the framework.
        var changes = Expected.Where(e => e.Key.EndsWith(" POST", StringComparison.Ordinal) && !OwnAccount.Contains(e.Key) && !OwnWork.Contains(e.Key) && e.Value is not Anonymous).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, e => Assert.True(e.Value is string[] roles && !roles.Contains(Roles.FamilyLead) && !roles.Contains(Roles.NationalViewer),
            $"{e.Key} admits the family lead or the national viewer"));
    }

    [Fact]
    public void Every_change_is_made_only_by_roles_that_may_read_its_page()
    {
        // A POST that has a GET form page of the same name admits no role the page refuses: reading and changing are
        // decided separately, and changing never reaches further than reading.
        var failures = new List<string>();
        foreach (var (key, roles) in Changes())
        {
            var get = key[..^" POST".Length] + " GET";
            if (Expected.TryGetValue(get, out var readers) && readers is string[] readRoles && roles.Except(readRoles).Any())
            {
                failures.Add($"{key} admits {string.Join(", ", roles.Except(readRoles))}, which {get} refuses");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("Areas.SaferCustody.Contacts.ContactsController.Details GET", Roles.FamilyLead, true)]
    [InlineData("Areas.SaferCustody.Contacts.ContactsController.Create POST", Roles.FamilyLead, false)]
    [InlineData("Areas.SaferCustody.Cases.CasesController.Open POST", Roles.FamilyLead, false)]
    [InlineData("Areas.Visits.Rooms.RoomsController.Index GET", Roles.FamilyLead, true)]
    [InlineData("Areas.Visits.Rooms.RoomsController.Create POST", Roles.FamilyLead, false)]
    [InlineData("Areas.Visits.Sessions.SessionsController.Index GET", Roles.VisitsStaff, true)]
    [InlineData("Areas.Visits.Sessions.SessionsController.Edit POST", Roles.VisitsStaff, false)]
    [InlineData("Areas.Admin.Settings.SettingsController.Edit GET", Roles.FamilyLead, true)]
    [InlineData("Areas.Admin.Settings.SettingsController.Edit POST", Roles.FamilyLead, false)]
    [InlineData("Areas.Visits.Bookings.BookingsController.Book POST", Roles.FamilyLead, false)]
    public void Reading_and_changing_are_decided_separately(string action, string role, bool admitted)
    {
        Assert.Equal(admitted, Expected[action] is string[] roles && roles.Contains(role));
    }

    [Fact]
    public void The_group_director_reads_figures_and_moderates_and_never_opens_a_record()
    {
        var admitted = Expected.Where(e => e.Value is string[] roles && roles.Contains(Roles.PrisonGroupDirector)).Select(e => e.Key).Order().ToList();
        Assert.Equal(
        [
            "Areas.Dashboard.Home.HomeController.Index GET",
            "Areas.Dashboard.Home.HomeController.MeasuresCsv GET",
            "Areas.Dashboard.Home.HomeController.MeasuresXlsx GET",
            "Areas.Dashboard.Home.HomeController.Report GET",
            "Areas.Dashboard.SelfAssessment.SelfAssessmentController.Index GET",
            "Areas.Dashboard.SelfAssessment.SelfAssessmentController.Moderate POST",
            "Areas.Dashboard.SelfAssessment.SelfAssessmentController.Requirement GET",
        ], admitted);
    }

    [Fact]
    public async Task A_user_without_a_current_establishment_is_refused_establishment_policies()
    {
        var authorization = fixture.App(DatabaseKind.Sqlite).Services.GetRequiredService<IAuthorizationService>();
        var noEstablishment = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.FamilyLead)], "Test"));
        Assert.False((await authorization.AuthorizeAsync(noEstablishment, Policies.Dashboard)).Succeeded);
        var managerWithoutEstablishment = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.VisitsManager)], "Test"));
        Assert.False((await authorization.AuthorizeAsync(managerWithoutEstablishment, Policies.RollImport)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(Principal(Roles.FamilyLead), Policies.Dashboard)).Succeeded);
    }

    private static ClaimsPrincipal Principal(string role)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "test-" + role), new(ClaimTypes.Role, role) };
        if (role != Roles.NationalViewer)
        {
            claims.Add(new Claim(StaffClaims.Establishment, "1"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
