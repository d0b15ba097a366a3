using Oa.Feel.Evaluation;

namespace Oa.Feel.Parsing;

// Recursive descent over the DMN 1.4 FEEL grammar. Precedence, lowest first:
// textual (if/for/some/every/function) < or < and < comparison/between/in/instance of
// < + - < * / < ** < unary - < postfix (path, filter, call) < primary.
internal sealed partial class Parser
{
    private const int MaxDepth = 200;
    private readonly List<Token> _tokens;
    private readonly string _source;
    private int _pos;
    private int _depth;
    private readonly List<string> _locals = [];
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _outsideFilters = new(StringComparer.Ordinal);
    private int _filterDepth;

    private ParseResult Result(Node root) => new(root, _referenced, _referenced.Except(_outsideFilters).ToHashSet(StringComparer.Ordinal));

    private Parser(string source)
    {
        _source = source;
        _tokens = Lexer.Tokenize(source);
    }

    public static ParseResult ParseExpression(string source)
    {
        var p = new Parser(source);
        var node = p.Expression();
        p.Expect(TokenKind.End);
        return p.Result(node);
    }

    private Token Current => _tokens[_pos];
    private Token PeekAt(int offset) => _tokens[Math.Min(_pos + offset, _tokens.Count - 1)];
    private Token Next()
    {
        var t = _tokens[_pos];
        if (_pos < _tokens.Count - 1) _pos++;
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        Next();
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (!Current.IsWord(word)) return false;
        Next();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (Current.Kind != kind) throw Error($"expected {Describe(kind)} but found {Current}");
        return Next();
    }

    private void ExpectWord(string word)
    {
        if (!AcceptWord(word)) throw Error($"expected '{word}' but found {Current}");
    }

    private FeelSyntaxException Error(string message) => new(message + $" at position {Current.Position}", Current.Position);

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.RParen => "')'",
        TokenKind.RBracket => "']'",
        TokenKind.RBrace => "'}'",
        TokenKind.Colon => "':'",
        TokenKind.Name => "a name",
        _ => kind.ToString(),
    };

    private void Enter()
    {
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error("expression is nested too deeply");
    }

    private Node Expression()
    {
        Enter();
        try { return Or(); }
        finally { _depth--; }
    }

    private Node Or()
    {
        var first = And();
        if (!Current.IsWord("or")) return first;
        var items = new List<Node> { first };
        while (AcceptWord("or")) items.Add(And());
        return new OrNode([.. items]);
    }

    private Node And()
    {
        var first = Comparison();
        if (!Current.IsWord("and")) return first;
        var items = new List<Node> { first };
        while (AcceptWord("and")) items.Add(Comparison());
        return new AndNode([.. items]);
    }

    private Node Comparison()
    {
        var mark = _depth;
        var left = Additive();
        while (true)
        {
            if (CompareOperator(Current.Kind) is { } op)
            {
                Next();
                Enter();
                left = new CompareNode(op, left, Additive());
            }
            else if (AcceptWord("between"))
            {
                var low = Additive();
                ExpectWord("and");
                left = new BetweenNode(left, low, Additive());
            }
            else if (AcceptWord("in")) left = new InNode(left, InTests());
            else if (AcceptWord("instance"))
            {
                ExpectWord("of");
                left = new InstanceOfNode(left, Type());
            }
            else { _depth = mark; return left; }
        }
    }

    private static CompareOp? CompareOperator(TokenKind kind) => kind switch
    {
        TokenKind.Eq => CompareOp.Eq,
        TokenKind.NotEq => CompareOp.NotEq,
        TokenKind.Lt => CompareOp.Lt,
        TokenKind.LtEq => CompareOp.LtEq,
        TokenKind.Gt => CompareOp.Gt,
        TokenKind.GtEq => CompareOp.GtEq,
        _ => null,
    };
}
