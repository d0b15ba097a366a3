using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private const int MaxComponents = 2000;

    private static FormComponent? ParseComponent(JsonObject obj, Scope scope, ParseState state)
    {
        var id = Str(obj["id"]) ?? state.NextId();
        var typeName = Str(obj["type"]);
        var key = Str(obj["key"]);
        if (!state.Ids.Add(id)) state.Add(id, key, scope.FullPrefix, $"重复的组件 id / duplicate component id {id}");
        if (state.Ids.Count > MaxComponents)
        {
            if (state.Ids.Count == MaxComponents + 1)
                state.Add(id, key, null, $"组件过多 / more than {MaxComponents} components");
            return null;
        }

        if (typeName is null || !ComponentTypes.TryGetKind(typeName, out var kind))
        {
            state.Add(id, key, scope.FullPrefix, typeName is null
                ? "缺少组件类型 / component has no `type`"
                : $"不支持的组件类型 \"{typeName}\" / unknown component type; supported: {string.Join(", ", ComponentTypes.Names)}");
            return null;
        }

        var holdsValue = ComponentTypes.HoldsValue(kind);
        IReadOnlyList<string> dataPath = [];
        if (holdsValue)
        {
            if (key is null || !ValidPath(key))
            {
                state.Add(id, key, scope.FullPrefix, key is null
                    ? "字段缺少 key / field has no `key`"
                    : $"字段 key \"{key}\" 无效 / invalid key (dot-separated names without spaces or brackets)");
                return null;
            }
            dataPath = [.. scope.DataPrefix, .. key.Split('.')];
        }

        var path = Str(obj["path"]);
        if (kind == ComponentKind.DynamicList && (path is null || !ValidPath(path)))
        {
            state.Add(id, key, scope.FullPrefix, "动态列表必须有有效的 path / dynamiclist needs a valid `path`");
            return null;
        }
        if (kind == ComponentKind.Group && path is not null && path.Length > 0 && !ValidPath(path))
        {
            state.Add(id, key, scope.FullPrefix, $"分组 path \"{path}\" 无效 / invalid group path");
            return null;
        }
        if (kind == ComponentKind.DynamicList && scope.Depth >= MaxDepth)
        {
            state.Add(id, key, scope.FullPrefix, "嵌套过深 / containers nested too deeply");
            return null;
        }

        var containerPath = string.IsNullOrEmpty(path) ? [] : path.Split('.');
        IReadOnlyList<string> ownPath = holdsValue ? dataPath : [.. scope.DataPrefix, .. containerPath];
        var fullPath = scope.Join(holdsValue ? key!.Split('.') : containerPath);
        if (kind == ComponentKind.Group && containerPath.Length == 0) fullPath = scope.FullPrefix;

        var ctx = new ComponentContext(id, key, fullPath, state);
        var component = new FormComponent
        {
            Id = id,
            Type = typeName,
            Kind = kind,
            Raw = obj,
            Key = key,
            Label = Str(obj["label"]),
            Path = path,
            DataPath = ownPath,
            FullPath = fullPath,
            Components = ParseChildren(obj, kind, scope, containerPath, fullPath, id, state),
            HideSource = HideSource(obj, ctx),
            Hide = CompileOptional(HideSource(obj, null), "conditional.hide", ctx, requireEquals: true),
            ReadOnly = ReadOnlyFlag(obj["readonly"], ctx),
            Disabled = Bool(obj["disabled"]),
            DefaultValue = obj["defaultValue"]?.DeepClone(),
            Validate = ParseValidate(obj["validate"], kind, ctx),
            Values = ParseValues(obj["values"], kind, ctx),
            ValuesKey = string.IsNullOrWhiteSpace(Str(obj["valuesKey"])) ? null : Str(obj["valuesKey"]),
            ValuesExpression = CompileOptional(Str(obj["valuesExpression"]), "valuesExpression", ctx, requireEquals: true),
            DecimalDigits = Int(obj["decimalDigits"]) ?? (kind == ComponentKind.OaMoney ? 2 : null),
            Increment = Dec(obj["increment"]),
            SerializeToString = Bool(obj["serializeToString"]),
            Subtype = ParseSubtype(Str(obj["subtype"])),
            TimeSerializingFormat = Str(obj["timeSerializingFormat"]),
            DisallowPassedDates = Bool(obj["disallowPassedDates"]),
            Expression = kind == ComponentKind.Expression ? CompileRequired(Str(obj["expression"]), "expression", ctx) : null,
            ComputeOn = Str(obj["computeOn"]) == "presubmit" ? ComputeOn.Presubmit : ComputeOn.Change,
            Multiple = Bool(obj["multiple"]),
            Accept = Str(obj["accept"]),
        };
        component = WithOptions(component, obj, ctx);
        CheckFeelStrings(obj, ctx);

        if (holdsValue) state.Register(scope.RowScopeId, dataPath, isLeaf: true, component);
        else if (containerPath.Length > 0) state.Register(scope.RowScopeId, ownPath, isLeaf: false, component);
        return component;
    }

    private static IReadOnlyList<FormComponent> ParseChildren(
        JsonObject obj, ComponentKind kind, Scope scope, string[] containerPath, string fullPath, string id, ParseState state)
    {
        if (kind is not (ComponentKind.Group or ComponentKind.DynamicList)) return [];
        if (obj["components"] is not JsonArray children) return [];
        var childScope = kind == ComponentKind.DynamicList
            ? new Scope([], fullPath, InRow: true, scope.Depth + 1, RowScopeId: id)
            : scope with { DataPrefix = [.. scope.DataPrefix, .. containerPath], FullPrefix = fullPath, Depth = scope.Depth + 1 };
        if (childScope.Depth > MaxDepth)
        {
            state.Add(id, null, fullPath, "嵌套过深 / containers nested too deeply");
            return [];
        }
        return ParseComponents(children, childScope, state);
    }

    private static bool ValidPath(string path) =>
        path.Length is > 0 and <= 200 && path.Split('.').All(s => s.Length > 0 && !s.Any(ch => char.IsWhiteSpace(ch) || ch is '[' or ']'));

    private static DateTimeSubtype ParseSubtype(string? s) => s switch
    {
        "time" => DateTimeSubtype.Time,
        "datetime" => DateTimeSubtype.DateTime,
        _ => DateTimeSubtype.Date,
    };

    private sealed record ComponentContext(string Id, string? Key, string Path, ParseState State)
    {
        public void Problem(string message) => State.Add(Id, Key, Path, message);

        /// <summary>Properties already compiled where they are read, so the '='-string sweep does not report them twice.</summary>
        public HashSet<string> Compiled { get; } = new(StringComparer.Ordinal);
    }
}
