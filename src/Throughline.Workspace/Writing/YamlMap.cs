using System.Globalization;
using Throughline.Core.Model;
using Throughline.Workspace.Loading;

namespace Throughline.Workspace.Writing;

/// <summary>
/// An insertion-ordered YAML mapping under construction. Null and empty values are left out so the files stay as
/// small as a person would write them.
/// </summary>
internal sealed class YamlMap : Dictionary<string, object>
{
    public YamlMap Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            this[key] = value;
        }

        return this;
    }

    public YamlMap Add(string key, double? value)
    {
        if (value is { } v)
        {
            this[key] = new YamlPlain(v.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    public YamlMap Add(string key, bool value, bool omitWhen)
    {
        if (value != omitWhen)
        {
            this[key] = new YamlPlain(value ? "true" : "false");
        }

        return this;
    }

    public YamlMap Add(string key, bool? value)
    {
        if (value is { } v)
        {
            this[key] = new YamlPlain(v ? "true" : "false");
        }

        return this;
    }

    public YamlMap Add(string key, DateOnly? value)
    {
        if (value is { } v)
        {
            this[key] = new YamlPlain(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return this;
    }

    public YamlMap AddEnum<T>(string key, T? value, T? omitWhen = null)
        where T : struct, Enum
    {
        if (value is { } v && !(omitWhen is { } o && EqualityComparer<T>.Default.Equals(v, o)))
        {
            this[key] = new YamlPlain(YamlNames.Name(v));
        }

        return this;
    }

    public YamlMap Add(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            this[key] = values.ToList();
        }

        return this;
    }

    public YamlMap Add(string key, IEnumerable<YamlMap> maps)
    {
        var list = maps.Where(m => m.Count > 0).ToList();
        if (list.Count > 0)
        {
            this[key] = list;
        }

        return this;
    }

    public YamlMap Add(string key, YamlMap map)
    {
        if (map.Count > 0)
        {
            this[key] = map;
        }

        return this;
    }

    public YamlMap Add(string key, OkrRef? value) => Add(key, value?.ToString());
}
