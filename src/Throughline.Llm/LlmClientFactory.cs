using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Throughline.Llm;

/// <summary>Creates the <see cref="IChatClient"/> for an OpenAI-compatible endpoint; retries are Throughline's own, so the SDK's are off.</summary>
public static class LlmClientFactory
{
    /// <summary>A chat client for <paramref name="settings"/>.</summary>
    public static IChatClient Create(LlmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            NetworkTimeout = settings.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(settings.ApiKey) ? "none" : settings.ApiKey), options);
        return client.GetChatClient(settings.Model).AsIChatClient();
    }
}
