namespace Oa.Definitions.Tests.Support;

// A slice of Host/Oa.Host/Features/Setup/DemoOrganisation.cs (same ids, heads, 分管领导 and roles):
//   公司 gs (head zhaoyi)
//     服务运营部 fwyyb (head liuyang, 分管 sunli) → 京津冀鲁 (wanglei: zhangsan, lisi), 晋豫陕 (mashuai: wangwu),
//       质量管理组 (linxue), 技术对接组 (guohui), 部级服务组 (songwei)
//     人力行政部 rlxzb (head wujing, 分管 zhoujie), 财务部 cwb (qianhua), 法务部 fwb (zhenghao), 营销管理部 yxglb (lichao)
internal static class DemoOrg
{
    public static FakeOrgDirectory Create() => new FakeOrgDirectory()
        .Dept("gs", "西安示例软件有限公司", null, "zhaoyi")
        .Dept("fwyyb", "服务运营部", "gs", "liuyang", "sunli")
        .Dept("fwyyb-jjjl", "京津冀鲁", "fwyyb", "wanglei", "sunli")
        .Dept("fwyyb-jys", "晋豫陕", "fwyyb", "mashuai", "sunli")
        .Dept("fwyyb-zlgl", "质量管理组", "fwyyb", "linxue", "sunli")
        .Dept("fwyyb-jsdj", "技术对接组", "fwyyb", "guohui", "sunli")
        .Dept("fwyyb-bjfw", "部级服务组", "fwyyb", "songwei", "sunli")
        .Dept("rlxzb", "人力行政部", "gs", "wujing", "zhoujie")
        .Dept("cwb", "财务部", "gs", "qianhua", "zhoujie")
        .Dept("fwb", "法务部", "gs", "zhenghao", "zhoujie")
        .Dept("yxglb", "营销管理部", "gs", "lichao", "zhoujie")
        .User("zhaoyi", "gs", "管理层").User("sunli", "gs", "管理层").User("zhoujie", "gs", "管理层")
        .User("liuyang", "fwyyb")
        .User("wanglei", "fwyyb-jjjl").User("zhangsan", "fwyyb-jjjl").User("lisi", "fwyyb-jjjl")
        .User("mashuai", "fwyyb-jys").User("wangwu", "fwyyb-jys")
        .User("linxue", "fwyyb-zlgl", "质量管理组").User("zhoumin", "fwyyb-zlgl", "质量管理组")
        .User("guohui", "fwyyb-jsdj", "技术对接组").User("xiaoyu", "fwyyb-jsdj", "技术对接组")
        .User("songwei", "fwyyb-bjfw", "部级服务组")
        .User("wujing", "rlxzb", "人事").User("zhengshuang", "rlxzb", "内勤").User("yaoqian", "rlxzb", "内勤")
        .User("jiangtao", "rlxzb", "社保专员").User("panlei", "rlxzb", "行政,人事")
        .User("qianhua", "cwb", "财务").User("sunyue", "cwb", "财务").User("duli", "cwb", "出纳")
        .User("zhenghao", "fwb", "法务")
        .User("lichao", "yxglb", "销售总监").User("wangfang", "yxglb", "销售").User("liuqiang", "yxglb", "销售")
        .User("admin", null, "流程管理员");
}
