using Oa.Forms.Validation;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    // Conditions and expressions that read each other in a circle have no dependency order;
    // form-js would silently pick one, we reject the form at deploy time.
    private static void CheckCycles(IReadOnlyList<FormComponent> components, bool inRow, ParseState state)
    {
        var order = DependencyOrder.Sort(DependencyOrder.Flatten(components), inRow, out var cyclic, out var cycle);
        if (cyclic)
        {
            var names = string.Join(" → ", cycle.Select(c => c.Key ?? c.Path ?? c.Id));
            var first = cycle[0];
            state.Add(first.Id, first.Key, first.FullPath,
                $"条件或表达式存在循环依赖 / conditions or expressions depend on each other in a cycle: {names}");
        }
        foreach (var node in order)
            if (node.Component.Kind == ComponentKind.DynamicList)
                CheckCycles(node.Component.Components, inRow: true, state);
    }
}
