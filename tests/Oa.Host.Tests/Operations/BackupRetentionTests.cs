using Oa.Host.Operations.Backup;

namespace Oa.Host.Tests.Operations;

public sealed class BackupRetentionTests
{
    [Fact]
    public void Retention_DeletesArchivesOlderThanTheLimit_KeepsNewerOnes_AndAlwaysTheNewest()
    {
        var dir = Directory.CreateTempSubdirectory("oa-retention-").FullName;
        var now = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
        string Make(string name, int daysOld)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, now.UtcDateTime.AddDays(-daysOld));
            return name;
        }
        Make("oa-backup-20261001-020000.zip", 61);
        Make("oa-backup-20261030-020000.zip.enc", 32);
        Make("oa-backup-20261105-020000.zip", 26);
        Make("oa-backup-20261201-020000.zip", 0);
        Make("notes.txt", 90); // not an archive: never touched

        var deleted = BackupRetention.Apply(dir, 30, now);

        Assert.Equal(["oa-backup-20261030-020000.zip.enc", "oa-backup-20261001-020000.zip"], deleted);
        Assert.Equal(["notes.txt", "oa-backup-20261105-020000.zip", "oa-backup-20261201-020000.zip"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());

        // Only old archives left (backups stopped a while ago): the newest one still stays.
        var lonely = Directory.CreateTempSubdirectory("oa-retention-").FullName;
        dir = lonely;
        Make("oa-backup-20260101-020000.zip", 300);
        Make("oa-backup-20260102-020000.zip", 299);
        Assert.Equal(["oa-backup-20260101-020000.zip"], BackupRetention.Apply(lonely, 30, now));
    }
}
