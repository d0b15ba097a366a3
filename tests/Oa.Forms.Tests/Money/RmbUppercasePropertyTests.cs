using System.Globalization;
using Oa.Forms.Money;

namespace Oa.Forms.Tests.Money;

public class RmbUppercasePropertyTests
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";

    [Fact]
    public void Format_RandomZeroHeavyAmounts_ReadsBackToTheRoundedAmount()
    {
        var random = new Random(1001);
        for (var n = 0; n < 20_000; n++)
        {
            var amount = RandomAmount(random);
            var text = RmbUppercase.Format(amount);
            var expected = Math.Round(amount, 2, MidpointRounding.AwayFromZero);

            Assert.True(ReadBack(text) == expected, $"{amount} → {text} reads back as {ReadBack(text)}");
            Assert.DoesNotContain("零零", text);
            Assert.False(text.EndsWith('零'), text);
            foreach (var unit in new[] { "零万", "零亿", "零元", "零角", "零分", "零整", "亿万" })
                Assert.True(!text.Contains(unit) || text is "零元整", $"{amount} → {text} contains {unit}");
            Assert.True(!text.Contains('整') || text.EndsWith("元整"), text);
            Assert.True(text.Contains('分') || text.Contains('角') || text.EndsWith('整'), text);
        }
    }

    private static decimal RandomAmount(Random random)
    {
        var integerDigits = random.Next(0, 17);
        var chars = new char[integerDigits];
        for (var i = 0; i < integerDigits; i++) chars[i] = random.Next(10) < 6 ? '0' : (char)('1' + random.Next(9));
        var cents = $"{(random.Next(2) == 0 ? 0 : random.Next(10))}{(random.Next(2) == 0 ? 0 : random.Next(10))}";
        var text = (integerDigits == 0 ? "0" : new string(chars)) + "." + cents + (random.Next(4) == 0 ? "5" : "");
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        return random.Next(5) == 0 ? -value : value;
    }

    // An independent reader of 大写 amounts: digits multiply the following 拾佰仟, 万 scales the
    // section read so far, 亿 closes everything before it.
    private static decimal ReadBack(string text)
    {
        var sign = 1m;
        if (text.StartsWith('负')) (sign, text) = (-1m, text[1..]);
        decimal total = 0, section = 0, digit = 0, fraction = 0;
        foreach (var ch in text)
        {
            var d = Digits.IndexOf(ch);
            if (d >= 0) { digit = d; continue; }
            switch (ch)
            {
                case '拾': section += digit * 10; digit = 0; break;
                case '佰': section += digit * 100; digit = 0; break;
                case '仟': section += digit * 1000; digit = 0; break;
                case '万': section = (section + digit) * 10_000; digit = 0; break;
                case '亿': total = (total + section + digit) * 100_000_000; section = digit = 0; break;
                case '元': total += section + digit; section = digit = 0; break;
                case '角': fraction += digit / 10; digit = 0; break;
                case '分': fraction += digit / 100; digit = 0; break;
                case '整': break;
                default: throw new FormatException($"unexpected {ch} in {text}");
            }
        }
        return sign * (total + section + digit + fraction);
    }
}
