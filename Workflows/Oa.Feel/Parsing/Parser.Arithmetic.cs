using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    // Operator chains build left-deep trees, so each link counts as one level of nesting:
    // evaluation recurses that deep and must stay far from the end of the stack.
    private Node Additive()
    {
        var mark = _depth;
        var left = Multiplicative();
        while (true)
        {
            if (Accept(TokenKind.Plus)) { Enter(); left = new ArithmeticNode('+', left, Multiplicative()); }
            else if (Accept(TokenKind.Minus)) { Enter(); left = new ArithmeticNode('-', left, Multiplicative()); }
            else { _depth = mark; return left; }
        }
    }

    private Node Multiplicative()
    {
        var mark = _depth;
        var left = Power();
        while (true)
        {
            if (Accept(TokenKind.Star)) { Enter(); left = new ArithmeticNode('*', left, Power()); }
            else if (Accept(TokenKind.Slash)) { Enter(); left = new ArithmeticNode('/', left, Power()); }
            else { _depth = mark; return left; }
        }
    }

    private Node Power()
    {
        var mark = _depth;
        var left = Unary();
        while (Accept(TokenKind.StarStar)) { Enter(); left = new ArithmeticNode('^', left, Unary()); }
        _depth = mark;
        return left;
    }

    private Node Unary()
    {
        if (!Accept(TokenKind.Minus)) return Postfix();
        Enter();
        try
        {
            var operand = Unary();
            return operand is LiteralNode { Value: decimal d } ? new LiteralNode(-d) : new NegateNode(operand);
        }
        finally { _depth--; }
    }

    // `]1..10[` ends a range with '[': then the bracket is not a filter.
    private static bool ClosesRange(TokenKind next) => next is TokenKind.End or TokenKind.RParen or TokenKind.Comma or TokenKind.RBracket;

    private Node Postfix()
    {
        var mark = _depth;
        var node = Primary();
        while (true)
        {
            if (Current.Kind is TokenKind.Dot or TokenKind.LBracket or TokenKind.LParen) Enter();
            if (Accept(TokenKind.Dot))
            {
                var name = Current.Kind == TokenKind.BacktickName ? Next().Text : NameWords();
                node = new PathNode(node, name);
            }
            else if (Current.Kind == TokenKind.LBracket && !ClosesRange(PeekAt(1).Kind) && Accept(TokenKind.LBracket))
            {
                _locals.Add("item");
                _filterDepth++;
                var filter = Expression();
                _filterDepth--;
                _locals.RemoveAt(_locals.Count - 1);
                Expect(TokenKind.RBracket);
                node = new FilterNode(node, filter);
            }
            else if (Current.Kind == TokenKind.LParen) node = Call(null, node);
            else { _depth = mark; return node; }
        }
    }
}
