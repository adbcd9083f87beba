using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Throughline.Llm.Tests.Drafting;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint inside the test process, on 127.0.0.1 and a free port: each
/// request gets the next scripted reply (status, assistant content, delay). It records every request body.
/// </summary>
internal sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, Reply> _script;
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    public FakeOpenAiServer(Func<int, Reply> script)
    {
        _script = script;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public sealed record Reply(int Status, string Content, TimeSpan Delay = default);

    public Uri Endpoint { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        Requests.Enqueue(await reader.ReadToEndAsync());
        var reply = _script(Interlocked.Increment(ref _count));
        try
        {
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            var body = Encoding.UTF8.GetBytes(reply.Status == 200 ? Completion(reply.Content) : "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
            await context.Response.OutputStream.WriteAsync(body, _stop.Token);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (timeout) or the server is stopping.
        }
    }
}
