using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oa.Host.Tests.Notifications;

/// <summary>An HTTP endpoint on loopback standing in for a WeCom/DingTalk group bot: it records each POST and answers errcode 0.</summary>
public sealed class WebhookSink : IDisposable
{
    private readonly HttpListener _listener = new();

    public WebhookSink()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/robot/send?access_token=t0ken";
    public ConcurrentQueue<(string Query, string Body)> Posts { get; } = new();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
            Posts.Enqueue((ctx.Request.Url!.Query, await reader.ReadToEndAsync()));
            var reply = Encoding.UTF8.GetBytes("{\"errcode\":0,\"errmsg\":\"ok\"}");
            ctx.Response.ContentType = "application/json";
            await ctx.Response.OutputStream.WriteAsync(reply);
            ctx.Response.Close();
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose() => _listener.Close();
}
