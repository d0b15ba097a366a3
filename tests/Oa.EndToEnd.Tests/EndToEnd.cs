namespace Oa.EndToEnd.Tests;

/// <summary>One host process and one browser for all end-to-end tests (starting the host takes seconds); each test makes its own data.</summary>
public sealed class EndToEnd : IAsyncLifetime
{
    public HostProcess Host { get; } = new();
    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEnd>
{
    public const string Name = "end-to-end";
}
