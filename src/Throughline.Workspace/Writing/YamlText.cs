using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Throughline.Workspace.Writing;

/// <summary>Turns a <see cref="YamlMap"/> tree into YAML text.</summary>
internal static class YamlText
{
    public static string Render(YamlMap root, string? headerComment = null)
    {
        var stream = new YamlStream(new YamlDocument(ToNode(root)));
        using var writer = new StringWriter { NewLine = "\n" };
        if (headerComment is not null)
        {
            foreach (var line in headerComment.Split('\n'))
            {
                writer.Write($"# {line}\n");
            }
        }

        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith("...\n", StringComparison.Ordinal))
        {
            text = text[..^4];
        }

        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static YamlNode ToNode(object value) => value switch
    {
        YamlMap map => new YamlMappingNode(map.Select(kv => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(kv.Key), ToNode(kv.Value)))),
        YamlPlain plain => new YamlScalarNode(plain.Text) { Style = ScalarStyle.Plain },
        string text => Scalar(text),
        List<string> items => new YamlSequenceNode(items.Select(Scalar))
        {
            Style = items.Sum(i => i.Length + 2) <= 60 && items.All(IsSimple) ? SequenceStyle.Flow : SequenceStyle.Block,
        },
        List<YamlMap> maps => new YamlSequenceNode(maps.Select(ToNode)),
        _ => throw new ArgumentException($"cannot write a {value.GetType().Name} to YAML", nameof(value)),
    };

    private static YamlScalarNode Scalar(string text)
    {
        var looksLikeSomethingElse = text.Length == 0
            || text is "~" or "null" or "Null" or "NULL" or "true" or "false" or "yes" or "no" or "on" or "off"
            || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
        return new YamlScalarNode(text)
        {
            Style = looksLikeSomethingElse ? ScalarStyle.DoubleQuoted : text.Contains('\n') ? ScalarStyle.Literal : ScalarStyle.Any,
        };
    }

    private static bool IsSimple(string item) =>
        item.Length > 0 && item.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' or '/');
}
