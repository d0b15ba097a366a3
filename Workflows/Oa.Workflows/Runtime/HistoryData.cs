using System.Buffers;
using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Small JSON objects for HistoryEvent.Data, written directly (no reflection in the step loop).
internal static class HistoryData
{
    public static string Write(ReadOnlySpan<(string Key, object? Value)> pairs)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var (key, value) in pairs)
            {
                w.WritePropertyName(key);
                switch (value)
                {
                    case null: w.WriteNullValue(); break;
                    case string s: w.WriteStringValue(s); break;
                    case int i: w.WriteNumberValue(i); break;
                    case DateTimeOffset d: w.WriteStringValue(d); break;
                    case IEnumerable<string> list:
                        w.WriteStartArray();
                        foreach (var item in list) w.WriteStringValue(item);
                        w.WriteEndArray();
                        break;
                    default: w.WriteStringValue(value.ToString()); break;
                }
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
