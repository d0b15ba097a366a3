namespace Oa.Workflows.Tests.Approvals;

// 服务运营部 (head zhaoyun, 分管领导 liubei)
//   京津冀鲁 region (head guanyu; no leader of its own → liubei)
//     服务管理组 group (head zhangfei): xiaoming, xiaohong (manager set to guanyu)
//   辽吉黑蒙 region (head machao, 分管领导 huangzhong)
// 财务部 (head caiwu1): caiwu1, caiwu2 · roles 财务, 人事, 总监 (guanyu), 流程管理员 (admin)
internal static class SampleOrg
{
    public const string Ops = "d-ops", Jjjl = "d-jjjl", Group = "d-jjjl-svc", Ljhm = "d-ljhm", Finance = "d-fin";

    public static FakeOrgDirectory Create() => new FakeOrgDirectory()
        .Dept(Ops, "服务运营部", null, head: "zhaoyun", leader: "liubei")
        .Dept(Jjjl, "京津冀鲁", Ops, head: "guanyu")
        .Dept(Group, "服务管理组", Jjjl, head: "zhangfei")
        .Dept(Ljhm, "辽吉黑蒙", Ops, head: "machao", leader: "huangzhong")
        .Dept(Finance, "财务部", null, head: "caiwu1")
        .User("zhaoyun", Ops).User("liubei", Ops).User("guanyu", Jjjl).User("zhangfei", Group)
        .User("xiaoming", Group).User("xiaohong", Group, manager: "guanyu")
        .User("machao", Ljhm).User("huangzhong", Ljhm).User("xiaoli", Ljhm)
        .User("caiwu1", Finance).User("caiwu2", Finance).User("renshi", null).User("admin", null)
        .Role("财务", "caiwu1", "caiwu2").Role("人事", "renshi").Role("总监", "guanyu").Role("流程管理员", "admin");
}
