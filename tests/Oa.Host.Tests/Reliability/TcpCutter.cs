using System.Net;
using System.Net.Sockets;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// A loopback TCP forwarder between the host and its database server. Cut() drops every open connection and stops
/// listening (new connections are refused: the server looks down); Restore() listens again on the same port.
/// </summary>
public sealed class TcpCutter : IAsyncDisposable
{
    private readonly IPEndPoint _upstream;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cts = new();

    public TcpCutter(string host, int port)
    {
        _upstream = new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener, _cts.Token);
    }

    public int Port { get; }

    public void Cut()
    {
        _cts.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var c in _open) c.Dispose();
            _open.Clear();
        }
    }

    public void Restore()
    {
        _cts = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _cts.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            _ = PipeAsync(client, ct);
        }
    }

    private async Task PipeAsync(TcpClient client, CancellationToken ct)
    {
        var server = new TcpClient();
        lock (_open) { _open.Add(client); _open.Add(server); }
        try
        {
            await server.ConnectAsync(_upstream, ct);
            await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream(), ct), server.GetStream().CopyToAsync(client.GetStream(), ct));
        }
        catch (Exception) { } // a cut connection ends here
        finally
        {
            client.Dispose();
            server.Dispose();
            lock (_open) { _open.Remove(client); _open.Remove(server); }
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
