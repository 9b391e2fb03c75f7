using System.Globalization;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Visits;

/// <summary>The reasons a visits manager may give for adjusting a balance by hand (the national list, less exchanges).</summary>
public enum VisitingOrderAdjustmentReason { GovernorAdjustment, BalanceTransferFromPreviousPrison, CorrectiveAction, Other }

/// <summary>What a foreign national may swap visiting orders for (SPEC.md Pathway 5).</summary>
public enum ForeignNationalSubstitution { VideoCallsInstead, FamilyVisitingUk }

/// <summary>Visiting-order rules that need no database: periods, who is allocated, limits and plain-English names.</summary>
public static class VisitingOrderRules
{
    /// <summary>The most orders a balance may hold through accumulation (the national VO maximum).</summary>
    public const int MaxAccumulatedBalance = 26;

    /// <summary>The allocation period (calendar month, yyyy-MM) an instant falls in, in prison-local time.</summary>
    public static string PeriodOf(DateTimeOffset instant) => LondonTime.MonthOf(instant);

    /// <summary>The instant the period after the one containing <paramref name="instant"/> begins (midnight on the 1st, London).</summary>
    public static DateTimeOffset NextPeriodStart(DateTimeOffset instant) => LondonTime.StartOfNextMonth(instant);

    public static bool IsPeriod(string? period) =>
        period is { Length: 7 } && DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>"March 2026" for "2026-03".</summary>
    public static string DescribePeriod(string? period) =>
        IsPeriod(period)
            ? DateTime.ParseExact(period!, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
            : "";

    /// <summary>
    /// Only active, convicted prisoners are allocated visiting orders. Remand prisoners are not: their visits are
    /// limited by the establishment's remand rules, not by orders (docs/decisions/0007-visiting-orders.md).
    /// </summary>
    public static bool IsAllocated(Prisoner prisoner) => IsAllocated(prisoner.Status, prisoner.LegalStatus);

    public static bool IsAllocated(PrisonerStatus status, LegalStatus legalStatus) =>
        status == PrisonerStatus.Active && legalStatus == LegalStatus.Convicted;

    /// <summary>Substitutions are for foreign nationals (<see cref="Cohorts.ForeignNational"/>).</summary>
    public static bool IsForeignNational(Prisoner prisoner) => Cohorts.IsForeignNational(prisoner);

    public static string Describe(VisitingOrderEntryType type) => type switch
    {
        VisitingOrderEntryType.Allocation => "Monthly allocation",
        VisitingOrderEntryType.UsedForVisit => "Used for a visit",
        VisitingOrderEntryType.RefundedOnCancellation => "Refunded: visit cancelled",
        VisitingOrderEntryType.Accumulation => "Accumulated visits approved",
        VisitingOrderEntryType.ExchangedForPhoneCredit => "Exchanged for phone credit",
        VisitingOrderEntryType.ExchangedForLetter => "Exchanged for a letter",
        VisitingOrderEntryType.ForeignNationalSubstitution => "Foreign national substitution",
        VisitingOrderEntryType.ManualAdjustment => "Manual adjustment",
        _ => type.ToString(),
    };

    public static string Describe(VisitingOrderAdjustmentReason reason) => reason switch
    {
        VisitingOrderAdjustmentReason.GovernorAdjustment => "Governor's adjustment",
        VisitingOrderAdjustmentReason.BalanceTransferFromPreviousPrison => "Balance transferred from previous prison",
        VisitingOrderAdjustmentReason.CorrectiveAction => "Corrective action",
        _ => "Other",
    };

    public static string Describe(ForeignNationalSubstitution substitution) => substitution switch
    {
        ForeignNationalSubstitution.VideoCallsInstead => "Video calls instead of a visit",
        _ => "Extra order: family visiting the UK",
    };

    /// <summary>The change a substitution makes: a video call takes an order, a family visit to the UK adds one.</summary>
    public static int ChangeFor(ForeignNationalSubstitution substitution) =>
        substitution == ForeignNationalSubstitution.VideoCallsInstead ? -1 : 1;

    /// <summary>"1 visiting order", "3 visiting orders".</summary>
    public static string Orders(int count) => count is 1 or -1 ? $"{count} visiting order" : $"{count} visiting orders";
}
