namespace FamilyTies.Web.Infrastructure;

/// <summary>A pathway's landing page: what it is for, and the figures for the current establishment.</summary>
public sealed record AreaLanding(string Title, string Description, IReadOnlyList<(string Label, int Value)> Figures);
