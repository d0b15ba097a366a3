using Oa.Host.Features.Designer;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>Models for the designer tests, built in code from the Workflow fixtures under a key of each test's own.</summary>
public static class DesignerModels
{
    /// <summary>The hostleave.bpmn fixture as process <paramref name="key"/> (it uses host_leave_form: publish that first).</summary>
    public static string Leave(string key, string name = "测试请假") =>
        Fixtures.Read("hostleave.bpmn").Replace("id=\"host_leave\" name=\"测试请假\"", $"id=\"{key}\" name=\"{name}\"");

    /// <summary>The 新建流程 template with its user task turned into a script task, which the engine refuses.</summary>
    public static string WithScriptTask(string key) =>
        ProcessTemplate.For(key, "脚本测试", null).Replace("bpmn:userTask", "bpmn:scriptTask").Replace("Task_Head", "Script_Calc").Replace("部门负责人审批", "计算金额");
}
