using System.Text.Json;

namespace Throughline.Llm;

/// <summary>
/// How to reach an OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM...): from the
/// environment (<c>THROUGHLINE_LLM_ENDPOINT</c>, <c>THROUGHLINE_LLM_MODEL</c>, <c>THROUGHLINE_LLM_API_KEY</c>) or a
/// JSON file named by <c>THROUGHLINE_LLM_CONFIG</c> (<c>{"endpoint", "model", "api_key", "timeout_seconds"}</c>).
/// </summary>
/// <param name="Endpoint">The base URL, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:11434/v1</c>.</param>
/// <param name="Model">The model name.</param>
/// <param name="ApiKey">The API key; local servers usually accept any.</param>
/// <param name="Timeout">How long one request may take.</param>
/// <param name="MaxAttempts">Attempts per request (timeouts, 5xx and connection failures are retried).</param>
/// <param name="Backoff">The wait before the second attempt; it doubles for each further one.</param>
public sealed record LlmSettings(Uri Endpoint, string Model, string? ApiKey, TimeSpan Timeout, int MaxAttempts = 3, TimeSpan Backoff = default)
{
    /// <summary>The environment variable naming the endpoint.</summary>
    public const string EndpointVariable = "THROUGHLINE_LLM_ENDPOINT";

    /// <summary>The environment variable naming the model.</summary>
    public const string ModelVariable = "THROUGHLINE_LLM_MODEL";

    /// <summary>The environment variable holding the API key.</summary>
    public const string ApiKeyVariable = "THROUGHLINE_LLM_API_KEY";

    /// <summary>The environment variable naming a JSON config file.</summary>
    public const string ConfigVariable = "THROUGHLINE_LLM_CONFIG";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The settings, or null when nothing is configured (<paramref name="problem"/> empty) or the configuration is wrong (<paramref name="problem"/> says why).</summary>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="readFile">Reads a file's text (the config file).</param>
    /// <param name="problem">Why the configuration cannot be used; empty when nothing is configured.</param>
    public static LlmSettings? TryFrom(Func<string, string?> environment, Func<string, string> readFile, out string problem)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(readFile);
        problem = string.Empty;
        string? endpoint = environment(EndpointVariable), model = environment(ModelVariable), key = environment(ApiKeyVariable);
        var timeout = DefaultTimeout;
        if (environment(ConfigVariable) is { Length: > 0 } file)
        {
            try
            {
                using var json = JsonDocument.Parse(readFile(file));
                var root = json.RootElement;
                endpoint ??= Text(root, "endpoint");
                model ??= Text(root, "model");
                key ??= Text(root, "api_key");
                if (root.TryGetProperty("timeout_seconds", out var seconds) && seconds.TryGetDouble(out var s) && s > 0)
                {
                    timeout = TimeSpan.FromSeconds(s);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
            {
                problem = $"{ConfigVariable}={file} cannot be read: {ex.Message}";
                return null;
            }
        }

        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problem = $"{EndpointVariable} must be an http(s) URL such as http://localhost:11434/v1 (got '{endpoint}')";
            return null;
        }

        if (string.IsNullOrWhiteSpace(model))
        {
            problem = $"{ModelVariable} is not set: name the model to use";
            return null;
        }

        return new LlmSettings(uri, model, key, timeout, 3, TimeSpan.FromSeconds(1));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
