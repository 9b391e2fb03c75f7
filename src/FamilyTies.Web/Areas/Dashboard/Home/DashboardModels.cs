using FamilyTies.Data.Measures;
using FamilyTies.Domain.Establishments;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.Dashboard.Home;

/// <summary>The dashboard: every measure for the month and the 12 months before it, oldest first.</summary>
public sealed record DashboardModel(Establishment Establishment, IReadOnlyList<MeasurePeriod> Trend, MeasureResults Results)
{
    public MeasurePeriod Month => Trend[^1];
    public int Current => Trend.Count - 1;
    public MeasureValue Value(Measure m, int period) => Results.Value(m.Key, Establishment.Id, period);
    public decimal? Target(Measure m) => m.Target(Establishment);

    /// <summary>The groups of measures the dashboard shows, by the first part of the key.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Heading)> Groups =
    [
        ("visits.", "Visits"), ("contact.", "Keeping in touch"), ("needs.", "Needs data"), ("safercustody.", "Safer custody line"),
        ("careexperienced.", "Care-experienced prisoners"), ("foreignnationals.", "Foreign nationals"), ("others.", "Other prisoners, for comparison"),
        ("novisits.", "Prisoners with no visits"), ("hpv.", "Help with Prison Visits"), ("familydays.", "Family days"), ("forums.", "Family forums"),
        ("schemes.", "Schemes and interventions"), ("surveys.", "Surveys"),
        ("video.", "Video calls"),
    ];
}

/// <summary>One measure: its 13-month trend and a page of the month's rows.</summary>
public sealed record MeasurePageModel(Measure Measure, DashboardModel Dashboard, DrillPage Rows, Pagination Pagination);
