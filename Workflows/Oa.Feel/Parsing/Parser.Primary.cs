using System.Globalization;
using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    private Node Primary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Next();
                if (!decimal.TryParse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                    throw Error($"number {t.Text} is too large");
                return new LiteralNode(d);
            case TokenKind.String:
                Next();
                return new LiteralNode(t.Text);
            case TokenKind.Temporal:
                Next();
                return new LiteralNode(Temporal.ParseLiteral(t.Text) ?? throw new FeelSyntaxException($"invalid temporal literal @\"{t.Text}\"", t.Position));
            case TokenKind.Question:
                Next();
                return new InputNode();
            case TokenKind.LParen: return Parenthesised();
            case TokenKind.LBracket: return ListOrRange();
            case TokenKind.RBracket:
                Next();
                return RangeRest(Expression(), false);
            case TokenKind.LBrace: return Context();
            case TokenKind.BacktickName:
                Next();
                return NameOrCall(t.Text);
            case TokenKind.Lt or TokenKind.LtEq or TokenKind.Gt or TokenKind.GtEq or TokenKind.Eq or TokenKind.NotEq:
                Next();
                return new UnaryCompareNode(CompareOperator(t.Kind)!.Value, Additive());
            case TokenKind.Name:
                return Word();
            default:
                throw Error($"unexpected {t}");
        }
    }

    private Node Word()
    {
        var t = Current;
        switch (t.Text)
        {
            case "true": Next(); return new LiteralNode(true);
            case "false": Next(); return new LiteralNode(false);
            case "null": Next(); return new LiteralNode(null);
            case "if": Next(); return If();
            case "for": Next(); return For();
            case "some": Next(); return Quantified(false);
            case "every": Next(); return Quantified(true);
            case "function" when PeekAt(1).Kind == TokenKind.LParen: Next(); return FunctionDefinition();
        }
        if (Keywords.Contains(t.Text)) throw Error($"unexpected keyword '{t.Text}'");
        return NameOrCall(NameWords());
    }

    private Node NameOrCall(string name)
    {
        if (Current.Kind == TokenKind.LParen)
        {
            if (Builtins.BuiltinRegistry.Find(name) is null) Reference(name);
            return Call(name, null);
        }
        Reference(name);
        return new NameNode(name);
    }

    // Inside a filter a name may be a member of the items rather than a variable; such names are
    // reported separately so that callers can decide (forms order fields by these dependencies).
    private void Reference(string name)
    {
        if (_locals.Contains(name)) return;
        _referenced.Add(name);
        if (_filterDepth == 0) _outsideFilters.Add(name);
    }

    private Node Parenthesised()
    {
        Expect(TokenKind.LParen);
        var inner = Expression();
        if (Current.Kind == TokenKind.DotDot) return RangeRest(inner, false);
        Expect(TokenKind.RParen);
        return inner;
    }

    private Node ListOrRange()
    {
        Expect(TokenKind.LBracket);
        if (Accept(TokenKind.RBracket)) return new ListNode([]);
        var first = Expression();
        if (Current.Kind == TokenKind.DotDot) return RangeRest(first, true);
        var items = new List<Node> { first };
        while (Accept(TokenKind.Comma)) items.Add(Expression());
        Expect(TokenKind.RBracket);
        return new ListNode([.. items]);
    }

    // After the start of a range: `..end` and a closing ], ) or [ (ISO style open end).
    private Node RangeRest(Node start, bool startIncluded)
    {
        Expect(TokenKind.DotDot);
        var end = Expression();
        bool endIncluded;
        if (Accept(TokenKind.RBracket)) endIncluded = true;
        else if (Accept(TokenKind.RParen) || Accept(TokenKind.LBracket)) endIncluded = false;
        else throw Error($"expected end of range but found {Current}");
        return new RangeNode(start, startIncluded, end, endIncluded);
    }

    private Node Context()
    {
        Expect(TokenKind.LBrace);
        var entries = new List<(string, Node)>();
        var mark = _locals.Count;
        if (!Accept(TokenKind.RBrace))
        {
            do
            {
                var key = Current.Kind switch
                {
                    TokenKind.String or TokenKind.BacktickName => Next().Text,
                    TokenKind.Name => NameWords(allowKeywords: true),
                    _ => throw Error($"expected a context key but found {Current}"),
                };
                Expect(TokenKind.Colon);
                entries.Add((key, Expression()));
                _locals.Add(key);
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RBrace);
        }
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new ContextNode([.. entries]);
    }
}
