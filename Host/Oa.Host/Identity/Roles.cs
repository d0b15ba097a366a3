namespace Oa.Host.Identity;

public static class Roles
{
    public const string Admin = "admin";
    public const string ProcessAdmin = "process-admin";

    /// <summary>Business roles the shipped processes use as candidate groups.</summary>
    public static readonly string[] Business =
        ["管理层", "内勤", "财务", "出纳", "法务", "人事", "社保专员", "行政", "技术对接组", "部级服务组", "质量管理组", "销售", "销售总监", "营销管理", "嵌入式", "研发"];
}
