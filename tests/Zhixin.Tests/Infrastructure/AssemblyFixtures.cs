using Zhixin.Tests.Infrastructure;

// One server per test run: initdb dominates start-up cost, while a fresh database per test is cheap.
[assembly: AssemblyFixture(typeof(PostgresCluster))]
