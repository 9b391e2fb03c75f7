// FAMILYTIES_TEST_ORDER chooses the order the tests run in (tests/Shared/TestOrder.cs, docs/decisions/0011).
[assembly: TestFramework("FamilyTies.Testing.OrderedTestFramework", "FamilyTies.Web.Tests")]
[assembly: TestCollectionOrderer("FamilyTies.Testing.OrderedTestCollections", "FamilyTies.Web.Tests")]
[assembly: TestCaseOrderer("FamilyTies.Testing.OrderedTestCases", "FamilyTies.Web.Tests")]
