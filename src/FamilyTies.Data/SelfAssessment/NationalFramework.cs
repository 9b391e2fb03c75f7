using FamilyTies.Domain.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.SelfAssessment;

/// <summary>
/// The national self-assessment framework the service starts with: 48 requirements on the three-point scale
/// (0, 2 or 3 points), 144 in all (HMIP §7.13). Each names the heading it comes from: the inspectorate's thematic
/// review (004: priority and key concerns, paragraphs) and the establishments' strategies (Wymott and Stoke Heath,
/// 000/001; Littlehey's Annex C, 003). Measures are linked by key (docs/measures.md) with the figures, over the
/// assessment's 12 months, that support "mostly met" and "fully met". After the first start the national team edits
/// it in the service; this only fills an empty framework (docs/decisions/0022-self-assessment.md).
/// </summary>
public static class NationalFramework
{
    private sealed record Link(string Key, decimal Mostly, decimal Fully);

    private static readonly Link Capacity = new("visits.capacity_used_pct", 60, 80);
    private static readonly Link Evening = new("visits.evening_capacity_share_pct", 5, 10);
    private static readonly Link Weekend = new("visits.weekend_capacity_share_pct", 25, 35);
    private static readonly Link WeekendWait = new("visits.next_weekend_slot_wait_days", 14, 7);
    private static readonly Link Regular = new("contact.regular_pct", 25, 40);
    private static readonly Link ChildrenUnknown = new("needs.children_unknown_pct", 20, 5);
    private static readonly Link DistanceUnknown = new("needs.distance_unknown_pct", 20, 5);
    private static readonly Link FirstActionMedian = new("safercustody.first_action_median_minutes", 240, 60);
    private static readonly Link FirstActionP90 = new("safercustody.first_action_p90_minutes", 1440, 480);
    private static readonly Link CallerTold = new("safercustody.caller_told_pct", 60, 85);
    private static readonly Link Overdue = new("safercustody.overdue", 12, 2);
    private static readonly Link VoicemailGap = new("safercustody.voicemail_longest_gap_minutes", 1440, 720);
    private static readonly Link AcctAsked = new("safercustody.acct_family_asked_pct", 50, 80);

    private const string Leadership = "Leadership and strategy";
    private const string Booking = "Visits: booking and information";
    private const string Times = "Visits: times and capacity";
    private const string KeepingInTouch = "Keeping in touch and prisoners without visits";
    private const string FamilyDays = "Family days and family learning";
    private const string Safety = "Safety and the families' gateway";
    private const string Needs = "Needs, diversity and cohorts";
    private const string Evidence = "Data, evidence and improvement";

