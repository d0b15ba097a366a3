using System.Text;

namespace Oa.Feel.Parsing;

internal static class Lexer
{
    public static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(s, i);
            if (i >= s.Length) { tokens.Add(new Token(TokenKind.End, "", i)); return tokens; }
            var c = s[i];
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && !PrecededByDot(s, i)))
            {
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1])) { i++; while (i < s.Length && char.IsAsciiDigit(s[i])) i++; }
                tokens.Add(new Token(TokenKind.Number, s[start..i], start));
                continue;
            }
            if (c == '"') { tokens.Add(new Token(TokenKind.String, ReadString(s, ref i), start)); continue; }
            if (c == '@' && i + 1 < s.Length && s[i + 1] == '"')
            {
                i++;
                tokens.Add(new Token(TokenKind.Temporal, ReadString(s, ref i), start));
                continue;
            }
            if (c == '`')
            {
                var end = s.IndexOf('`', i + 1);
                if (end < 0) throw new FeelSyntaxException("unterminated backtick name", i);
                tokens.Add(new Token(TokenKind.BacktickName, s[(i + 1)..end], start));
                i = end + 1;
                continue;
            }
            if (IsNameStart(c))
            {
                i++;
                while (i < s.Length && IsNamePart(s[i])) i++;
                tokens.Add(new Token(TokenKind.Name, s[start..i], start));
                continue;
            }
            var (kind, len) = Punctuation(s, i);
            if (len == 0) throw new FeelSyntaxException($"unexpected character '{c}'", i);
            tokens.Add(new Token(kind, s.Substring(i, len), start));
            i += len;
        }
    }

    private static bool PrecededByDot(string s, int i) => i > 0 && s[i - 1] == '.';

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private static bool IsNamePart(char c) => IsNameStart(c) || char.IsAsciiDigit(c) || c == '\'';

    private static int SkipTrivia(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') i++;
                continue;
            }
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new FeelSyntaxException("unterminated comment", i);
                i = end + 2;
                continue;
            }
            break;
        }
        return i;
    }

    private static string ReadString(string s, ref int i)
    {
        var start = i;
        i++;
        var sb = new StringBuilder();
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                switch (s[i])
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'u' when i + 4 < s.Length && int.TryParse(s.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                        sb.Append((char)code); i += 4; break;
                    default: sb.Append(s[i]); break;
                }
                i++;
                continue;
            }
            sb.Append(s[i]);
            i++;
        }
        if (i >= s.Length) throw new FeelSyntaxException("unterminated string", start);
        i++;
        return sb.ToString();
    }

    private static (TokenKind, int) Punctuation(string s, int i)
    {
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        return s[i] switch
        {
            '+' => (TokenKind.Plus, 1),
            '-' => (TokenKind.Minus, 1),
            '*' => next == '*' ? (TokenKind.StarStar, 2) : (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '(' => (TokenKind.LParen, 1),
            ')' => (TokenKind.RParen, 1),
            '[' => (TokenKind.LBracket, 1),
            ']' => (TokenKind.RBracket, 1),
            '{' => (TokenKind.LBrace, 1),
            '}' => (TokenKind.RBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '.' => next == '.' ? (TokenKind.DotDot, 2) : (TokenKind.Dot, 1),
            ':' => (TokenKind.Colon, 1),
            '?' => (TokenKind.Question, 1),
            '=' => (TokenKind.Eq, 1),
            '!' => next == '=' ? (TokenKind.NotEq, 2) : (TokenKind.End, 0),
            '<' => next == '=' ? (TokenKind.LtEq, 2) : (TokenKind.Lt, 1),
            '>' => next == '=' ? (TokenKind.GtEq, 2) : (TokenKind.Gt, 1),
            _ => (TokenKind.End, 0),
        };
    }
}
