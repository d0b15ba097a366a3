using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    // Unary tests (DMN 1.4 grammar rule 17): `-`, `not(tests)` or `test, test, ...`, each matched against `?`.
    public static ParseResult ParseUnaryTests(string source)
    {
        var p = new Parser(source);
        Node root;
        if (p.Current.Kind == TokenKind.Minus && p.PeekAt(1).Kind == TokenKind.End)
        {
            p.Next();
            root = new UnaryTestsNode([], false, true);
        }
        else if (p.Current.IsWord("not") && p.PeekAt(1).Kind == TokenKind.LParen && p.TryNegated(out var negated))
            root = negated;
        else
        {
            p._pos = 0;
            root = new UnaryTestsNode(p.PositiveTests(TokenKind.End), false, false);
        }
        p.Expect(TokenKind.End);
        return p.Result(root);
    }

    private bool TryNegated(out Node node)
    {
        var start = _pos;
        Next();
        Next();
        var tests = PositiveTests(TokenKind.RParen);
        Expect(TokenKind.RParen);
        node = new UnaryTestsNode(tests, true, false);
        if (Current.Kind == TokenKind.End) return true;
        _pos = start;
        return false;
    }

    private Node[] PositiveTests(TokenKind terminator)
    {
        var tests = new List<Node> { PositiveTest() };
        while (Current.Kind != terminator && Accept(TokenKind.Comma)) tests.Add(PositiveTest());
        return [.. tests];
    }

    private Node PositiveTest()
    {
        if (CompareOperator(Current.Kind) is { } op)
        {
            Next();
            return new UnaryCompareNode(op, Additive());
        }
        return Expression();
    }

    // Right of `in`: one test, or a parenthesised list of tests, or a range opened with '('.
    private Node[] InTests()
    {
        if (Current.Kind != TokenKind.LParen)
        {
            if (CompareOperator(Current.Kind) is { } op)
            {
                Next();
                return [new UnaryCompareNode(op, Additive())];
            }
            return [Additive()];
        }
        Next();
        var first = PositiveTest();
        if (Current.Kind == TokenKind.DotDot) return [RangeRest(first, false)];
        var tests = new List<Node> { first };
        while (Accept(TokenKind.Comma)) tests.Add(PositiveTest());
        Expect(TokenKind.RParen);
        return [.. tests];
    }
}
