namespace Oa.Host.Tests.ScaleOut;

public sealed class SimultaneousStartTests
{
    [Fact]
    public async Task TwoNodesStartedTogetherOnAnEmptyDatabase_BothStart_AndTheDatabaseIsInitialisedOnce()
    {
        await using var db = await ScratchPostgres.CreateAsync("oa_together_");
        var data = Path.Combine(Path.GetTempPath(), "oa-scale", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var starting = new[] { HostNode.StartAsync(db.ConnectionString, data), HostNode.StartAsync(db.ConnectionString, data) };
        try
        {
            await Task.WhenAll(starting); // one migrates and seeds, the other waits for it and finds it done
            Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'admin'"));
            Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"UserName\" = 'zhangsan'"));
            foreach (var node in starting) Assert.False(string.IsNullOrEmpty(await (await node).TokenAsync("zhangsan")));
        }
        finally
        {
            foreach (var node in starting.Where(t => t.IsCompletedSuccessfully)) await (await node).DisposeAsync();
            try { Directory.Delete(data, true); } catch (IOException) { }
        }
    }
}
