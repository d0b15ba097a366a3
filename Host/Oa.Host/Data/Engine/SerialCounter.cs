namespace Oa.Host.Data.Engine;

/// <summary>The last serial number handed out per process and period (day, month, year or never reset).</summary>
public sealed class SerialCounter
{
    public string ProcessKey { get; set; } = "";
    public string Period { get; set; } = "";
    public long Value { get; set; }
}
