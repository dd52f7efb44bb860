namespace Zhixin.Tests.Infrastructure;

/// <summary>The real database engines every data test runs against.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}
