using System.Globalization;
using Throughline.Core.Diagnostics;
using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Workspace.Loading;

/// <summary>
/// Typed, diagnosing access to one YAML mapping. Each getter reports a wrong type or a missing required value with
/// the exact line and column; <see cref="Complete"/> reports the keys nobody asked for (typos) with the closest
/// known key.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, DiagnosticBag diagnostics)
    {
        _map = map;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Where the mapping starts.</summary>
    public SourceRef Where => At(_map);

    public string File => _file;

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourceRef At(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Where the value of <paramref name="key"/> is, or the mapping when the key is absent.</summary>
    public SourceRef WhereOf(string key) => Find(key) is { } node ? At(node) : Where;

    public bool Has(string key) => Find(key) is { } node && !IsNull(node);

    public string? String(string key, bool required = false, string? fix = null)
    {
        var node = Ask(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                _diagnostics.Error(
                    DiagnosticCodes.MissingField,
                    Where,
                    $"missing required field '{key}'",
                    fix ?? $"add '{key}: <value>' to this entry");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim();
        }

        _diagnostics.Error(DiagnosticCodes.BadValue, At(node), $"'{key}' must be a single value, not a {Describe(node)}", $"write '{key}' as plain text");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).TrimEnd('%');
        if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(key), $"'{key}' must be a number, got '{text}'", $"write '{key}' as a plain number such as 42 or 3.5");
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        var value = Number(key, required);
        if (value is null)
        {
            return null;
        }

        if (value != Math.Floor(value.Value))
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(key), $"'{key}' must be a whole number, got {value}", $"write '{key}' without decimals");
            return null;
        }

        return (int)value.Value;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "on":
                return true;
            case "false" or "no" or "n" or "off":
                return false;
            default:
                _diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(key), $"'{key}' must be true or false, got '{text}'", $"write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(DiagnosticCodes.BadValue, WhereOf(key), $"'{key}' must be a date written YYYY-MM-DD, got '{text}'", $"write the date as e.g. 2026-03-31");
        return null;
    }

    public T? Enum<T>(string key, bool required = false)
        where T : struct, Enum
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (YamlNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        _diagnostics.Error(
            DiagnosticCodes.BadValue,
            WhereOf(key),
            $"'{key}' has an unknown value '{text}'",
            $"use one of: {string.Join(", ", YamlNames.AllOf<T>())}");
        return null;
    }

    /// <summary>A list of strings, written either as a YAML sequence or as one comma-separated value.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Ask(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                return [.. (scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !IsNull(item))
                    {
                        items.Add(v.Trim());
                    }
                    else if (!IsNull(item))
                    {
                        _diagnostics.Error(DiagnosticCodes.BadValue, At(item), $"items of '{key}' must be plain values, not a {Describe(item)}", "write each item as plain text");
                    }
                }

                return items;
            default:
                _diagnostics.Error(DiagnosticCodes.BadValue, At(node), $"'{key}' must be a list, not a {Describe(node)}", $"write '{key}: [a, b]'");
                return [];
        }
    }

    /// <summary>A nested mapping, or null (with a diagnostic when the value is something else).</summary>
    public YamlFields? Map(string key)
    {
        var node = Ask(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, _file, _diagnostics);
        }

        _diagnostics.Error(DiagnosticCodes.BadValue, At(node), $"'{key}' must be a mapping of keys to values, not a {Describe(node)}", $"indent the fields of '{key}' under it");
        return null;
    }

    /// <summary>A sequence of mappings; entries that are not mappings are reported and skipped.</summary>
    public IReadOnlyList<YamlFields> Maps(string key, bool required = false)
    {
        var node = Ask(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingField, Where, $"missing required list '{key}'", $"add '{key}:' followed by '- ' entries");
            }

            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(DiagnosticCodes.BadValue, At(node), $"'{key}' must be a list of entries, not a {Describe(node)}", $"start each entry of '{key}' with '- '");
            return [];
        }

        var result = new List<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                result.Add(new YamlFields(map, _file, _diagnostics));
            }
            else if (!IsNull(item))
            {
                _diagnostics.Error(DiagnosticCodes.BadValue, At(item), $"entries of '{key}' must be mappings (key: value), not a {Describe(item)}", "write each entry as '- id: ...' with its fields indented below");
            }
        }

        return result;
    }

    /// <summary>Reports every key of the mapping that no getter asked for, with the closest known key.</summary>
    public void Complete()
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (_asked.Contains(key))
            {
                continue;
            }

            var suggestion = Closest(key, _asked);
            var fix = suggestion is null
                ? $"remove it; known keys here are: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}"
                : $"did you mean '{suggestion}'?";
            _diagnostics.Warning(DiagnosticCodes.UnknownKey, At(keyNode), $"unknown key '{key}' is ignored", fix);
        }
    }

    /// <summary>Marks keys as known without reading them (keys read by another component).</summary>
    public void Known(params string[] keys) => _asked.UnionWith(keys);

    private YamlNode? Ask(string key)
    {
        _asked.Add(key);
        return Find(key);
    }

    private YamlNode? Find(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } s
        && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string? Closest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Levenshtein(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
