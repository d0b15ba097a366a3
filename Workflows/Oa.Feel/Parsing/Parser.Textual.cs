using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    private Node If()
    {
        var condition = Expression();
        ExpectWord("then");
        var then = Expression();
        ExpectWord("else");
        return new IfNode(condition, then, Expression());
    }

    private Node For()
    {
        var mark = _locals.Count;
        var iterators = Iterators();
        ExpectWord("return");
        _locals.Add("partial");
        var body = Expression();
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new ForNode(iterators, body);
    }

    private Node Quantified(bool every)
    {
        var mark = _locals.Count;
        var iterators = Iterators();
        ExpectWord("satisfies");
        var condition = Expression();
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new QuantifiedNode(every, iterators, condition);
    }

    // `x in xs, y in 1..3`: each later source may use the earlier names.
    private Iterator[] Iterators()
    {
        var result = new List<Iterator>();
        do
        {
            var name = Current.Kind == TokenKind.BacktickName ? Next().Text : NameWords();
            ExpectWord("in");
            var source = Expression();
            Node? end = null;
            if (Accept(TokenKind.DotDot)) end = Expression();
            result.Add(new Iterator(name, source, end));
            _locals.Add(name);
        } while (Accept(TokenKind.Comma));
        return [.. result];
    }

    private Node FunctionDefinition()
    {
        Expect(TokenKind.LParen);
        var parameters = new List<string>();
        if (!Accept(TokenKind.RParen))
        {
            do
            {
                parameters.Add(Current.Kind == TokenKind.BacktickName ? Next().Text : NameWords());
                if (Accept(TokenKind.Colon)) Type();
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RParen);
        }
        var mark = _locals.Count;
        _locals.AddRange(parameters);
        var body = Expression();
        _locals.RemoveRange(mark, _locals.Count - mark);
        return new FunctionDefNode([.. parameters], body);
    }

    private Node Call(string? name, Node? callee)
    {
        Expect(TokenKind.LParen);
        var args = new List<Node>();
        List<string>? names = null;
        if (!Accept(TokenKind.RParen))
        {
            do
            {
                if (IsNamedArgument())
                {
                    names ??= [];
                    names.Add(Current.Kind == TokenKind.BacktickName ? Next().Text : NameWords(allowKeywords: true));
                    Expect(TokenKind.Colon);
                }
                else if (names is not null) throw Error("positional argument after named arguments");
                args.Add(Expression());
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RParen);
        }
        return new CallNode(name, callee, [.. args], names?.ToArray());
    }

    private bool IsNamedArgument()
    {
        if (Current.Kind == TokenKind.BacktickName) return PeekAt(1).Kind == TokenKind.Colon;
        var i = 0;
        while (PeekAt(i).Kind == TokenKind.Name) i++;
        return i > 0 && PeekAt(i).Kind == TokenKind.Colon;
    }

    private FeelType Type()
    {
        var name = NameWords(isType: true);
        if (name is "list" && Accept(TokenKind.Lt))
        {
            var element = Type();
            Expect(TokenKind.Gt);
            return new FeelType("list", element);
        }
        if (name is "context" or "function" or "range" && Current.Kind == TokenKind.Lt)
        {
            // Member and signature types are accepted but not checked.
            var depth = 0;
            do
            {
                if (Current.Kind == TokenKind.Lt) depth++;
                else if (Current.Kind == TokenKind.Gt) depth--;
                else if (Current.Kind == TokenKind.End) throw Error("unterminated type");
                Next();
            } while (depth > 0);
            if (name == "function" && Accept(TokenKind.Minus)) { Expect(TokenKind.Gt); Type(); }
        }
        return new FeelType(name);
    }
}
