namespace Oa.Feel.Parsing;

internal sealed partial class Parser
{
    // Words that end a name: FEEL allows spaces inside names, so `first name` is one name,
    // but `x in y` or `a and b` are not.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "in", "then", "else", "return", "satisfies", "instance", "between", "if", "for", "some", "every", "true", "false", "null",
    };

    // Built-in and type names that contain a keyword.
    private static readonly string[][] KeywordNames =
    [
        ["years", "and", "months", "duration"],
        ["days", "and", "time", "duration"],
        ["date", "and", "time"],
        ["get", "or", "else"],
    ];

    // Keyword-containing names apply only to calls and types, so `date and time` with variables
    // `date` and `time` stays a conjunction.
    private string NameWords(bool allowKeywords = false, bool isType = false)
    {
        if (Current.Kind != TokenKind.Name) throw Error($"expected a name but found {Current}");
        foreach (var words in KeywordNames)
        {
            if (!Matches(words) || !isType && PeekAt(words.Length).Kind != TokenKind.LParen) continue;
            _pos += words.Length;
            return string.Join(' ', words);
        }
        var name = Next().Text;
        while (Current.Kind == TokenKind.Name && (allowKeywords || !Keywords.Contains(Current.Text)) && Current.Text != "function")
            name += " " + Next().Text;
        return name;
    }

    private bool Matches(string[] words)
    {
        for (var i = 0; i < words.Length; i++) if (!PeekAt(i).IsWord(words[i])) return false;
        return true;
    }
}
