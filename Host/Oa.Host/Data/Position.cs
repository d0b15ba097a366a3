namespace Oa.Host.Data;

/// <summary>岗位 (job position), e.g. 区域经理, 实施工程师; Grade drives travel standards.</summary>
public sealed class Position
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public int Grade { get; set; }
}
