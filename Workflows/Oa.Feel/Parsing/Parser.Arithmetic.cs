using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    private Node Additive()
    {
        var left = Multiplicative();
        while (true)
        {
            if (Accept(TokenKind.Plus)) left = new ArithmeticNode('+', left, Multiplicative());
            else if (Accept(TokenKind.Minus)) left = new ArithmeticNode('-', left, Multiplicative());
            else return left;
        }
    }

    private Node Multiplicative()
    {
        var left = Power();
        while (true)
        {
            if (Accept(TokenKind.Star)) left = new ArithmeticNode('*', left, Power());
            else if (Accept(TokenKind.Slash)) left = new ArithmeticNode('/', left, Power());
            else return left;
        }
    }

    private Node Power()
    {
        var left = Unary();
        while (Accept(TokenKind.StarStar)) left = new ArithmeticNode('^', left, Unary());
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
        var node = Primary();
        while (true)
        {
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
            else return node;
        }
    }
}
