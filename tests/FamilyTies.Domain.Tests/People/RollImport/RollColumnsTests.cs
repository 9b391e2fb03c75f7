using FamilyTies.Domain.People.RollImport;

namespace FamilyTies.Domain.Tests.People.RollImport;

public sealed class RollColumnsTests
{
    private static readonly string[] AllNames = RollColumns.All.Select(c => c.Name).ToArray();

    [Fact]
    public void A_header_with_every_column_in_any_order_and_any_case_is_accepted()
    {
        var headers = AllNames.Reverse().Select(n => n.Replace('_', ' ').ToUpperInvariant()).ToList();
        headers[0] = "\uFEFF" + headers[0];

        var header = RollColumns.CheckHeader(headers);

        Assert.True(header.IsValid);
        Assert.Equal(AllNames.Length - 1, header.IndexOf[RollColumns.PrisonNumber]);
        Assert.Equal(0, header.IndexOf[RollColumns.PrisonOffenderManager]);
    }

    [Fact]
    public void Missing_unexpected_and_repeated_columns_are_each_named()
    {
        var headers = AllNames.Where(n => n is not (RollColumns.DateOfBirth or RollColumns.Location)).Append("Wing").Append("first_name").ToList();

        var header = RollColumns.CheckHeader(headers);

        Assert.False(header.IsValid);
        Assert.Equal(
        [
            "The file is missing 2 columns: date_of_birth, location",
            "The file has 1 column that FamilyTies does not recognise: Wing",
            "The file has 1 column more than once: first_name",
        ], header.Problems);
    }

    [Theory]
    [InlineData("Prison Number", "prison_number")]
    [InlineData(" prison-number ", "prison_number")]
    [InlineData("DISTANCE FROM HOME MILES", "distance_from_home_miles")]
    public void Headers_are_normalised_to_snake_case(string header, string expected) =>
        Assert.Equal(expected, RollColumns.NormaliseHeader(header));
}
