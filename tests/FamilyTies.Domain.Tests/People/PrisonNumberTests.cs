using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Tests.People;

public sealed class PrisonNumberTests
{
    [Theory]
    [InlineData("A1234BC")]
    [InlineData("a1234bc")]
    [InlineData(" G5555XY ")]
    public void Valid_numbers_are_accepted_whatever_their_case_and_spacing(string value) => Assert.True(PrisonNumber.IsValid(value));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1234ABC")]
    [InlineData("A123BC")]
    [InlineData("A12345BC")]
    [InlineData("AB234BC")]
    [InlineData("A1234B1")]
    [InlineData("A1234 BC")]
    public void Malformed_numbers_are_refused(string? value) => Assert.False(PrisonNumber.IsValid(value));

    [Fact]
    public void Numbers_are_normalised_to_upper_case_without_spaces_around() => Assert.Equal("A1234BC", PrisonNumber.Normalise(" a1234bc "));
}
