using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Operations.Backup;

namespace Oa.Host.Tests.Operations;

/// <summary>Archives that cannot be trusted, or targets that are not empty, are refused before anything is written.</summary>
public sealed class RestoreRefusalTests(OpsFactory source) : IClassFixture<OpsFactory>
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("oa-restore-").FullName;

    private Task<BackupService.Result> BackupAsync() =>
        source.InScopeAsync(sp => sp.GetRequiredService<BackupService>().CreateAsync("test", CancellationToken.None));

    private async Task<string> PlainCopyAsync(string encrypted)
    {
        var plain = Path.Combine(_scratch, Guid.NewGuid().ToString("N") + ".zip");
        await using var input = File.OpenRead(encrypted);
        await using var output = File.Create(plain);
        await ArchiveCipher.DecryptAsync(Convert.FromBase64String(OpsFactory.BackupKey), input, output, CancellationToken.None);
        return plain;
    }

    private async Task<Exception> RestoreFailsAsync(string archive, string? key = null, string? database = null)
    {
        var target = database ?? Path.Combine(_scratch, Guid.NewGuid().ToString("N"), "oa.db");
        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => OperationsHosts.AsCliAsync(target, Path.GetDirectoryName(target)!,
            sp => sp.GetRequiredService<RestoreService>().RestoreAsync(archive, null, CancellationToken.None), key));
        if (database is null) Assert.False(File.Exists(target), "a refused restore created the target database");
        return ex;
    }

    [Fact]
    public async Task ArchiveFromANewerSchema_IsRefused()
    {
        var plain = await PlainCopyAsync((await BackupAsync()).Path);
        using (var zip = ZipFile.Open(plain, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(BackupManifest.FileName)!;
            JsonObject manifest;
            using (var s = entry.Open()) manifest = JsonNode.Parse(s)!.AsObject();
            manifest["lastMigration"] = "29991231000000_FromTheFuture";
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry(BackupManifest.FileName).Open());
            w.Write(manifest.ToJsonString());
        }
        var ex = await RestoreFailsAsync(plain);
        Assert.Contains("newer schema", ex.Message);
    }

    [Fact]
    public async Task ArchiveWithAChangedEntry_FailsItsChecksum()
    {
        var plain = await PlainCopyAsync((await BackupAsync()).Path);
        using (var zip = ZipFile.Open(plain, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(BackupManifest.SqliteEntry)!;
            byte[] bytes;
            using (var s = entry.Open()) { using var m = new MemoryStream(); s.CopyTo(m); bytes = m.ToArray(); }
            bytes[^100] ^= 0xFF;
            entry.Delete();
            using var w = zip.CreateEntry(BackupManifest.SqliteEntry).Open();
            w.Write(bytes);
        }
        var ex = await RestoreFailsAsync(plain);
        Assert.Contains("checksum", ex.Message);
    }

    [Fact]
    public async Task EncryptedArchive_WithoutTheRightKey_OrTruncated_IsRefused()
    {
        var archive = (await BackupAsync()).Path;
        Assert.Contains("Backup:EncryptionKey", (await RestoreFailsAsync(archive, key: "")).Message);
        Assert.Contains("cannot be decrypted", (await RestoreFailsAsync(archive, key: Convert.ToBase64String(new byte[32]))).Message);

        var truncated = Path.Combine(_scratch, "truncated.zip.enc");
        var bytes = await File.ReadAllBytesAsync(archive);
        await File.WriteAllBytesAsync(truncated, bytes[..^10]);
        await RestoreFailsAsync(truncated);
    }

    [Fact]
    public async Task RestoreIntoADatabaseThatHasData_IsRefused_AndLeavesItAlone()
    {
        var archive = (await BackupAsync()).Path;
        var before = OperationsHosts.DumpSqlite(source.DatabaseFile)["AspNetUsers"];
        var ex = await RestoreFailsAsync(archive, database: source.DatabaseFile);
        Assert.Contains("not empty", ex.Message);
        Assert.Equal(before, OperationsHosts.DumpSqlite(source.DatabaseFile)["AspNetUsers"]);
    }

    [Fact]
    public async Task RestoreVerb_RefusalExitsWithOne()
    {
        var target = Path.Combine(_scratch, "verb", "oa.db");
        var code = await OperationsHosts.AsCliAsync(target, Path.GetDirectoryName(target)!,
            sp => BackupVerbs.Restore(sp, [Path.Combine(_scratch, "missing.zip")]));
        Assert.Equal(1, code);
        Assert.Equal(2, await OperationsHosts.AsCliAsync(target, Path.GetDirectoryName(target)!, sp => BackupVerbs.Restore(sp, [])));
    }
}
