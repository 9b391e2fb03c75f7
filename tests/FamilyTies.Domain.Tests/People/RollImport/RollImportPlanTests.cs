using FamilyTies.Domain.People;
using FamilyTies.Domain.People.RollImport;

namespace FamilyTies.Domain.Tests.People.RollImport;

public sealed class RollImportPlanTests
{
    private static readonly RollValidator Validator = new(new DateOnly(2026, 11, 23));

    private static RollEntry Entry(string number, Action<Dictionary<string, string>>? change = null)
    {
        var cells = RollValidatorTests.ValidCells(number);
        change?.Invoke(cells);
        return Validator.Validate(2, cells).Entry!;
    }

    [Fact]
    public void New_numbers_are_created_changed_ones_updated_and_identical_ones_left_alone()
    {
        var same = Entry("A1111AA").ToNewPrisoner();
        var moved = Entry("B2222BB").ToNewPrisoner();
        var entries = new[]
        {
            Entry("A1111AA"),
            Entry("B2222BB", c => c[RollColumns.Location] = "SEG-1-001"),
            Entry("C3333CC"),
        };

        var plan = RollImportPlan.Create(entries, [same, moved], fullRoll: false);

        Assert.Equal(new RollImportCounts(3, 1, 1, 1, 0), plan.Counts);
        Assert.Equal(["Location"], plan.ToUpdate.Single().Entry.Differences(moved));
        var created = plan.Apply();
        Assert.Equal("C3333CC", Assert.Single(created).PrisonNumber);
        Assert.Equal("SEG-1-001", moved.Location);
    }

    [Fact]
    public void Full_roll_marks_only_active_prisoners_missing_from_the_file_as_left()
    {
        var inFile = Entry("A1111AA").ToNewPrisoner();
        var missing = Entry("B2222BB").ToNewPrisoner();
        var released = Entry("C3333CC").ToNewPrisoner();
        released.Status = PrisonerStatus.Released;

        var plan = RollImportPlan.Create([Entry("A1111AA")], [inFile, missing, released], fullRoll: true);
        Assert.Equal(new RollImportCounts(1, 0, 0, 1, 1), plan.Counts);
        plan.Apply();

        Assert.Equal(PrisonerStatus.Left, missing.Status);
        Assert.Equal(PrisonerStatus.Released, released.Status);
        Assert.Equal(PrisonerStatus.Active, inFile.Status);
    }

    [Fact]
    public void Without_full_roll_nobody_is_marked_as_left()
    {
        var missing = Entry("B2222BB").ToNewPrisoner();
        var plan = RollImportPlan.Create([Entry("A1111AA")], [missing], fullRoll: false);
        Assert.Equal(0, plan.Counts.Left);
        Assert.Single(plan.ActiveNotInFile);
        plan.Apply();
        Assert.Equal(PrisonerStatus.Active, missing.Status);
    }

    [Fact]
    public void A_prisoner_who_had_left_and_is_back_on_the_roll_becomes_active_again()
    {
        var returning = Entry("A1111AA").ToNewPrisoner();
        returning.Status = PrisonerStatus.Left;

        var plan = RollImportPlan.Create([Entry("A1111AA")], [returning], fullRoll: false);

        Assert.Equal(1, plan.Counts.Updated);
        plan.Apply();
        Assert.Equal(PrisonerStatus.Active, returning.Status);
    }

    [Fact]
    public void An_unchanged_prisoner_is_not_touched_at_all()
    {
        var prisoner = Entry("A1111AA").ToNewPrisoner();
        Assert.Empty(Entry("A1111AA").Differences(prisoner));
        Assert.Empty(Entry("A1111AA").CopyTo(prisoner));
    }
}
