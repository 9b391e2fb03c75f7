// FAMILYTIES_TEST_ORDER chooses the order the tests run in (tests/Shared/TestOrder.cs, docs/decisions/0011).
[assembly: TestFramework("FamilyTies.Testing.OrderedTestFramework", "FamilyTies.Browser.Tests")]
[assembly: TestCollectionOrderer("FamilyTies.Testing.OrderedTestCollections", "FamilyTies.Browser.Tests")]
[assembly: TestCaseOrderer("FamilyTies.Testing.OrderedTestCases", "FamilyTies.Browser.Tests")]
