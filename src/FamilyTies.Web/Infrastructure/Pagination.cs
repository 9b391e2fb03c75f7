namespace FamilyTies.Web.Infrastructure;

/// <summary>A page of a list, for the GOV.UK pagination partial.</summary>
public sealed record Pagination(int Page, int PageCount, Func<int, string> UrlFor);
