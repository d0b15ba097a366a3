using Oa.Host.Features.Ledgers;

namespace Oa.Host.Tests.Ledgers;

public sealed class ImportUploadsTests
{
    [Fact]
    public void SweepStale_RemovesUploadsNobodyConfirmedWithinADay_KeepsFreshOnes()
    {
        var dir = Directory.CreateTempSubdirectory("oa-import-sweep").FullName;
        var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        var abandoned = Path.Combine(dir, "abc-old.xlsx");
        var fresh = Path.Combine(dir, "abc-new.xlsx");
        File.WriteAllText(abandoned, "x");
        File.WriteAllText(fresh, "y");
        File.SetLastWriteTimeUtc(abandoned, now.AddHours(-25));
        File.SetLastWriteTimeUtc(fresh, now.AddHours(-2));

        Assert.Equal(1, ImportUploads.SweepStale(dir, now));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(fresh));
        Assert.True(ImportUploads.Expired(abandoned, now));
        Assert.False(ImportUploads.Expired(fresh, now));
        Assert.True(ImportUploads.Expired(fresh, now.AddDays(1)));
        Directory.Delete(dir, true);
    }
}
