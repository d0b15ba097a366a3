namespace Oa.Host.Features.Setup;

/// <summary>
/// The demo company, modelled on the seed documents: a software company's 服务运营部 with its regional service
/// areas and groups, plus the departments that approve (人力行政部, 财务部, 法务部, 营销管理部, 嵌入式部门, 研发中心).
/// </summary>
public static class DemoOrganisation
{
    public const string Password = "Demo@2026";

    public sealed record Dept(string Id, string Name, string? Parent, string? Head, string? Leader);

    /// <param name="Roles">Comma-separated role names.</param>
    public sealed record Person(string UserName, string Name, string Dept, string? Roles = null, string? Region = null, bool OnSite = false, decimal DailyWage = 400m, string? Manager = null);

    public static readonly Dept[] Departments =
    [
        new("gs", "西安示例软件有限公司", null, "zhaoyi", null),
        new("fwyyb", "服务运营部", "gs", "liuyang", "sunli"),
        new("fwyyb-ljhm", "辽吉黑蒙", "fwyyb", "gaofeng", "sunli"),
        new("fwyyb-jjjl", "京津冀鲁", "fwyyb", "wanglei", "sunli"),
        new("fwyyb-jys", "晋豫陕", "fwyyb", "mashuai", "sunli"),
        new("fwyyb-nqgx", "宁青甘新", "fwyyb", "hejun", "sunli"),
        new("fwyyb-ygcy", "云贵川渝", "fwyyb", "luobin", "sunli"),
        new("fwyyb-ygxqe", "粤桂湘琼鄂", "fwyyb", "huangtao", "sunli"),
        new("fwyyb-zmg", "浙闽赣", "fwyyb", "xuming", "sunli"),
        new("fwyyb-swh", "苏皖沪", "fwyyb", "zhuhong", "sunli"),
        new("fwyyb-fwgl", "服务管理组", "fwyyb", "chenjing", "sunli"),
        new("fwyyb-px", "培训组", "fwyyb", "yangfan", "sunli"),
        new("fwyyb-zlgl", "质量管理组", "fwyyb", "linxue", "sunli"),
        new("fwyyb-jsdj", "技术对接组", "fwyyb", "guohui", "sunli"),
        new("fwyyb-bjfw", "部级服务组", "fwyyb", "songwei", "sunli"),
        new("fwyyb-cpyy", "产品运营推广组", "fwyyb", "tangli", "sunli"),
        new("fwyyb-qycp", "企业产品组", "fwyyb", "hanmei", "sunli"),
        new("fwyyb-sqzc", "内部售前支持组", "fwyyb", "fengyu", "sunli"),
        new("rlxzb", "人力行政部", "gs", "wujing", "zhoujie"),
        new("cwb", "财务部", "gs", "qianhua", "zhoujie"),
        new("fwb", "法务部", "gs", "zhenghao", "zhoujie"),
        new("yxglb", "营销管理部", "gs", "lichao", "zhoujie"),
        new("qrs", "嵌入式部门", "gs", "caipeng", "sunli"),
        new("yfzx", "研发中心", "gs", "dengke", "zhaoyi"),
    ];

    public static readonly Person[] People =
    [
        new("zhaoyi", "赵毅", "gs", "管理层", DailyWage: 1500m),
        new("sunli", "孙丽", "gs", "管理层", DailyWage: 1200m),
        new("zhoujie", "周杰", "gs", "管理层", DailyWage: 1200m),
        new("liuyang", "刘洋", "fwyyb", DailyWage: 900m),
        new("gaofeng", "高峰", "fwyyb-ljhm", Region: "辽吉黑蒙", OnSite: true, DailyWage: 600m),
        new("wanglei", "王磊", "fwyyb-jjjl", Region: "京津冀鲁", OnSite: true, DailyWage: 650m),
        new("mashuai", "马帅", "fwyyb-jys", Region: "晋豫陕", DailyWage: 600m),
        new("hejun", "何军", "fwyyb-nqgx", Region: "宁青甘新", OnSite: true, DailyWage: 600m),
        new("luobin", "罗斌", "fwyyb-ygcy", Region: "云贵川渝", OnSite: true, DailyWage: 600m),
        new("huangtao", "黄涛", "fwyyb-ygxqe", Region: "粤桂湘琼鄂", OnSite: true, DailyWage: 600m),
        new("xuming", "徐明", "fwyyb-zmg", Region: "浙闽赣", OnSite: true, DailyWage: 600m),
        new("zhuhong", "朱红", "fwyyb-swh", Region: "苏皖沪", OnSite: true, DailyWage: 600m),
        new("zhangsan", "张三", "fwyyb-jjjl", Region: "京津冀鲁", OnSite: true),
        new("lisi", "李四", "fwyyb-jjjl", Region: "京津冀鲁", OnSite: true),
        new("wangwu", "王五", "fwyyb-jys", Region: "晋豫陕"),
        new("zhaoliu", "赵六", "fwyyb-ygcy", Region: "云贵川渝", OnSite: true),
        new("chenjing", "陈静", "fwyyb-fwgl", DailyWage: 550m),
        new("yangfan", "杨帆", "fwyyb-px", DailyWage: 500m),
        new("linxue", "林雪", "fwyyb-zlgl", "质量管理组", DailyWage: 500m),
        new("zhoumin", "周敏", "fwyyb-zlgl", "质量管理组"),
        new("guohui", "郭辉", "fwyyb-jsdj", "技术对接组", DailyWage: 550m),
        new("xiaoyu", "肖宇", "fwyyb-jsdj", "技术对接组"),
        new("songwei", "宋伟", "fwyyb-bjfw", "部级服务组", DailyWage: 550m),
        new("tangli", "唐莉", "fwyyb-cpyy", DailyWage: 500m),
        new("hanmei", "韩梅", "fwyyb-qycp", DailyWage: 500m),
        new("fengyu", "冯雨", "fwyyb-sqzc", DailyWage: 500m),
        new("wujing", "吴静", "rlxzb", "人事", DailyWage: 700m),
        new("zhengshuang", "郑爽", "rlxzb", "内勤"),
        new("yaoqian", "姚倩", "rlxzb", "内勤"),
        new("jiangtao", "江涛", "rlxzb", "社保专员"),
        new("panlei", "潘磊", "rlxzb", "行政,人事"),
        new("qianhua", "钱华", "cwb", "财务", DailyWage: 750m),
        new("sunyue", "孙悦", "cwb", "财务"),
        new("duli", "杜丽", "cwb", "出纳"),
        new("zhenghao", "郑浩", "fwb", "法务", DailyWage: 700m),
        new("lichao", "李超", "yxglb", "销售总监", DailyWage: 900m),
        new("wangfang", "王芳", "yxglb", "销售"),
        new("liuqiang", "刘强", "yxglb", "销售"),
        new("heli", "何丽", "yxglb", "营销管理"),
        new("caipeng", "蔡鹏", "qrs", "嵌入式", DailyWage: 600m),
        new("dengke", "邓可", "yfzx", "研发", DailyWage: 800m),
        new("liwei", "李伟", "yfzx", "研发"),
    ];
}
