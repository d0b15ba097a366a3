namespace Oa.Host.Data;

/// <summary>
/// A counter per cached area ("org", "definitions"). Writers bump it in the same transaction as their change;
/// every host instance compares it with what its cache was built from, so caches invalidate across a cluster.
/// </summary>
public sealed class ChangeStamp
{
    public string Area { get; set; } = "";
    public long Value { get; set; }
}
