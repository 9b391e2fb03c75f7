using FamilyTies.Domain.People;

namespace FamilyTies.Domain.Tests.People;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0161 496 0123", "+441614960123")]
    [InlineData("020 7946 0123", "+442079460123")]
    [InlineData("+44 161 496 0123", "+441614960123")]
    [InlineData("07911 123456", "+447911123456")]
    [InlineData("+48 22 123 45 67", "+48221234567")]
    [InlineData("0048 22 123 45 67", "+48221234567")]
    [InlineData("+1 212 555 0123", "+12125550123")]
    public void Numbers_are_stored_in_international_form(string typed, string expected) => Assert.Equal(expected, PhoneNumber.Normalise(typed));

    [Theory]
    [InlineData("12345")]
    [InlineData("0161 496")]
    [InlineData("not a number")]
    [InlineData("+999 123")]
    public void Numbers_that_cannot_be_dialled_are_refused(string typed) => Assert.Null(PhoneNumber.Normalise(typed));

    [Fact]
    public void UK_numbers_show_in_national_form_and_others_in_international_form()
    {
        Assert.Equal("0161 496 0123", PhoneNumber.Display("+441614960123"));
        Assert.Equal("+48 22 123 45 67", PhoneNumber.Display("+48221234567"));
        Assert.True(PhoneNumber.IsInternational("+48221234567"));
        Assert.False(PhoneNumber.IsInternational("+441614960123"));
    }
}