    private static readonly (string Theme, string Text, string Source, Link[] Links)[] Seeds =
    [
        (Leadership, "The establishment has a current family and significant others strategy, agreed by the governor and reviewed each year.", "HMIP priority concern 1; Littlehey Annex C 2: Staffing structure", []),
        (Leadership, "A senior leader is accountable for family work, with a middle manager as champion.", "Littlehey Annex C 2: Staffing structure to ensure family work is an operational priority", []),
        (Leadership, "Family work is run jointly with the family service provider, not left to the provider alone.", "HMIP priority concern 1 (§7.1–7.3)", []),
        (Leadership, "Families can routinely raise matters with senior staff (forums or surgeries held and advertised).", "Littlehey Annex C 2; Wymott: Key priorities and aspirations (Family Forums)", []),
        (Leadership, "Staff who meet families are trained in family engagement and safeguarding children.", "Littlehey Annex C 4: Family learning; Stoke Heath: Safer custody (Safeguarding Process)", []),
        (Leadership, "The contract with the family service provider is managed, with regular partnership meetings and minutes.", "Littlehey Annex C 6: Working in partnership … including Contract Management", []),

        (Booking, "Families can book visits by phone, online and in person, and get through without long waits.", "HMIP priority concern 3 (§5.14–5.15)", [Capacity]),
        (Booking, "The establishment's published visiting times, days and ID rules are correct.", "HMIP §5.13", []),
        (Booking, "Booking is fair: no group of prisoners can take the popular times before others.", "HMIP §5.16", [Capacity]),
        (Booking, "Families get the information they need before their first visit.", "HMIP §5.19; Stoke Heath: Operations group (First Time Visitors Guide)", []),
        (Booking, "A visitors' centre or base gives a warm welcome, with toilets, lockers, refreshments and children's things.", "Littlehey Annex C 1: Visitors Centre and Visiting Services", []),
        (Booking, "Searching of visitors is proportionate and sensitive, with child-friendly guides.", "HMIP priority concern 3 (§5.20–5.22)", []),

        (Times, "Visits start on time, and late starts are recorded with their cause.", "HMIP priority concern 3 (§5.23)", []),
        (Times, "Evening visits are offered so families can come after work and school.", "HMIP key concern 7 (§5.9–5.10)", [Evening]),
        (Times, "Weekend visits are offered in proportion to demand.", "HMIP key concern 7 (§5.9)", [Weekend]),
        (Times, "A family can get a weekend visit within two weeks.", "HMIP §5.9 (waits of over two weeks for weekend visits)", [WeekendWait]),
        (Times, "Visits capacity is used, and unused sessions are reviewed.", "Littlehey: Performance and measurement (visitor numbers and session uptake)", [Capacity]),
        (Times, "Visit halls have enough tables and staff for the sessions offered.", "Wymott: Visits (two halls, dedicated visits team)", [Capacity, WeekendWait]),

        (KeepingInTouch, "Prisoners keep regular contact with family: more than one visit or video call a month.", "HMIP key concern 7 and Intro (visits underused)", [Regular]),
        (KeepingInTouch, "Social video calls are offered, promoted and used.", "HMIP key concern 8 (§6.13–6.17); Wymott: Video call visits", [Regular]),
        (KeepingInTouch, "Prisoners who get no visits are identified and offered support.", "HMIP key concern 9 (§4.15–4.18); Littlehey Standard 4", [Regular]),
        (KeepingInTouch, "Phone numbers are approved quickly in the early days in custody, with a free first-night call.", "HMIP priority concern 4 (§3.2–3.8); Stoke Heath: Residential group", []),
        (KeepingInTouch, "Letters, email and in-cell phones are available and their costs kept down.", "HMIP §6.1–6.12; Wymott: Prisoner support and keeping in touch", []),
        (KeepingInTouch, "Families are told about Help with Prison Visits and other financial support.", "HMIP key concern 7 (§5.5–5.8)", []),

        (FamilyDays, "Family days are held as often as the establishment's target.", "HMIP key concern 10 (§5.29–5.33); Wymott: Family and Significant Other Days", []),
        (FamilyDays, "Family days are held outside school hours and are long enough.", "HMIP key concern 10", []),
        (FamilyDays, "Eligibility for family days is not restrictive, and prisoners without visits can attend.", "HMIP key concern 10; Littlehey Annex C 3: Extended visits", []),
        (FamilyDays, "Relationship and parenting interventions are available to all prisoners who need them.", "HMIP priority concern 2 (§4.1–4.10); Littlehey Annex C 4: Family learning", []),
        (FamilyDays, "Reading and children's schemes (Storybook Dads, Raising Readers) are offered.", "Wymott: Working in partnerships … and Reading; Stoke Heath: Current activities and services", []),
        (FamilyDays, "Families are involved in sentence, resettlement and ROTL planning.", "HMIP key concern 12 (§4.11–4.14); Littlehey Standard 1", []),

        (Safety, "Families can reach the safer custody line, and messages are acted on quickly.", "HMIP key concern 11; Littlehey Annex C 5: 'Gateway' communication system", [FirstActionMedian]),
        (Safety, "Almost every family concern gets a first action within the day.", "HMIP key concern 11 (§3.19–3.20)", [FirstActionP90]),
        (Safety, "The caller is told what was done about their concern.", "Littlehey Annex C 5 (report back to families about any action taken)", [CallerTold]),
        (Safety, "Concerns are dealt with within the establishment's service levels.", "Wymott: Prisoner support and keeping in touch (safer custody switchboard and voicemail)", [Overdue]),
        (Safety, "The safer custody voicemail is checked through the day, with no long gaps.", "Stoke Heath: Prison communication system for families (Safer custody line process)", [VoicemailGap]),
        (Safety, "Prisoners on an ACCT are asked whether they want their family involved.", "HMIP priority concern 5 (§3.11–3.15)", [AcctAsked]),

        (Needs, "Whether each prisoner has children under 18 is recorded.", "HMIP §7.4–7.8 (no data on prisoners' children)", [ChildrenUnknown]),
        (Needs, "Each prisoner's distance from home is recorded and used in allocation and support.", "HMIP §5.2–5.4 and §7.4", [DistanceUnknown]),
        (Needs, "Care-experienced prisoners are identified and supported to build ties.", "HMIP key concern 13 (§4.19–4.22); Stoke Heath: Care experienced prisoners", []),
        (Needs, "Foreign nationals can keep in touch with family abroad (international calls, saved visits).", "HMIP §6.4, §6.9; Stoke Heath: Foreign national prisoners", []),
        (Needs, "Interpreters and translated information are available to families and prisoners who need them.", "Wymott: Diversity, inclusion and belonging", []),
        (Needs, "Family provision respects diverse family forms and protected characteristics.", "Stoke Heath: Equality & Diversity", []),

        (Evidence, "An annual needs analysis of the population's family ties informs the strategy.", "HMIP §7.4; Wymott: Diversity, inclusion and belonging (needs data)", [ChildrenUnknown, DistanceUnknown]),
        (Evidence, "Families are surveyed at least every six months and the results acted on.", "HMIP §7.4; Littlehey Standard 3", []),
        (Evidence, "The establishment knows how many prisoners benefit from family provision.", "HMIP §7.15 (too little data to measure outcomes)", [Regular]),
        (Evidence, "Family contact is looked at alongside safety (self-harm, violence) and resettlement.", "HMIP §7.15; Littlehey Standard 2", [AcctAsked, Regular]),
        (Evidence, "The action plan has owners and dates and is reviewed at a regular meeting.", "Stoke Heath: Development objectives; Littlehey Annex C (baseline for progress)", []),
        (Evidence, "The self-assessment is moderated by the prison group director's office and drives improvement.", "HMIP priority concern 6 (§7.13–7.16)", []),
    ];

    public static int Count => Seeds.Length;

    /// <summary>The framework's requirements as new rows (numbered from 1).</summary>
    public static List<Requirement> Requirements() =>
        Seeds.Select((s, i) => new Requirement
        {
            Number = i + 1,
            Theme = s.Theme,
            Text = s.Text,
            Source = s.Source,
            Evidence = s.Links.Select(l => new RequirementEvidence { MeasureKey = l.Key, MostlyMet = l.Mostly, FullyMet = l.Fully }).ToList(),
        }).ToList();

    /// <summary>Fills the framework when it is empty (first start); never changes the national team's edits.</summary>
    public static async Task EnsureSeededAsync(FamilyTiesDbContext db, CancellationToken ct = default)
    {
        if (await db.Requirements.AnyAsync(ct))
        {
            return;
        }
        db.Requirements.AddRange(Requirements());
        await db.SaveChangesAsync(ct);
    }
}
