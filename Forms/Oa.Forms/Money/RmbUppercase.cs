using System.Text;

namespace Oa.Forms.Money;

// 金额大写 per the PBOC rules for filling in bills (《正确填写票据和结算凭证的基本规定》):
// one 零 for a run of zeros inside the number, none for zeros closing a 4-digit section,
// 整 only after 元 (the rules make it optional after 角 and forbid it after 分; we omit it after 角).
public static class RmbUppercase
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] InSection = ["", "拾", "佰", "仟"];
    private static readonly decimal Limit = 10_000_000_000_000_000m; // 10^16: 万亿 is the largest unit

    public static string Format(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(rounded) >= Limit)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "金额超出万亿范围 (must be below 10^16)");

        var abs = Math.Abs(rounded);
        var yuan = (long)decimal.Truncate(abs);
        var cents = (int)((abs - yuan) * 100);
        var jiao = cents / 10;
        var fen = cents % 10;

        var text = new StringBuilder();
        if (rounded < 0) text.Append('负');
        if (yuan == 0 && cents == 0) return text.Append("零元整").ToString();

        if (yuan > 0)
        {
            AppendInteger(text, yuan);
            text.Append('元');
        }

        if (cents == 0) return text.Append('整').ToString();
        if (jiao > 0) text.Append(Digits[jiao]).Append('角');
        else if (yuan > 0) text.Append('零'); // 1001.01 → …元零壹分: the empty 角 between 元 and 分
        if (fen > 0) text.Append(Digits[fen]).Append('分');
        return text.ToString();
    }

    private static void AppendInteger(StringBuilder text, long value)
    {
        var digits = new int[16];
        for (var p = 0; p < 16; p++, value /= 10) digits[p] = (int)(value % 10);

        var top = 15;
        while (digits[top] == 0) top--;

        var pendingZero = false;
        for (var p = top; p >= 0; p--)
        {
            var d = digits[p];
            if (d == 0) pendingZero = true;
            else
            {
                if (pendingZero) text.Append('零');
                pendingZero = false;
                text.Append(Digits[d]).Append(InSection[p % 4]);
            }

            if (p % 4 != 0 || p == 0) continue;
            var sectionHasDigits = SectionNonZero(digits, p);
            if (p == 8)
            {
                // 亿 is also needed after a 万亿 section when the 亿 section itself is empty (壹万亿);
                // the empty section's zeros then stay pending (壹万亿零壹仟万).
                if (sectionHasDigits) { text.Append('亿'); pendingZero = false; }
                else if (SectionNonZero(digits, 12)) text.Append('亿');
            }
            else if (sectionHasDigits)
            {
                text.Append('万'); // p == 4 (万) or p == 12 (万亿, the 亿 follows at p == 8)
                pendingZero = false; // zeros closing a section are not read
            }
        }
    }

    private static bool SectionNonZero(int[] digits, int low) =>
        digits[low] != 0 || digits[low + 1] != 0 || digits[low + 2] != 0 || digits[low + 3] != 0;
}
