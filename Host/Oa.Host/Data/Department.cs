namespace Oa.Host.Data;

/// <summary>A node of the organisation tree. Heads are referenced by user name, as the engine does.</summary>
public sealed class Department
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentId { get; set; }
    public string? Code { get; set; }
    /// <summary>部门负责人.</summary>
    public string? HeadUserName { get; set; }
    /// <summary>分管领导.</summary>
    public string? LeaderUserName { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
}
