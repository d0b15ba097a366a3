namespace Oa.Feel.Parsing;

internal enum TokenKind
{
    End, Number, String, Name, BacktickName, Temporal,
    Plus, Minus, Star, Slash, StarStar,
    LParen, RParen, LBracket, RBracket, LBrace, RBrace,
    Comma, Dot, DotDot, Colon, Question,
    Eq, NotEq, Lt, LtEq, Gt, GtEq,
}

internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool IsWord(string word) => Kind == TokenKind.Name && Text == word;
    public override string ToString() => Kind == TokenKind.End ? "end of input" : $"'{Text}'";
}

internal sealed record ParseResult(Evaluation.Node Root, HashSet<string> Referenced, HashSet<string> FilterOnly);

internal sealed class FeelSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
