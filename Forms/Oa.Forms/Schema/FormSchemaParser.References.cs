namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    // oa-related-record copies ledger fields into form fields of its own scope; a mapping to a key
    // the form does not have would silently drop the value.
    private static void CheckMappings(IReadOnlyList<FormComponent> scope, ParseState state)
    {
        var nodes = Validation.DependencyOrder.Flatten(scope).Select(n => n.Component).ToList();
        var keys = nodes.Where(c => c.HoldsValue).Select(c => c.BindingPath).ToHashSet(StringComparer.Ordinal);
        foreach (var c in nodes)
        {
            if (c.RelatedRecord is { } options)
                foreach (var (from, to) in options.Mapping)
                    if (!keys.Contains(to) || to == c.BindingPath)
                        state.Add(c, $"fieldMap.{from} 指向不存在的字段 {to} / maps to a field the form does not have");
            if (c.Kind == ComponentKind.DynamicList) CheckMappings(c.Components, state);
        }
    }
}
