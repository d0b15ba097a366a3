using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oa.Bench.Report;

public static class ResultFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Keep quotes, arrows and '+' readable in the file; it is data for people, not for a browser.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // bench/results/<yyyyMMdd-HHmmss>-<workload>.json (UTC stamp of the start of the run).
    public static string Write(BenchReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{report.StartedAtUtc:yyyyMMdd-HHmmss}-{report.Workload}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(report, Json) + "\n");
        return path;
    }
}
