using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Feel;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>
/// POST /api/designer/forms/feel-check: the form editor checks every FEEL expression of the schema in one call while
/// the admin types (a form easily has dozens: hide-if conditions, computed fields, FEEL limits). The verdict comes
/// from the engine's own interpreter, the same one <c>Oa.Forms</c> compiles with at publish, so an expression that
/// passes here also passes publishing.
/// </summary>
public static class FormFeelApi
{
    public const int MaxExpressions = 200;
    public const int MaxExpressionLength = 4000;

    public sealed record Input(IReadOnlyList<string?>? Expressions);

    /// <summary>One verdict per expression, in the order asked; <see cref="Position"/> is the error's offset in the FEEL text.</summary>
    public sealed record Verdict(bool Ok, string? Error, int? Position);

    public sealed record Output(IReadOnlyList<Verdict> Results);

    public static void MapFormFeelApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/designer/forms/feel-check", Check).WithTags("Designer").RequireAuthorization(Policies.ProcessAdmin);

    private static Results<Ok<Output>, ValidationProblem> Check(Input? input)
    {
        var list = input?.Expressions;
        if (list is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expressions"] = ["请提供要校验的表达式列表 (expressions is required)"] });
        if (list.Count > MaxExpressions)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expressions"] = [$"一次最多校验 {MaxExpressions} 个表达式 (at most {MaxExpressions})"] });
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null) errors[$"expressions[{i}]"] = ["表达式不能为 null (must be a string)"];
            else if (list[i]!.Length > MaxExpressionLength) errors[$"expressions[{i}]"] = [$"表达式过长 (longer than {MaxExpressionLength} characters)"];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(new Output(list.Select(e => Judge(e!)).ToList()));
    }

    private static Verdict Judge(string text)
    {
        // form-js marks FEEL with a leading '='; it is not part of the expression.
        var trimmed = text.TrimStart();
        var source = trimmed.StartsWith('=') ? trimmed[1..] : trimmed;
        if (string.IsNullOrWhiteSpace(source)) return new Verdict(false, "表达式为空 (empty expression)", 0);
        FeelCompileResult compiled;
        try { compiled = FeelEngine.Default.Compile(source); }
        catch (Exception ex) when (ex is not OutOfMemoryException) { compiled = new FeelCompileResult(null, ex.Message, 0); }
        return compiled.Success ? new Verdict(true, null, null) : new Verdict(false, compiled.Error, compiled.Position);
    }
}
