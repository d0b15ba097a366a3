using Oa.Host.Features.Designer;

namespace Oa.Host.Tests.Designer;

/// <summary>版本对比: elements added, removed and changed between two versions; moving shapes is no change.</summary>
public sealed class VersionDiffTests
{
    private const string Before = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="http://oa.dev/schema/bpmn/oa" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D" targetNamespace="x">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:userTask id="Head" name="负责人审批"><bpmn:extensionElements><oa:approval><oa:approver type="deptHead" /></oa:approval></bpmn:extensionElements></bpmn:userTask>
            <bpmn:userTask id="Old" name="旧节点" />
            <bpmn:exclusiveGateway id="G" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Head" />
            <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="Old"><bpmn:conditionExpression>=days &gt; 3</bpmn:conditionExpression></bpmn:sequenceFlow>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P"><bpmndi:BPMNShape id="Head_di" bpmnElement="Head"><dc:Bounds x="1" y="1" width="100" height="80" /></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [Fact]
    public void SameModelWithMovedShapesAndReformatting_HasNoChanges()
    {
        var after = Before.Replace("x=\"1\"", "x=\"300\"").Replace("<oa:approver type=\"deptHead\" />", "<oa:approver   type=\"deptHead\"/>");
        Assert.Empty(VersionDiff.Compare(Before, after));
    }

    [Fact]
    public void AddedRemovedAndChangedElements_AreListedWithWhatChanged()
    {
        var after = Before
            .Replace("<bpmn:userTask id=\"Old\" name=\"旧节点\" />", "<bpmn:userTask id=\"New\" name=\"新节点\" />")
            .Replace("targetRef=\"Old\"", "targetRef=\"New\"")
            .Replace("=days &gt; 3", "=days &gt; 5")
            .Replace("<oa:approver type=\"deptHead\" />", "<oa:approver type=\"role\" value=\"人事\" />")
            .Replace("name=\"负责人审批\"", "name=\"部门负责人审批\"");
        var rows = VersionDiff.Compare(Before, after).ToDictionary(r => r.ElementId);
        Assert.Equal(VersionDiff.Change.Added, rows["New"].Change);
        Assert.Equal(VersionDiff.Change.Removed, rows["Old"].Change);
        Assert.Equal(VersionDiff.Change.Changed, rows["Head"].Change);
        Assert.Contains(rows["Head"].Details, d => d.Contains("名称") && d.Contains("部门负责人审批"));
        Assert.Contains(rows["Head"].Details, d => d.Contains("审批设置"));
        Assert.Contains(rows["F2"].Details, d => d.Contains("=days > 3") && d.Contains("=days > 5"));
        Assert.Contains(rows["F2"].Details, d => d.Contains("New"));
        Assert.Equal(new[] { "F2", "Head", "New", "Old" }, rows.Keys.Order(StringComparer.Ordinal));
    }
}
