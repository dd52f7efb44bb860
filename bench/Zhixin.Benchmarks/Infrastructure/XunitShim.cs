// The PostgreSQL cluster class is shared with the tests, where it is an xunit fixture; the benchmark needs
// only its start and stop, so it gets the one interface it implements instead of a test framework.
global using Xunit;

namespace Xunit;

internal interface IAsyncLifetime : IAsyncDisposable
{
    ValueTask InitializeAsync();
}
