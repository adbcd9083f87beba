using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Throughline.Core.Model;

namespace Throughline.Workspace.Tests.Writing;

/// <summary>A canonical JSON of a whole workspace model without source positions, for comparing two models by value.</summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(), new OkrRefAsText() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    foreach (var property in info.Properties.Where(p => p.Name == "Origin").ToList())
                    {
                        info.Properties.Remove(property);
                    }
                },
            },
        },
    };

    public static string Of(OkrWorkspace workspace) => JsonSerializer.Serialize(workspace, Options);

    private sealed class OkrRefAsText : JsonConverter<OkrRef>
    {
        public override OkrRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("the canonical JSON is only written");

        public override void Write(Utf8JsonWriter writer, OkrRef value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
