using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.MultiInstance;

public class MultiInstanceSubProcessTests
{
    [Fact]
    public void MultiInstanceSubProcess_EachInstanceHasItsOwnScopeAndOutput()
    {
        var h = Harness.For("MultiInstance/per-item-subprocess.bpmn").Start(new { items = new[] { "x", "y" } });
        Assert.Equal(["x", "y"], h.State!.Tasks.Select(t => t.Assignee));
        var parents = h.State.Tokens.Where(t => t.ElementId == "inspect").Select(t => t.ParentId).Distinct().ToList();
        Assert.Equal(2, parents.Count); // one sub-process scope per item
        // "verdict" is not local, so it propagates to process level (Zeebe rule); each inner instance
        // evaluates its outputElement the moment it completes, so the outputs still differ.
        h.Run(new CompleteTask(h.State.Tasks.Single(t => t.Assignee == "y").TaskId, "y", Vars.Of(new { verdict = "ok" })));
        h.Run(new CompleteTask(h.State!.Tasks.Single(t => t.Assignee == "x").TaskId, "x", Vars.Of(new { verdict = "bad" })));
        Assert.Equal(["summary"], h.OpenTaskElements);
        Assert.Equal(["x:bad", "y:ok"], h.Var("checked").EnumerateArray().Select(e => e.GetString()));
        Assert.False(h.State!.Variables.ContainsKey("item"));
    }
}
