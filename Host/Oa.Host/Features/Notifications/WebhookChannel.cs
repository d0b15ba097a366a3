using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Oa.Host.Features.Notifications;

/// <summary>
/// Posts a text message to a WeCom (企业微信) or DingTalk (钉钉) group bot, @-mentioning the recipient by mobile number.
/// Both answer HTTP 200 with {"errcode":0} on success; anything else is a failed attempt.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory http, TimeProvider clock)
{
    public async Task SendAsync(WebhookTarget target, string text, string? mobile, CancellationToken ct)
    {
        var mentions = string.IsNullOrWhiteSpace(mobile) ? Array.Empty<string>() : [mobile];
        object payload = target.Kind.Equals("dingtalk", StringComparison.OrdinalIgnoreCase)
            ? new { msgtype = "text", text = new { content = text }, at = new { atMobiles = mentions } }
            : new { msgtype = "text", text = new { content = text, mentioned_mobile_list = mentions } };
        using var response = await http.CreateClient("webhooks").PostAsJsonAsync(SignedUrl(target), payload, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"webhook {target.Name} answered {(int)response.StatusCode}: {Clip(body)}");
        using var json = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        if (json.RootElement.TryGetProperty("errcode", out var code) && code.ValueKind == JsonValueKind.Number && code.GetInt32() != 0)
            throw new HttpRequestException($"webhook {target.Name} refused the message: {Clip(body)}");
    }

    /// <summary>DingTalk 加签: HMAC-SHA256 over "timestamp\nsecret", Base64, appended with the millisecond timestamp.</summary>
    private string SignedUrl(WebhookTarget target)
    {
        if (string.IsNullOrEmpty(target.Secret) || !target.Kind.Equals("dingtalk", StringComparison.OrdinalIgnoreCase)) return target.Url;
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(target.Secret), Encoding.UTF8.GetBytes($"{timestamp}\n{target.Secret}")));
        return $"{target.Url}{(target.Url.Contains('?') ? '&' : '?')}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}";
    }

    private static string Clip(string s) => s.Length > 200 ? s[..200] : s;
}
