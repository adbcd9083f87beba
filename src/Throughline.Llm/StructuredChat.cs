using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Throughline.Llm;

/// <summary>
/// One conversation turn that must come back as JSON of type <typeparamref name="T"/>: the request carries the shape as
/// a JSON schema, so endpoints with structured output return nothing else; an endpoint that refuses schemas with HTTP
/// 400 or 422 is asked again in plain JSON mode (the prompt must describe the shape), and stays in that mode. Timeouts,
/// connection failures, HTTP 5xx, 408 and 429 are retried with exponential backoff; other refusals are not.
/// </summary>
internal sealed class StructuredChat<T>(IChatClient client, LlmSettings settings, ChatResponseFormat schema, JsonSerializerOptions json)
    where T : class
{
    private bool _schemaRefused;

    /// <summary>Asks once (with retries) and parses the answer.</summary>
    public async Task<StructuredAnswer<T>> AskAsync(IList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (var attempt = 1; attempt <= Math.Max(1, settings.MaxAttempts); attempt++)
        {
            var options = new ChatOptions { ResponseFormat = _schemaRefused ? ChatResponseFormat.Json : schema, Temperature = 0 };
            if (attempt > 1)
            {
                await Task.Delay(settings.Backoff * Math.Pow(2, attempt - 2), cancellationToken).ConfigureAwait(false);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Timeout);
            try
            {
                var response = await client.GetResponseAsync(messages, options, timeout.Token).ConfigureAwait(false);
                return Parse(response.Text);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {settings.Timeout.TotalSeconds:0.#} s ({attempt} attempt(s))";
            }
            catch (ClientResultException ex) when (ex.Status is >= 500 or 0 or 408 or 429)
            {
                problem = ex.Status == 0
                    ? $"the endpoint is unreachable: {ex.Message} ({attempt} attempt(s))"
                    : $"the endpoint answered HTTP {ex.Status} ({attempt} attempt(s))";
            }
            catch (ClientResultException ex) when (ex.Status is 400 or 422 && !_schemaRefused)
            {
                // Not every OpenAI-compatible server takes a JSON schema; ask again, this attempt not counted.
                _schemaRefused = true;
                attempt--;
            }
            catch (ClientResultException ex)
            {
                return new StructuredAnswer<T>(null, string.Empty, $"the endpoint refused the request: HTTP {ex.Status} {ex.Message}", null);
            }
            catch (HttpRequestException ex)
            {
                problem = $"the endpoint is unreachable: {ex.Message} ({attempt} attempt(s))";
            }
        }

        return new StructuredAnswer<T>(null, string.Empty, problem, null);
    }

    private StructuredAnswer<T> Parse(string text)
    {
        var body = text.Trim();
        if (body.StartsWith("```", StringComparison.Ordinal))
        {
            body = body[(body.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimEnd('`', '\n', ' ');
        }

        try
        {
            return new StructuredAnswer<T>(JsonSerializer.Deserialize<T>(body, json), text, null, null);
        }
        catch (JsonException ex)
        {
            return new StructuredAnswer<T>(null, text, null, $"malformed JSON: {ex.Message}");
        }
    }
}

/// <summary>What one structured turn gave.</summary>
/// <param name="Value">The parsed answer, when it parsed.</param>
/// <param name="Text">The answer as the model wrote it.</param>
/// <param name="Problem">Why no answer came (endpoint down, refused, timed out).</param>
/// <param name="Malformed">Why the answer that came could not be read.</param>
internal sealed record StructuredAnswer<T>(T? Value, string Text, string? Problem, string? Malformed)
    where T : class;
