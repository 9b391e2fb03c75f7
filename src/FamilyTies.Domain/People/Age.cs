
namespace FamilyTies.Domain.People;

public static class Age
{
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        if (date < dateOfBirth.AddYears(age))
        {
            age--;
        }
        return age;
    }
}
