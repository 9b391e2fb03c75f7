using FamilyTies.Domain.People;
using FamilyTies.Domain.People.RollImport;
using C = FamilyTies.Domain.People.RollImport.RollColumns;

namespace FamilyTies.Domain.Tests.People.RollImport;

public sealed class RollValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly RollValidator _validator = new(Today);

    public static Dictionary<string, string> ValidCells(string number = "A1234BC") => new()
    {
        [C.PrisonNumber] = number,
        [C.FirstName] = "Jordan",
        [C.LastName] = "Ashcombe",
        [C.DateOfBirth] = "14/03/1988",
        [C.Location] = "A-2-014",
        [C.IncentiveLevel] = "Standard",
        [C.Category] = "C",
        [C.LegalStatus] = "Convicted",
        [C.ReceptionDate] = "02/09/2025",
        [C.EarliestReleaseDate] = "2027-06-30",
        [C.Nationality] = "British",
        [C.Languages] = "English; Welsh",
        [C.InterpreterNeeded] = "No",
        [C.CareExperienced] = "Yes",
        [C.ChildrenUnder18] = "2",
        [C.HomeArea] = "Preston",
        [C.DistanceFromHomeMiles] = "12",
        [C.KeyWorker] = "Officer Pell",
        [C.PrisonOffenderManager] = "R. Castleton",
    };

    private static Dictionary<string, string> With(string column, string value)
    {
        var cells = ValidCells();
        cells[column] = value;
        return cells;
    }

    [Fact]
    public void A_valid_line_becomes_an_entry_with_every_value_parsed()
    {
        var (entry, problems) = _validator.Validate(2, ValidCells(" a1234bc "));

        Assert.Empty(problems);
        Assert.NotNull(entry);
        Assert.Equal(2, entry.Line);
        Assert.Equal("A1234BC", entry.PrisonNumber);
        Assert.Equal(new DateOnly(1988, 3, 14), entry.DateOfBirth);
        Assert.Equal(IncentiveLevel.Standard, entry.IncentiveLevel);
        Assert.Equal(LegalStatus.Convicted, entry.LegalStatus);
        Assert.Equal(new DateOnly(2025, 9, 2), entry.ReceptionDate);
        Assert.Equal(new DateOnly(2027, 6, 30), entry.EarliestReleaseDate);
        Assert.False(entry.InterpreterNeeded);
        Assert.True(entry.CareExperienced);
        Assert.Equal(2, entry.ChildrenUnder18);
        Assert.Equal(12, entry.DistanceFromHomeMiles);
        Assert.Equal("English; Welsh", entry.Languages);
    }

    [Theory]
    [InlineData(C.PrisonNumber, "", "prison_number is blank")]
    [InlineData(C.PrisonNumber, "A123BC", "prison_number \"A123BC\" is not in the format A1234BC")]
    [InlineData(C.FirstName, " ", "first_name is blank")]
    [InlineData(C.LastName, "", "last_name is blank")]
    [InlineData(C.DateOfBirth, "", "date_of_birth is blank")]
    [InlineData(C.DateOfBirth, "31/02/1990", "date_of_birth \"31/02/1990\" is not a date: use dd/mm/yyyy or yyyy-mm-dd")]
    [InlineData(C.DateOfBirth, "03-14-1988", "date_of_birth \"03-14-1988\" is not a date: use dd/mm/yyyy or yyyy-mm-dd")]
    [InlineData(C.DateOfBirth, "01/01/2027", "date_of_birth 01/01/2027 is in the future")]
    [InlineData(C.DateOfBirth, "24/11/2011", "date_of_birth 24/11/2011 gives an age of 14: it must be between 15 and 110")]
    [InlineData(C.DateOfBirth, "1910-01-01", "date_of_birth 01/01/1910 gives an age of 116: it must be between 15 and 110")]
    [InlineData(C.Location, "", "location is blank")]
    [InlineData(C.IncentiveLevel, "Gold", "incentive_level \"Gold\" must be Basic, Standard or Enhanced")]
    [InlineData(C.IncentiveLevel, "1", "incentive_level \"1\" must be Basic, Standard or Enhanced")]
    [InlineData(C.IncentiveLevel, "", "incentive_level is blank: use Basic, Standard or Enhanced")]
    [InlineData(C.LegalStatus, "Sentenced", "legal_status \"Sentenced\" must be Remand or Convicted")]
    [InlineData(C.ReceptionDate, "2027-01-01", "reception_date 01/01/2027 is in the future")]
    [InlineData(C.ReceptionDate, "01/01/1980", "reception_date 01/01/1980 is before date_of_birth")]
    [InlineData(C.EarliestReleaseDate, "soon", "earliest_release_date \"soon\" is not a date: use dd/mm/yyyy or yyyy-mm-dd")]
    [InlineData(C.InterpreterNeeded, "maybe", "interpreter_needed \"maybe\" must be Yes or No")]
    [InlineData(C.CareExperienced, "2", "care_experienced \"2\" must be Yes or No")]
    [InlineData(C.ChildrenUnder18, "-1", "children_under_18 \"-1\" must be a whole number from 0 to 30, or unknown")]
    [InlineData(C.ChildrenUnder18, "2.5", "children_under_18 \"2.5\" must be a whole number from 0 to 30, or unknown")]
    [InlineData(C.ChildrenUnder18, "31", "children_under_18 \"31\" must be a whole number from 0 to 30, or unknown")]
    [InlineData(C.DistanceFromHomeMiles, "-5", "distance_from_home_miles \"-5\" must be a whole number from 0 to 15000")]
    [InlineData(C.DistanceFromHomeMiles, "unknown", "distance_from_home_miles \"unknown\" must be a whole number from 0 to 15000")]
    [InlineData(C.Category, "Category C open conditions", "category is longer than 20 characters")]
    public void Each_bad_value_is_refused_with_a_reason_naming_its_column(string column, string value, string message)
    {
        var (entry, problems) = _validator.Validate(7, With(column, value));

        Assert.Null(entry);
        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Equal(message, problem.Message);
        Assert.StartsWith(column, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_several_problems_reports_them_all()
    {
        var cells = With(C.DateOfBirth, "yesterday");
        cells[C.IncentiveLevel] = "Platinum";
        cells[C.FirstName] = "";

        var (_, problems) = _validator.Validate(3, cells);

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("A1234BC", p.PrisonNumber));
    }

    [Theory]
    [InlineData("ENHANCED", "remand", IncentiveLevel.Enhanced, LegalStatus.Remand)]
    [InlineData("basic", "CONVICTED", IncentiveLevel.Basic, LegalStatus.Convicted)]
    public void Choices_are_matched_whatever_their_case(string incentive, string legal, IncentiveLevel level, LegalStatus status)
    {
        var cells = With(C.IncentiveLevel, incentive);
        cells[C.LegalStatus] = legal;
        var (entry, _) = _validator.Validate(2, cells);
        Assert.Equal(level, entry!.IncentiveLevel);
        Assert.Equal(status, entry.LegalStatus);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("unknown", null)]
    [InlineData("Unknown", null)]
    [InlineData("0", 0)]
    [InlineData("3", 3)]
    public void Children_blank_or_unknown_is_not_known(string value, int? expected) =>
        Assert.Equal(expected, _validator.Validate(2, With(C.ChildrenUnder18, value)).Entry!.ChildrenUnder18);

    [Theory]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("n", false)]
    [InlineData("", false)]
    public void Yes_no_columns_accept_the_usual_spellings(string value, bool expected) =>
        Assert.Equal(expected, _validator.Validate(2, With(C.InterpreterNeeded, value)).Entry!.InterpreterNeeded);

    [Theory]
    [InlineData("23/11/2011")]
    [InlineData("23/11/1916")]
    [InlineData("2011-11-23")]
    [InlineData("1/2/1990")]
    public void Ages_of_exactly_15_and_110_and_short_dates_are_accepted(string dateOfBirth) =>
        Assert.Empty(_validator.Validate(2, With(C.DateOfBirth, dateOfBirth)).Problems);

    [Fact]
    public void Optional_columns_may_be_blank()
    {
        var cells = ValidCells();
        foreach (var column in C.All.Where(c => !c.Required))
        {
            cells[column.Name] = "";
        }
        var (entry, problems) = _validator.Validate(2, cells);
        Assert.Empty(problems);
        Assert.Null(entry!.ReceptionDate);
        Assert.Null(entry.DistanceFromHomeMiles);
        Assert.Equal("", entry.Category);
    }

    [Fact]
    public void A_prison_number_repeated_in_the_file_is_reported_on_each_later_line()
    {
        var lines = new (int, IReadOnlyDictionary<string, string>)[]
        {
            (2, ValidCells("A1234BC")), (3, ValidCells("B2345CD")), (4, ValidCells("a1234bc")), (5, ValidCells("A1234BC")),
        };

        var result = _validator.ValidateAll(lines);

        Assert.False(result.IsValid);
        Assert.Equal([4, 5], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Equal("prison_number A1234BC is also on line 2: each prisoner must appear once", p.Message));
    }

    [Fact]
    public void Problems_come_back_in_line_order_with_every_bad_line()
    {
        var lines = new (int, IReadOnlyDictionary<string, string>)[]
        {
            (2, With(C.DateOfBirth, "x")), (3, ValidCells("B2345CD")), (4, With(C.PrisonNumber, "nope")),
        };
        var result = _validator.ValidateAll(lines);
        Assert.Equal([2, 4], result.Problems.Select(p => p.Line));
        Assert.Single(result.Entries);
    }
}
