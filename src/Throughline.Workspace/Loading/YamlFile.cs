using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Workspace.Loading;

/// <summary>Parses one YAML file into its top-level mapping, turning syntax errors into diagnostics with positions.</summary>
internal static class YamlFile
{
    public static YamlFields? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var where = new SourceRef(file, (int)ex.Start.Line, (int)ex.Start.Column);
            diagnostics.Error(DiagnosticCodes.MalformedYaml, where, $"malformed YAML: {Describe(ex)}", "check the indentation and quoting on this line (values containing ': ' or starting with '[', '{', '*', '&' need quotes)");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(DiagnosticCodes.MalformedYaml, new SourceRef(file, 1, 1), "the file is empty", "add the file's fields, or delete the file");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCodes.MalformedYaml, new SourceRef(file, (int)node.Start.Line, (int)node.Start.Column), "the file must be a mapping of keys to values at the top level", "start the file with its top-level key, e.g. 'units:'");
            return null;
        }

        return new YamlFields(root, file, diagnostics);
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var paren = message.IndexOf("):", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0)
        {
            message = message[(paren + 2)..].Trim();
        }

        return message.TrimEnd('.');
    }
}
