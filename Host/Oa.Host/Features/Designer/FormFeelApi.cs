using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Forms.Schema;
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

    /// <summary>One verdict per expression, in the order asked; <see cref="Position"/> is the error's offset in the text as sent ('=' included).</summary>
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

    private static Verdict Judge(string text) =>
        FeelText.Check(text) is { Success: false } failed ? new Verdict(false, failed.Error, failed.Position) : new Verdict(true, null, null);
}
